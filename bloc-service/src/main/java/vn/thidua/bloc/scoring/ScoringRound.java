package vn.thidua.bloc.scoring;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.thidua.platform.problem.ProblemException;

/** The year-end scoring of a bloc against one revision of its covenant. */
@Entity
@Table(name = "scoring_round")
public class ScoringRound extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "bloc_id", nullable = false)
    public UUID blocId;

    @Column(nullable = false)
    public int year;

    @Column(name = "covenant_id", nullable = false)
    public UUID covenantId;

    @Column(name = "covenant_revision", nullable = false)
    public int covenantRevision;

    @Column(name = "cross_scoring", nullable = false)
    public boolean crossScoring;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ScoringStatus status;

    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "confirmed_at")
    public OffsetDateTime confirmedAt;

    @Column(name = "confirmed_by")
    public String confirmedBy;

    @Version
    public long version;

    static ScoringRound open(
            UUID blocId, int year, UUID covenantId, int covenantRevision, boolean crossScoring, OffsetDateTime now) {
        ScoringRound round = new ScoringRound();
        round.id = UUID.randomUUID();
        round.blocId = blocId;
        round.year = year;
        round.covenantId = covenantId;
        round.covenantRevision = covenantRevision;
        round.crossScoring = crossScoring;
        round.status = ScoringStatus.OPEN;
        round.openedAt = now;
        return round;
    }

    void requireOpen() {
        if (status != ScoringStatus.OPEN) {
            throw ProblemException.rule("Việc chấm điểm năm " + year + " đã khóa; không sửa điểm được nữa");
        }
    }

    void close(OffsetDateTime now) {
        requireOpen();
        status = ScoringStatus.CLOSED;
        closedAt = now;
    }

    void confirm(String by, OffsetDateTime now) {
        if (status == ScoringStatus.OPEN) {
            throw ProblemException.rule("Cần khóa sổ chấm điểm năm " + year + " trước khi xác nhận xếp hạng");
        }
        if (status == ScoringStatus.CONFIRMED) {
            throw ProblemException.conflict("Kết quả xếp hạng năm " + year + " đã được xác nhận");
        }
        status = ScoringStatus.CONFIRMED;
        confirmedAt = now;
        confirmedBy = by;
    }

    static ScoringRound of(UUID blocId, int year) {
        return find("blocId = ?1 and year = ?2", blocId, year).firstResult();
    }

    static ScoringRound lock(UUID blocId, int year) {
        ScoringRound round = ScoringRound.<ScoringRound>find("blocId = ?1 and year = ?2", blocId, year)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
        if (round == null) {
            throw ProblemException.notFound("đợt chấm điểm năm " + year + " của khối", blocId);
        }
        return round;
    }
}
