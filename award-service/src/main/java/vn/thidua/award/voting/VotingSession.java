package vn.thidua.award.voting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import vn.thidua.award.voting.VotingEnums.SessionKind;
import vn.thidua.award.voting.VotingEnums.SessionStatus;
import vn.thidua.platform.problem.ProblemException;

/** Phiên bỏ phiếu: an electorate, questions in rounds, a window, a quorum, and its counts. */
@Entity
@Table(name = "voting_session")
public class VotingSession extends PanacheEntityBase {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SessionKind kind;

    @Column(name = "council_id")
    public UUID councilId;

    @Column(name = "bloc_id")
    public UUID blocId;

    @Column(name = "organizing_unit_id", nullable = false)
    public UUID organizingUnitId;

    @Column(nullable = false)
    public String title;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    /** The year a bloc leadership election fills. */
    @Column(name = "election_year")
    public Integer electionYear;

    @Column(name = "opens_at", nullable = false)
    public OffsetDateTime opensAt;

    @Column(name = "closes_at", nullable = false)
    public OffsetDateTime closesAt;

    @Column(name = "quorum_numerator", nullable = false)
    public int quorumNumerator;

    @Column(name = "quorum_denominator", nullable = false)
    public int quorumDenominator;

    @Column(name = "max_rounds", nullable = false)
    public int maxRounds;

    @Column(nullable = false)
    public int round;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SessionStatus status;

    @Column(name = "opened_by", nullable = false)
    public String openedBy;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    /** The bloc's new head and deputy have been sent to bloc-service. */
    @Column(name = "election_reported", nullable = false)
    public boolean electionReported;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    static VotingSession open(SessionKind kind, UUID councilId, UUID blocId, UUID organizingUnitId, String title,
            OffsetDateTime opensAt, OffsetDateTime closesAt, int quorumNumerator, int quorumDenominator, int maxRounds,
            Integer electionYear, String by) {
        if (!closesAt.isAfter(opensAt)) {
            throw ProblemException.invalidField("closesAt", "giờ đóng phải sau giờ mở phiên");
        }
        if (closesAt.isBefore(OffsetDateTime.now())) {
            throw ProblemException.invalidField("closesAt", "giờ đóng phiên đã qua");
        }
        if (quorumNumerator < 1 || quorumNumerator > quorumDenominator) {
            throw ProblemException.invalidField("quorum", "tỷ lệ tham dự tối thiểu phải từ trên 0 đến 1 (ví dụ 2/3)");
        }
        VotingSession s = new VotingSession();
        s.id = UUID.randomUUID();
        s.kind = kind;
        s.councilId = councilId;
        s.blocId = blocId;
        s.organizingUnitId = organizingUnitId;
        s.title = title.strip();
        s.opensAt = opensAt;
        s.closesAt = closesAt;
        s.heldOn = opensAt.atZoneSameInstant(ZONE).toLocalDate();
        s.quorumNumerator = quorumNumerator;
        s.quorumDenominator = quorumDenominator;
        s.maxRounds = maxRounds;
        s.electionYear = electionYear;
        s.round = 1;
        s.status = SessionStatus.OPEN;
        s.openedBy = by;
        s.createdAt = OffsetDateTime.now();
        return s;
    }

    /** Locks the session against a concurrent count while a ballot goes in (ballots share the lock). */
    static VotingSession forBallot(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_READ);
    }

    /** Locks the session for a count: no ballot of the round goes in while it is counted and sealed. */
    static VotingSession forCount(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public boolean acceptsBallotsAt(OffsetDateTime now) {
        return status == SessionStatus.OPEN && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    public void requireAcceptsBallots(OffsetDateTime now) {
        if (status != SessionStatus.OPEN) {
            throw ProblemException.rule("Phiên \"" + title + "\" đã kiểm phiếu vòng " + round + "; không nhận thêm phiếu");
        }
        if (!acceptsBallotsAt(now)) {
            throw ProblemException.rule("Phiên chỉ nhận phiếu từ " + opensAt.atZoneSameInstant(ZONE).format(SHOWN) + " đến "
                    + closesAt.atZoneSameInstant(ZONE).format(SHOWN));
        }
    }

    /** Attendance needed for the count: at least numerator/denominator of the electorate, rounded up. */
    public int quorumOf(int electorate) {
        return (electorate * quorumNumerator + quorumDenominator - 1) / quorumDenominator;
    }

    public String quorumText() {
        return quorumNumerator + "/" + quorumDenominator;
    }

    void counted(boolean runoff, String by) {
        if (status != SessionStatus.OPEN) {
            throw ProblemException.rule("Vòng " + round + " của phiên đã được kiểm phiếu");
        }
        if (OffsetDateTime.now().isBefore(opensAt)) {
            throw ProblemException.rule("Phiên chưa mở, chưa thể kiểm phiếu");
        }
        status = runoff ? SessionStatus.RUNOFF_PENDING : SessionStatus.CLOSED;
        closedBy = by;
        closedAt = OffsetDateTime.now();
    }

    void nextRound(OffsetDateTime closesAt) {
        if (status != SessionStatus.RUNOFF_PENDING) {
            throw ProblemException.rule("Phiên không có câu hỏi cần bỏ phiếu vòng sau");
        }
        if (!closesAt.isAfter(OffsetDateTime.now())) {
            throw ProblemException.invalidField("closesAt", "giờ đóng vòng " + (round + 1) + " phải sau thời điểm hiện tại");
        }
        round++;
        status = SessionStatus.OPEN;
        opensAt = OffsetDateTime.now();
        this.closesAt = closesAt;
        closedAt = null;
        closedBy = null;
    }

    public boolean lastRound() {
        return round >= maxRounds;
    }

    public String membersNoun() {
        return kind == SessionKind.COUNCIL ? "thành viên hội đồng" : "đơn vị thành viên";
    }
}
