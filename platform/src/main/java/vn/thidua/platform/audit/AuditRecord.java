package vn.thidua.platform.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One audited change, never updated; the sealer commits it to the log's Merkle tree as one leaf. */
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

    /**
     * What the leaf hash covers: every recorded field, each length-prefixed so that moving text from one field to the
     * next changes the hash.
     */
    public byte[] leafData() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String part : new String[] {
            String.valueOf(seq),
            at.toInstant().toString(),
            actorSubject,
            actorName,
            actorUnit == null ? "" : actorUnit.toString(),
            action,
            entityType,
            entityId,
            before,
            after,
            requestId
        }) {
            byte[] bytes = (part == null ? "" : part).getBytes(StandardCharsets.UTF_8);
            out.writeBytes(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            out.write(':');
            out.writeBytes(bytes);
        }
        return out.toByteArray();
    }
}
