package vn.thidua.bloc.covenant;

import static vn.thidua.platform.text.Texts.blankToNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.time.VietnamClock;

/**
 * The emulation covenant (giao ước thi đua) of a bloc for one year. Its text has revisions: changing
 * the clauses after signing has started makes a new revision that every member signs again.
 */
@Entity
@Table(name = "covenant")
public class Covenant extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "bloc_id", nullable = false)
    public UUID blocId;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public String title;

    public String theme;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "covenant_clause", joinColumns = @JoinColumn(name = "covenant_id"))
    @OrderBy("number")
    public List<Clause> clauses = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CovenantStatus status;

    /** The revision of the text that signatures must match. */
    @Column(nullable = false)
    public int revision;

    @Column(name = "text_sha256")
    public String textSha256;

    @Column(name = "opened_at")
    public OffsetDateTime openedAt;

    @Column(name = "in_force_at")
    public OffsetDateTime inForceAt;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    /**
     * Ngày ký kết, the covenant's date of record: its signing conference's day once the minutes are recorded,
     * until then the day the last member signed.
     */
    @Column(name = "signed_on")
    public LocalDate signedOn;

    @Embedded
    public SigningConference signingConference;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    static Covenant draft(UUID blocId, int year, String title, String theme, List<Clause> clauses, OffsetDateTime now) {
        Covenant covenant = new Covenant();
        covenant.id = UUID.randomUUID();
        covenant.blocId = blocId;
        covenant.year = year;
        covenant.status = CovenantStatus.DRAFT;
        covenant.revision = 1;
        covenant.createdAt = now;
        covenant.write(title, theme, clauses, now);
        return covenant;
    }

    /** Replaces the wording; once signing has started this is a new revision everyone signs again. */
    boolean rewrite(String title, String theme, List<Clause> newClauses, OffsetDateTime now) {
        if (status == CovenantStatus.CLOSED) {
            throw ProblemException.rule("Giao ước năm " + year + " đã kết thúc, không sửa được nữa");
        }
        boolean resign = status != CovenantStatus.DRAFT;
        write(title, theme, newClauses, now);
        if (resign) {
            revision++;
            status = CovenantStatus.OPEN;
            inForceAt = null;
            if (signingConference == null) {
                signedOn = null;
            }
            textSha256 = CovenantText.sha256(text());
        }
        return resign;
    }

    private void write(String title, String theme, List<Clause> newClauses, OffsetDateTime now) {
        this.title = title.strip();
        this.theme = blankToNull(theme);
        this.clauses.clear();
        this.clauses.addAll(newClauses);
        this.updatedAt = now;
    }

    void open(OffsetDateTime now) {
        if (status != CovenantStatus.DRAFT) {
            throw ProblemException.conflict("Giao ước năm " + year + " đã được mở ký kết");
        }
        if (clauses.isEmpty()) {
            throw ProblemException.invalidField("clauses", "giao ước cần ít nhất một điều khoản trước khi mở ký kết");
        }
        status = CovenantStatus.OPEN;
        openedAt = now;
        textSha256 = CovenantText.sha256(text());
        updatedAt = openedAt;
    }

    /** A leader signs what they read: the hash they saw must be the current revision's. */
    void requireSignable(String readSha256) {
        switch (status) {
            case DRAFT -> throw ProblemException.rule("Giao ước năm " + year + " chưa được mở ký kết");
            case CLOSED -> throw ProblemException.rule("Giao ước năm " + year + " đã kết thúc, không ký được nữa");
            default -> {
                if (!textSha256.equalsIgnoreCase(readSha256.strip())) {
                    throw ProblemException.conflict("Văn bản bạn đã đọc khác với văn bản giao ước đang ký kết (bản "
                            + revision + ", SHA-256 " + textSha256 + "); hãy tải lại, đọc văn bản hiện hành rồi ký");
                }
            }
        }
    }

    /** Có hiệu lực once every member has signed the current revision; returns whether it changed now. */
    boolean putInForceIfAllSigned(long members, long signed, OffsetDateTime now) {
        if (status != CovenantStatus.OPEN || members == 0 || signed < members) {
            return false;
        }
        status = CovenantStatus.IN_FORCE;
        inForceAt = now;
        if (signingConference == null) {
            signedOn = now.atZoneSameInstant(VietnamClock.ZONE).toLocalDate();
        }
        updatedAt = inForceAt;
        return true;
    }

    void close(LocalDate today, OffsetDateTime now) {
        if (status == CovenantStatus.CLOSED) {
            throw ProblemException.conflict("Giao ước năm " + year + " đã kết thúc");
        }
        if (status == CovenantStatus.DRAFT) {
            throw ProblemException.rule("Giao ước năm " + year + " chưa được ký kết nên không có gì để kết thúc");
        }
        if (today.isBefore(LocalDate.of(year, 12, 1))) {
            throw ProblemException.rule(
                    "Giao ước năm " + year + " chỉ kết thúc vào cuối năm (từ ngày 01/12/" + year + ")");
        }
        status = CovenantStatus.CLOSED;
        closedAt = now;
        updatedAt = closedAt;
    }

    /**
     * Records the signing conference: its day becomes the covenant's date of record. A covenant is signed at a
     * conference from December of the year before to the end of its year.
     */
    boolean signedAt(SigningConference conference, LocalDate heldOn, String field) {
        if (status == CovenantStatus.DRAFT) {
            throw ProblemException.invalidField(field, "giao ước năm " + year + " chưa được mở ký kết");
        }
        LocalDate from = LocalDate.of(year - 1, 12, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        if (heldOn.isBefore(from) || heldOn.isAfter(to)) {
            throw ProblemException.invalidField(
                    field,
                    "hội nghị ký kết giao ước năm " + year + " phải họp từ 01/12/" + (year - 1) + " đến 31/12/" + year);
        }
        if (conference.equals(signingConference) && heldOn.equals(signedOn)) {
            return false;
        }
        signingConference = conference;
        signedOn = heldOn;
        return true;
    }

    /** The minutes no longer record the signing here: the date of record is again the day it came into force. */
    boolean signingConferenceWithdrawn(UUID meetingId) {
        if (signingConference == null || !signingConference.meetingId().equals(meetingId)) {
            return false;
        }
        signingConference = null;
        signedOn = inForceAt == null
                ? null
                : inForceAt.atZoneSameInstant(VietnamClock.ZONE).toLocalDate();
        return true;
    }

    public String text() {
        return CovenantText.render(title, theme, clauses);
    }

    /** The day whose members must sign: today, kept within the covenant's year (signed in advance in December). */
    LocalDate membershipDay(LocalDate today) {
        return vn.thidua.bloc.membership.Membership.dayInYear(year, today);
    }

    /** Whether leaders are still asked to sign it: open, and its text not yet signed by {@code unitId}. */
    public boolean awaitsSignatureOf(UUID unitId) {
        return status == CovenantStatus.OPEN && Signature.of(this, unitId) == null;
    }

    public static Covenant of(UUID blocId, int year) {
        return find("blocId = ?1 and year = ?2", blocId, year).firstResult();
    }

    static Covenant lock(UUID blocId, int year) {
        Covenant covenant = Covenant.<Covenant>find("blocId = ?1 and year = ?2", blocId, year)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
        if (covenant == null) {
            throw ProblemException.notFound("giao ước năm " + year + " của khối", blocId);
        }
        return covenant;
    }
}
