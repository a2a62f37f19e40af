package vn.thidua.platform.documents;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.MappedSuperclass;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;

/**
 * An uploaded file kept in the service's database (meeting attachments, report evidence): checked by
 * {@link UploadPolicy}, with its SHA-256; the content loads only when downloaded.
 */
@MappedSuperclass
public abstract class StoredFile extends PanacheEntityBase {

    @Column(nullable = false)
    public String filename;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(nullable = false)
    public long size;

    @Column(nullable = false)
    public String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] content;

    @Column(name = "uploaded_by", nullable = false)
    public String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    public OffsetDateTime uploadedAt;

    /** Takes the upload if the policy accepts it; a refused file is a problem naming the field {@code file}. */
    protected void store(String uploadedName, byte[] bytes, String by, OffsetDateTime at) {
        filename = UploadPolicy.fileName(uploadedName);
        contentType = UploadPolicy.check(filename, bytes);
        size = bytes.length;
        sha256 = sha256(bytes);
        content = bytes;
        uploadedBy = by;
        uploadedAt = at;
    }

    /** A file's name, type and bytes, read while its transaction is open. */
    public record Content(String filename, String contentType, byte[] bytes) {}

    public Content read() {
        return new Content(filename, contentType, content);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
