package vn.thidua.award.honours;

import static vn.thidua.platform.text.Texts.blankToNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.award.catalog.AwardType;
import vn.thidua.award.catalog.CatalogEnums.AwardLevel;
import vn.thidua.award.catalog.CatalogEnums.RecipientKind;
import vn.thidua.award.decision.Decision;
import vn.thidua.award.nomination.Nomination;
import vn.thidua.platform.problem.ProblemException;

/** One award in the honours registry: granted by an issued decision here, or recorded from an earlier paper decision. */
@Entity
@Table(name = "honour")
public class Honour extends PanacheEntityBase {

    @Schema(name = "HonourSource")
    public enum Source {
        /** granted by a decision issued in this system */
        GRANTED,
        /** recorded from an earlier decision on paper */
        RECORDED
    }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Source source;

    @Column(name = "decision_id")
    public UUID decisionId;

    @Column(name = "decision_number", nullable = false)
    public String decisionNumber;

    @Column(name = "decided_on", nullable = false)
    public LocalDate decidedOn;

    @Column(nullable = false)
    public String authority;

    @Column(name = "award_type", nullable = false)
    public String awardType;

    @Column(name = "award_type_name", nullable = false)
    public String awardTypeName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AwardLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind", nullable = false)
    public RecipientKind recipientKind;

    /** The collective itself, or the unit of the person or household. */
    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(name = "unit_name", nullable = false)
    public String unitName;

    @Column(name = "person_id")
    public UUID personId;

    @Column(name = "recipient_name", nullable = false)
    public String recipientName;

    @Column(name = "recipient_position")
    public String recipientPosition;

    @Column(nullable = false)
    public int year;

    public String citation;

    @Column(name = "origin_kind", nullable = false)
    public String originKind;

    @Column(name = "origin_id")
    public UUID originId;

    @Column(name = "nomination_id")
    public UUID nominationId;

    @Column(name = "cash_amount", nullable = false)
    public BigDecimal cashAmount = BigDecimal.ZERO;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(nullable = false)
    public boolean revoked;

    @Column(name = "revoking_decision_number")
    public String revokingDecisionNumber;

    @Column(name = "revoked_reason")
    public String revokedReason;

    @Column(name = "revoked_on")
    public LocalDate revokedOn;

    @Column(name = "revoked_by")
    public String revokedBy;

    @Version
    public long version;

    /** Who an honour goes to: a collective (its unit), a person of a unit, or a household of a unit. */
    public record Recipient(
            RecipientKind kind, UUID unitId, String unitName, UUID personId, String name, String position) {}

    /**
     * Granted by an issued decision to a nomination's nominee: the registry keeps the decision's number, date and
     * authority, the award's name and level, and the nominee as nominated, so that it reads the same years later.
     */
    public static Honour granted(
            Decision decision,
            Nomination n,
            AwardType type,
            String unitName,
            BigDecimal cashAmount,
            String by,
            OffsetDateTime now) {
        Recipient nominee =
                new Recipient(n.nomineeKind, n.nomineeUnitId, unitName, n.personId, n.nomineeName, n.nomineePosition);
        Honour h = of(
                Source.GRANTED, type, nominee, n.year, decision.number, decision.issuedOn, decision.authority, by, now);
        h.decisionId = decision.id;
        h.citation = n.achievement;
        h.originKind = n.originKind;
        // a nomination the unit drew up itself comes from its proposer
        h.originId = n.originId != null ? n.originId : n.proposerUnitId;
        h.nominationId = n.id;
        h.cashAmount = cashAmount;
        return h;
    }

    /** Entered from an earlier decision on paper, as the officer read it, so that later prerequisites can count it. */
    public static Honour recorded(
            AwardType type,
            Recipient recipient,
            int year,
            String decisionNumber,
            LocalDate decidedOn,
            String authority,
            String citation,
            String by,
            OffsetDateTime now) {
        Honour h = of(
                Source.RECORDED, type, recipient, year, decisionNumber.strip(), decidedOn, authority.strip(), by, now);
        h.citation = blankToNull(citation);
        h.originKind = "RECORD";
        return h;
    }

    private static Honour of(
            Source source,
            AwardType type,
            Recipient recipient,
            int year,
            String decisionNumber,
            LocalDate decidedOn,
            String authority,
            String by,
            OffsetDateTime now) {
        Honour h = new Honour();
        h.id = UUID.randomUUID();
        h.source = source;
        h.awardType = type.code;
        h.awardTypeName = type.name;
        h.level = type.level;
        h.recipientKind = recipient.kind();
        h.unitId = recipient.unitId();
        h.unitName = recipient.unitName();
        h.personId = recipient.personId();
        h.recipientName = recipient.name();
        h.recipientPosition = recipient.position();
        h.year = year;
        h.decisionNumber = decisionNumber;
        h.decidedOn = decidedOn;
        h.authority = authority;
        h.recordedBy = by;
        h.recordedAt = now;
        return h;
    }

    /** Thu hồi (Luật Art. 93): by the authority's own decision, with the reason; once. */
    public void revoke(String revokingDecisionNumber, LocalDate on, String reason, String by) {
        if (revoked) {
            throw ProblemException.conflict(
                    "Khen thưởng này đã bị thu hồi theo quyết định " + this.revokingDecisionNumber);
        }
        if (on.isBefore(decidedOn)) {
            throw ProblemException.invalidField("revokedOn", "ngày thu hồi trước ngày quyết định khen thưởng");
        }
        if (revokingDecisionNumber.equalsIgnoreCase(decisionNumber)) {
            throw ProblemException.invalidField(
                    "revokingDecisionNumber", "quyết định thu hồi phải khác quyết định khen thưởng");
        }
        this.revoked = true;
        this.revokingDecisionNumber = revokingDecisionNumber;
        this.revokedOn = on;
        this.revokedReason = reason;
        this.revokedBy = by;
    }

    public boolean inForce() {
        return !revoked;
    }
}
