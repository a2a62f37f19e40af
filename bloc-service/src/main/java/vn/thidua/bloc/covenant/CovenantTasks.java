package vn.thidua.bloc.covenant;

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

/** A unit leader owes a signature to every open covenant of a bloc their unit belongs to. */
@ApplicationScoped
public class CovenantTasks implements TaskSource {

    @Inject
    Clock clock;

    @Override
    @Transactional
    public List<PendingTask> pendingFor(CurrentUser user) {
        if (!user.hasRole(Roles.UNIT_LEADER) || user.unitId().isEmpty()) {
            return List.of();
        }
        UUID unit = user.unitId().get();
        LocalDate today = LocalDate.now(clock);
        List<Covenant> open = Covenant.list(
                "status in ?1 and blocId in (select m.blocId from Membership m where m.unitId = ?2)",
                List.of(CovenantStatus.OPEN, CovenantStatus.IN_FORCE),
                unit);
        return open.stream()
                .filter(c -> Membership.isMember(c.blocId, unit, c.membershipDay(today)))
                .filter(c -> Signature.of(c, unit) == null)
                .map(c -> task(c, Bloc.require(c.blocId)))
                .toList();
    }

    /** No due date: the bloc sets the signing conference, not the system. */
    private static PendingTask task(Covenant covenant, Bloc bloc) {
        return new PendingTask(
                "covenant-" + covenant.id + "-" + covenant.revision,
                PendingTask.TaskKind.SIGN,
                "Ký giao ước thi đua năm " + covenant.year + " – " + bloc.name,
                covenant.revision > 1 ? "Giao ước đã sửa (bản " + covenant.revision + "), cần ký lại" : covenant.title,
                null,
                "/blocs/" + bloc.id + "/covenants/" + covenant.year + "/sign",
                "bloc-service");
    }
}
