package vn.thidua.platform.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One audited change. Rows are chained: each hash covers the row and the previous row's hash. */
@Entity
@Table(name = "audit_log")
public class AuditRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(nullable = false, updatable = false)
    public OffsetDateTime at;

    @Column(name = "actor_sub", nullable = false, updatable = false)
    public String actorSubject;

    @Column(name = "actor_name", updatable = false)
    public String actorName;

    @Column(name = "actor_unit", updatable = false)
    public UUID actorUnit;

    @Column(nullable = false, updatable = false)
    public String action;

    @Column(name = "entity_type", nullable = false, updatable = false)
    public String entityType;

    @Column(name = "entity_id", nullable = false, updatable = false)
    public String entityId;

    @Column(name = "before_state", updatable = false)
    public String before;

    @Column(name = "after_state", updatable = false)
    public String after;

    @Column(name = "request_id", updatable = false)
    public String requestId;

    @Column(name = "prev_hash", nullable = false, updatable = false)
    public String prevHash;

    @Column(nullable = false, updatable = false)
    public String hash;

    /** The chained digest of this row: SHA-256 over the previous hash and every recorded field. */
    public String computeHash() {
        return AuditHash.of(prevHash, at.toInstant().toString(), actorSubject, actorName,
                actorUnit == null ? "" : actorUnit.toString(), action, entityType, entityId, before, after);
    }
}
