package vn.thidua.bloc.covenant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A member unit's signature of one revision of a covenant, by its leader. */
@Entity
@Table(name = "covenant_signature")
public class Signature extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "covenant_id", nullable = false)
    public UUID covenantId;

    @Column(nullable = false)
    public int revision;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(name = "signer_subject", nullable = false)
    public String signerSubject;

    @Column(name = "signer_name", nullable = false)
    public String signerName;

    @Column(name = "signer_position")
    public String signerPosition;

    @Column(name = "signed_at", nullable = false)
    public OffsetDateTime signedAt;

    @Column(name = "text_sha256", nullable = false)
    public String textSha256;

    static Signature by(
            Covenant covenant, UUID unitId, String subject, String name, String position, OffsetDateTime now) {
        Signature s = new Signature();
        s.id = UUID.randomUUID();
        s.covenantId = covenant.id;
        s.revision = covenant.revision;
        s.unitId = unitId;
        s.signerSubject = subject;
        s.signerName = name;
        s.signerPosition = position;
        s.signedAt = now.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        s.textSha256 = covenant.textSha256;
        return s;
    }

    static List<Signature> of(Covenant covenant) {
        return list("covenantId = ?1 and revision = ?2", covenant.id, covenant.revision);
    }

    static Signature of(Covenant covenant, UUID unitId) {
        return find("covenantId = ?1 and revision = ?2 and unitId = ?3", covenant.id, covenant.revision, unitId)
                .firstResult();
    }
}
