package vn.thidua.award.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Roles;
import vn.thidua.platform.tasks.PendingTask;
import vn.thidua.platform.tasks.TaskSource;
import vn.thidua.replicas.unit.ReplicaTree;

/**
 * Home-page tasks: the secretariat appraises submitted dossiers and records the council's votes; the
 * proposing unit (a unit, or the organizer of a bloc or campaign whose drafts arrived by event) completes
 * its drafts and submits them.
 */
@ApplicationScoped
public class NominationTasks implements TaskSource {

    @Inject
    ReplicaTree tree;

    @Override
    @Transactional
    public List<PendingTask> pendingFor(CurrentUser user) {
        if (user.unitId().isEmpty()) {
            return List.of();
        }
        Set<UUID> reach = tree.subtree(user.unitId().get(), false);
        List<PendingTask> tasks = new ArrayList<>();
        if (user.hasAnyRole(Roles.OFFICER, Roles.ADMIN)) {
            long submitted = Nomination.count(
                    "status in ?1 and proposerUnitId in ?2",
                    Set.of(NominationStatus.SUBMITTED, NominationStatus.IN_APPRAISAL),
                    reach);
            if (submitted > 0) {
                tasks.add(new PendingTask(
                        "nominations-appraise",
                        PendingTask.TaskKind.APPRAISE,
                        "Thẩm định " + submitted + " hồ sơ đề nghị khen thưởng",
                        "Hồ sơ đã gửi, chờ cơ quan thường trực thẩm định",
                        null,
                        "/awards/nominations?status=SUBMITTED",
                        "award-service"));
            }
            long awaiting =
                    Nomination.count("status = ?1 and proposerUnitId in ?2", NominationStatus.AWAITING_VOTE, reach);
            if (awaiting > 0) {
                tasks.add(new PendingTask(
                        "nominations-vote",
                        PendingTask.TaskKind.VOTE,
                        awaiting + " đề nghị chờ Hội đồng Thi đua – Khen thưởng bỏ phiếu",
                        "Danh hiệu cần bỏ phiếu kín theo quy định",
                        null,
                        "/awards/nominations?status=AWAITING_VOTE",
                        "award-service"));
            }
        }
        if (user.hasAnyRole(Roles.OFFICER, Roles.UNIT_OFFICER, Roles.UNIT_LEADER)) {
            long drafts = Nomination.count(
                    "status = ?1 and proposerUnitId = ?2",
                    NominationStatus.DRAFT,
                    user.unitId().get());
            if (drafts > 0) {
                tasks.add(new PendingTask(
                        "nominations-drafts",
                        PendingTask.TaskKind.REPORT,
                        "Hoàn thiện và gửi " + drafts + " hồ sơ đề nghị khen thưởng",
                        "Bổ sung tờ trình, báo cáo thành tích, biên bản bình xét",
                        null,
                        "/awards/nominations?status=DRAFT",
                        "award-service"));
            }
        }
        return tasks;
    }
}
