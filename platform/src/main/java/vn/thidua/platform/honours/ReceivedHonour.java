package vn.thidua.platform.honours;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An honour award-service granted on a proposal of ours, kept read-only to show where it was proposed. */
@MappedSuperclass
public abstract class ReceivedHonour extends PanacheEntityBase {

    @Id
    @Column(name = "honour_id")
    public UUID honourId;

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

    protected void receive(AwardEvents.HonourGranted granted, OffsetDateTime at) {
        honourId = granted.honourId();
        awardTypeName = granted.awardTypeName();
        recipientName = granted.recipientName();
        recipientUnitId = granted.recipientUnitId();
        decisionNumber = granted.decisionNumber();
        decidedOn = granted.decidedOn();
        receivedAt = at;
    }

    /** "Thành tích không đúng thực tế (30/QĐ-CAT)" */
    public void revoke(AwardEvents.HonourRevoked revocation) {
        revoked = true;
        revokedReason = revocation.reason() + " (" + revocation.revokingDecisionNumber() + ")";
    }
}
