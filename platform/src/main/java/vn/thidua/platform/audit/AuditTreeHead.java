package vn.thidua.platform.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Optional;

/** A signed tree head: the root over the first {@code treeSize} records, as sealed at {@code sealedAt}. */
@Entity
@Table(name = "audit_tree_head")
public class AuditTreeHead extends PanacheEntityBase {

    @Id
    @Column(name = "tree_size")
    public long treeSize;

    @Column(name = "root_hash", nullable = false, updatable = false)
    public String rootHash;

    /** The right edge of the tree at this size, so the next seal extends it without rereading the log. */
    @Column(nullable = false, updatable = false)
    public String frontier;

    @Column(name = "sealed_at", nullable = false, updatable = false)
    public OffsetDateTime sealedAt;

    @Column(name = "key_id", nullable = false, updatable = false)
    public String keyId;

    @Column(nullable = false, updatable = false)
    public String signature;

    public static Optional<AuditTreeHead> latest() {
        return AuditTreeHead.<AuditTreeHead>find("order by treeSize desc").firstResultOptional();
    }

    /** What the signature covers; a verifier outside the system rebuilds it from the published head. */
    public static byte[] signedText(long treeSize, String rootHash, OffsetDateTime sealedAt) {
        return ("thidua-audit-tree-head/v1\n" + treeSize + "\n" + rootHash + "\n" + sealedAt.toInstant())
                .getBytes(StandardCharsets.UTF_8);
    }

    public byte[] signedText() {
        return signedText(treeSize, rootHash, sealedAt);
    }
}
