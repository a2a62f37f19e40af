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
import vn.thidua.platform.time.VietnamClock;

/** Phiên bỏ phiếu: an electorate, questions in rounds, a window, a quorum, and its counts. */
@Entity
@Table(name = "voting_session")
public class VotingSession extends PanacheEntityBase {

    public static final ZoneId ZONE = VietnamClock.ZONE;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** "vote": the first key of the ballot lock */
    private static final int BALLOT_LOCK_CLASS = 0x766f7465;

    static final int FIRST_YEAR = 2000;

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

    /**
     * A session dated {@code heldOn} (its date of record: the conference's day, which its electorate, its
     * minutes and what it decides carry), taking ballots in the window. A conference recorded after the fact
     * is dated back; by default it is the day the window opens.
     */
    static VotingSession open(
            SessionKind kind,
            UUID councilId,
            UUID blocId,
            UUID organizingUnitId,
            String title,
            LocalDate heldOn,
            OffsetDateTime opensAt,
            OffsetDateTime closesAt,
            int quorumNumerator,
            int quorumDenominator,
            int maxRounds,
            Integer electionYear,
            String by,
            OffsetDateTime now) {
        if (!closesAt.isAfter(opensAt)) {
            throw ProblemException.invalidField("closesAt", "giờ đóng phải sau giờ mở phiên");
        }
        if (closesAt.isBefore(now)) {
            throw ProblemException.invalidField("closesAt", "giờ đóng phiên đã qua");
        }
        if (quorumNumerator < 1 || quorumNumerator > quorumDenominator) {
            throw ProblemException.invalidField("quorum", "tỷ lệ tham dự tối thiểu phải từ trên 0 đến 1 (ví dụ 2/3)");
        }
        LocalDate day =
                heldOn != null ? heldOn : opensAt.atZoneSameInstant(ZONE).toLocalDate();
        requireDateOfRecord(day, closesAt, electionYear);
        VotingSession s = new VotingSession();
        s.id = UUID.randomUUID();
        s.kind = kind;
        s.councilId = councilId;
        s.blocId = blocId;
        s.organizingUnitId = organizingUnitId;
        s.title = title.strip();
        s.opensAt = opensAt;
        s.closesAt = closesAt;
        s.heldOn = day;
        s.quorumNumerator = quorumNumerator;
        s.quorumDenominator = quorumDenominator;
        s.maxRounds = maxRounds;
        s.electionYear = electionYear;
        s.round = 1;
        s.status = SessionStatus.OPEN;
        s.openedBy = by;
        s.createdAt = now;
        return s;
    }

    /** Not after the window closes, not before 2000; an election of year Y's leadership is held in Y − 1 or Y. */
    private static void requireDateOfRecord(LocalDate heldOn, OffsetDateTime closesAt, Integer electionYear) {
        LocalDate lastDay = closesAt.atZoneSameInstant(ZONE).toLocalDate();
        if (heldOn.isAfter(lastDay)) {
            throw ProblemException.invalidField(
                    "heldOn", "ngày họp không được sau ngày đóng phiên (" + lastDay.format(DAY) + ")");
        }
        if (heldOn.getYear() < FIRST_YEAR) {
            throw ProblemException.invalidField("heldOn", "ngày họp phải từ năm " + FIRST_YEAR);
        }
        if (electionYear != null && (heldOn.getYear() < electionYear - 1 || heldOn.getYear() > electionYear)) {
            throw ProblemException.invalidField(
                    "heldOn",
                    "hội nghị bầu Trưởng khối, Phó khối năm " + electionYear + " phải họp trong năm "
                            + (electionYear - 1) + " hoặc năm " + electionYear);
        }
    }

    /**
     * Holds the session's ballot lock in shared mode while a ballot goes in, then reads the session as a count
     * has left it. A shared advisory lock, not FOR SHARE on the row: many ballots at once would otherwise
     * rewrite the row's lockers (a multixact) at every ballot.
     */
    static VotingSession forBallot(UUID id) {
        ballotLock(id, "pg_advisory_xact_lock_shared");
        return findById(id);
    }

    /** Locks the session for a count: no ballot of the round goes in while it is counted and sealed. */
    static VotingSession forCount(UUID id) {
        ballotLock(id, "pg_advisory_xact_lock");
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The two-key form keeps these locks apart from the single-key ones of the outbox relay and the audit sealer. */
    private static void ballotLock(UUID id, String function) {
        getEntityManager()
                .createNativeQuery("select 1 from " + function + "(" + BALLOT_LOCK_CLASS + ", hashtext(?1))")
                .setParameter(1, id.toString())
                .getSingleResult();
    }

    public boolean acceptsBallotsAt(OffsetDateTime now) {
        return status == SessionStatus.OPEN && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    public void requireAcceptsBallots(OffsetDateTime now) {
        if (status != SessionStatus.OPEN) {
            throw ProblemException.rule(
                    "Phiên \"" + title + "\" đã kiểm phiếu vòng " + round + "; không nhận thêm phiếu");
        }
        if (!acceptsBallotsAt(now)) {
            throw ProblemException.rule(
                    "Phiên chỉ nhận phiếu từ " + opensAt.atZoneSameInstant(ZONE).format(SHOWN) + " đến "
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

    void counted(boolean runoff, String by, OffsetDateTime now) {
        if (status != SessionStatus.OPEN) {
            throw ProblemException.rule("Vòng " + round + " của phiên đã được kiểm phiếu");
        }
        if (now.isBefore(opensAt)) {
            throw ProblemException.rule("Phiên chưa mở, chưa thể kiểm phiếu");
        }
        status = runoff ? SessionStatus.RUNOFF_PENDING : SessionStatus.CLOSED;
        closedBy = by;
        closedAt = now;
    }

    void nextRound(OffsetDateTime closesAt, OffsetDateTime now) {
        if (status != SessionStatus.RUNOFF_PENDING) {
            throw ProblemException.rule("Phiên không có câu hỏi cần bỏ phiếu vòng sau");
        }
        if (!closesAt.isAfter(now)) {
            throw ProblemException.invalidField(
                    "closesAt", "giờ đóng vòng " + (round + 1) + " phải sau thời điểm hiện tại");
        }
        round++;
        status = SessionStatus.OPEN;
        opensAt = now;
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
