package vn.thidua.campaign.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Roles;
import vn.thidua.platform.tasks.PendingTask;
import vn.thidua.platform.tasks.TaskSource;
import vn.thidua.platform.time.VietnamClock;

/**
 * Home-page tasks: the unit officer registers and reports, the unit leader approves and submits the
 * registration; only what can still be done, due at the end of its day.
 */
@ApplicationScoped
public class CampaignTasks implements TaskSource {

    @Inject
    DashboardService dashboards;

    @Override
    @Transactional
    public List<PendingTask> pendingFor(CurrentUser user) {
        if (!user.hasAnyRole(Roles.UNIT_OFFICER, Roles.UNIT_LEADER)
                || user.unitId().isEmpty()) {
            return List.of();
        }
        return dashboards.mine().stream()
                .flatMap(c -> c.owed().stream()
                        .filter(Obligations.Owed::stillPossible)
                        .map(o -> task(user, c, o))
                        .flatMap(Optional::stream))
                .toList();
    }

    private static Optional<PendingTask> task(
            CurrentUser user, DashboardDtos.UnitCampaign campaign, Obligations.Owed owed) {
        boolean leader = user.hasRole(Roles.UNIT_LEADER);
        boolean officer = user.hasRole(Roles.UNIT_OFFICER);
        boolean mine = switch (owed.kind()) {
            case REGISTER -> officer;
            case SUBMIT_REGISTRATION -> leader;
            case REPORT -> officer || leader;
        };
        if (!mine) {
            return Optional.empty();
        }
        String page = owed.kind() == Obligations.Kind.REPORT ? "reports" : "registration";
        return Optional.of(new PendingTask(
                "campaign-" + campaign.campaignId() + "-" + owed.kind()
                        + (owed.period() == null ? "" : "-" + owed.period()),
                owed.kind() == Obligations.Kind.REPORT ? PendingTask.TaskKind.REPORT : PendingTask.TaskKind.REGISTER,
                owed.label() + " – " + campaign.title(),
                campaign.organizingUnitName(),
                owed.dueOn()
                        .atTime(LocalTime.of(23, 59))
                        .atZone(VietnamClock.ZONE)
                        .toOffsetDateTime(),
                "/campaigns/" + campaign.campaignId() + "/" + page,
                "campaign-service"));
    }
}
