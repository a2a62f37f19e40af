package vn.thidua.bloc.scoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.thidua.bloc.blocs.Bloc;
import vn.thidua.bloc.membership.Membership;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Roles;
import vn.thidua.platform.tasks.PendingTask;
import vn.thidua.platform.tasks.TaskSource;

/** A member unit's leader and officer owe its own scorecard while the bloc's scoring is open. */
@ApplicationScoped
public class ScoringTasks implements TaskSource {

    @Inject
    Clock clock;

    @Override
    @Transactional
    public List<PendingTask> pendingFor(CurrentUser user) {
        if (!user.hasAnyRole(Roles.UNIT_LEADER, Roles.UNIT_OFFICER)
                || user.unitId().isEmpty()) {
            return List.of();
        }
        UUID unit = user.unitId().get();
        LocalDate today = LocalDate.now(clock);
        List<ScoringRound> open = ScoringRound.list(
                "status = ?1 and blocId in (select m.blocId from Membership m where m.unitId = ?2)",
                ScoringStatus.OPEN,
                unit);
        return open.stream()
                .filter(r -> Membership.isMember(r.blocId, unit, Membership.dayInYear(r.year, today)))
                .filter(r -> ScoreEntry.count(
                                "key.roundId = ?1 and key.scorerUnitId = ?2 and key.scoredUnitId = ?2", r.id, unit)
                        == 0)
                .map(r -> task(r, Bloc.require(r.blocId)))
                .toList();
    }

    private static PendingTask task(ScoringRound round, Bloc bloc) {
        return new PendingTask(
                "scoring-" + round.id,
                PendingTask.TaskKind.REPORT,
                "Chấm điểm thi đua năm " + round.year + " – " + bloc.name,
                round.crossScoring ? "Tự chấm điểm và chấm điểm các đơn vị thành viên" : "Tự chấm điểm theo giao ước",
                null,
                "/blocs/" + bloc.id + "?tab=scoring",
                "bloc-service");
    }
}
