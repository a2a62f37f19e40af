package vn.thidua.bloc.honours;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An honour granted on the bloc's proposal, as award-service reported it (read-only here). */
@Entity
@Table(name = "bloc_honour")
public class Honour extends PanacheEntityBase {

    @Id
    @Column(name = "honour_id")
    public UUID honourId;

    @Column(name = "bloc_id", nullable = false)
    public UUID blocId;

    @Column(nullable = false)
    public int year;

    @Column(name = "award_type_name", nullable = false)
    public String awardTypeName;

    @Column(name = "recipient_name", nullable = false)
    public String recipientName;

    @Column(name = "recipient_unit_id")
    public UUID recipientUnitId;

    @Column(name = "decision_number", nullable = false)
    public String decisionNumber;

    @Column(name = "decided_on", nullable = false)
    public LocalDate decidedOn;

    @Column(nullable = false)
    public boolean revoked;

    @Column(name = "revoked_reason")
    public String revokedReason;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    void revoke(String reason) {
        revoked = true;
        revokedReason = reason;
    }
}
