package vn.thidua.platform.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A key that signs tree heads: its public half always, its private half only when the service made it itself
 * (thidua.audit.signing-key unset); key_id is the SHA-256 of the public key.
 */
@Entity
@Table(name = "audit_signing_key")
public class AuditSigningKey extends PanacheEntityBase {

    @Id
    @Column(name = "key_id")
    public String keyId;

    @Column(name = "public_key", nullable = false, updatable = false)
    public String publicKey;

    @Column(name = "private_key", updatable = false)
    public String privateKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;
}
