package vn.thidua.award.decision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.award.nomination.Nomination;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.time.VietnamClock;

/** Quyết định khen thưởng: a numbered decision of an authority listing the nominations it grants. */
@Entity
@Table(name = "decision")
public class Decision extends PanacheEntityBase {

    @Schema(name = "DecisionStatus")
    public enum Status {
        /** Dự thảo */
        DRAFT,
        /** Đã ban hành */
        ISSUED
    }

    @Id
    public UUID id;

    @Column(name = "organizing_unit_id", nullable = false)
    public UUID organizingUnitId;

    /** "123/QĐ-UBND", unique. */
    @Column(nullable = false, unique = true)
    public String number;

    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;

    /** Who decides: "Chủ tịch Ủy ban nhân dân tỉnh Kon Tum". */
    @Column(nullable = false)
    public String authority;

    @Column(name = "issuing_body", nullable = false)
    public String issuingBody;

    @Column(name = "signer_name", nullable = false)
    public String signerName;

    /** "Phó Chủ tịch" (signing "KT. CHỦ TỊCH") or "Chủ tịch". */
    @Column(name = "signer_position", nullable = false)
    public String signerPosition;

    /** "KT. CHỦ TỊCH" when a deputy signs for the head; null when the head signs. */
    @Column(name = "signing_for")
    public String signingFor;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "decision_nomination", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    @Column(name = "nomination_id")
    public List<UUID> nominationIds = new ArrayList<>();

    @Column(name = "base_salary")
    public BigDecimal baseSalary;

    @Column(name = "cash_total")
    public BigDecimal cashTotal;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "issued_by")
    public String issuedBy;

    @Column(name = "issued_at")
    public OffsetDateTime issuedAt;

    @Version
    public long version;

    /** Dự thảo: the decision's heading as the officer typed it, trimmed; no nomination in it yet. */
    public static Decision draft(DecisionDtos.DecisionInput in, String by, OffsetDateTime now) {
        Decision d = new Decision();
        d.id = UUID.randomUUID();
        d.organizingUnitId = in.organizingUnitId();
        d.number = in.number().strip();
        d.issuedOn = in.issuedOn();
        d.authority = in.authority().strip();
        d.issuingBody = in.issuingBody().strip();
        d.signerName = in.signerName().strip();
        d.signerPosition = in.signerPosition().strip();
        d.signingFor = in.signingFor() == null || in.signingFor().isBlank()
                ? null
                : in.signingFor().strip();
        d.title = in.title().strip();
        d.status = Status.DRAFT;
        d.createdBy = by;
        d.createdAt = now;
        return d;
    }

    /** Lists a nomination in the draft's annex, in order; the nomination is then in no other decision. */
    public void include(Nomination nomination) {
        requireDraft();
        nomination.includeIn(id);
        nominationIds.add(nomination.id);
    }

    public boolean isDraft() {
        return status == Status.DRAFT;
    }

    public void requireDraft() {
        if (!isDraft()) {
            throw ProblemException.rule("Quyết định " + number + " đã ban hành, không sửa được");
        }
    }

    /** Ban hành: with the base salary in force on its date and the cash total of its awards. */
    public void issue(BigDecimal baseSalary, BigDecimal cashTotal, String by, OffsetDateTime now) {
        requireDraft();
        if (issuedOn.isAfter(now.atZoneSameInstant(VietnamClock.ZONE).toLocalDate())) {
            throw ProblemException.invalidField(
                    "issuedOn", "quyết định ghi ngày ký " + issuedOn + ", chưa đến: chỉ ban hành từ ngày đó");
        }
        this.status = Status.ISSUED;
        this.baseSalary = baseSalary;
        this.cashTotal = cashTotal;
        this.issuedBy = by;
        this.issuedAt = now;
    }
}
