package vn.thidua.campaign.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A file proving what a report says (photos, minutes, documents); its content loads only on download. */
@Entity
@Table(name = "report_evidence")
public class Evidence extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "report_id", nullable = false)
    public UUID reportId;

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
}
