package vn.thidua.bloc.term;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.thidua.platform.problem.ProblemException;

/** The head (Trưởng khối) and deputy (Phó khối) of a bloc for one year, and how they were chosen. */
@Entity
@Table(name = "bloc_term")
public class Term extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "bloc_id", nullable = false)
    public UUID blocId;

    @Column(nullable = false)
    public int year;

    @Column(name = "head_unit_id", nullable = false)
    public UUID headUnitId;

    @Column(name = "deputy_unit_id", nullable = false)
    public UUID deputyUnitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TermMethod method;

    @Column(name = "decided_on", nullable = false)
    public LocalDate decidedOn;

    @Column(name = "meeting_id")
    public UUID meetingId;

    @Column(name = "voting_session_id")
    public UUID votingSessionId;

    public Integer voters;

    @Column(name = "head_votes")
    public Integer headVotes;

    @Column(name = "deputy_votes")
    public Integer deputyVotes;

    public String note;

    @Column(name = "set_by", nullable = false)
    public String setBy;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** How the head and deputy were chosen; the vote counts belong to an election only. */
    public record Choice(
            TermMethod method,
            LocalDate decidedOn,
            UUID meetingId,
            UUID votingSessionId,
            Integer voters,
            Integer headVotes,
            Integer deputyVotes,
            String note) {}

    static Term open(UUID blocId, int year, OffsetDateTime now) {
        Term term = new Term();
        term.id = UUID.randomUUID();
        term.blocId = blocId;
        term.year = year;
        term.createdAt = now;
        return term;
    }

    void assign(UUID head, UUID deputy, Choice choice, String setBy, OffsetDateTime now) {
        if (head.equals(deputy)) {
            throw ProblemException.invalidField("deputyUnitId", "Trưởng khối và Phó khối phải là hai đơn vị khác nhau");
        }
        if (choice.method() == TermMethod.ELECTED) {
            requireElectionCounts(choice);
        } else if (choice.voters() != null || choice.headVotes() != null || choice.deputyVotes() != null) {
            throw ProblemException.invalidField("voters", "chỉ ghi số phiếu khi Trưởng khối, Phó khối được bầu");
        }
        this.headUnitId = head;
        this.deputyUnitId = deputy;
        this.method = choice.method();
        this.decidedOn = choice.decidedOn();
        this.meetingId = choice.meetingId();
        this.votingSessionId = choice.votingSessionId();
        this.voters = choice.voters();
        this.headVotes = choice.headVotes();
        this.deputyVotes = choice.deputyVotes();
        this.note = choice.note() == null || choice.note().isBlank()
                ? null
                : choice.note().strip();
        this.setBy = setBy;
        this.updatedAt = now;
    }

    private static void requireElectionCounts(Choice choice) {
        if (choice.voters() == null || choice.voters() < 1) {
            throw ProblemException.invalidField(
                    "voters", "cần số đơn vị tham gia bỏ phiếu khi Trưởng khối, Phó khối được bầu");
        }
        if (choice.headVotes() == null || choice.headVotes() > choice.voters()) {
            throw ProblemException.invalidField(
                    "headVotes",
                    "số phiếu bầu Trưởng khối phải có và không quá " + choice.voters() + " (số đơn vị bỏ phiếu)");
        }
        if (choice.deputyVotes() == null || choice.deputyVotes() > choice.voters()) {
            throw ProblemException.invalidField(
                    "deputyVotes",
                    "số phiếu bầu Phó khối phải có và không quá " + choice.voters() + " (số đơn vị bỏ phiếu)");
        }
    }

    public TermRole roleOf(UUID unitId) {
        if (unitId.equals(headUnitId)) {
            return TermRole.HEAD;
        }
        return unitId.equals(deputyUnitId) ? TermRole.DEPUTY : null;
    }

    /**
     * The term leading the bloc on {@code day}: that year's once decided before that day; until then, from
     * 1 January, the previous year's, whose head runs the year-end conference that hands over.
     */
    public static Term leadingOn(UUID blocId, LocalDate day) {
        Term current = of(blocId, day.getYear());
        if (current != null && current.decidedOn.isBefore(day)) {
            return current;
        }
        Term outgoing = of(blocId, day.getYear() - 1);
        return outgoing != null ? outgoing : current;
    }

    public static Term of(UUID blocId, int year) {
        return find("blocId = ?1 and year = ?2", blocId, year).firstResult();
    }
}
