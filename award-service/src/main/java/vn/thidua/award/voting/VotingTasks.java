package vn.thidua.award.voting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.thidua.award.voting.VotingEnums.SessionStatus;
import vn.thidua.platform.parking.DeliveryProblem;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.tasks.PendingTask;
import vn.thidua.platform.tasks.TaskSource;

/**
 * Home-page tasks: a voter's open ballot (the phone's way into a session), the organizer's count and next
 * round, and a tie waiting for the leadership.
 */
@ApplicationScoped
public class VotingTasks implements TaskSource {

    @Inject
    Clock clock;

    @Inject
    VotingQueries queries;

    @Inject
    VotingAccess access;

    @Override
    @Transactional
    public List<PendingTask> pendingFor(CurrentUser user) {
        @SuppressWarnings("unchecked")
        List<UUID> tied = VotingSession.getEntityManager()
                .createNativeQuery("""
                select distinct session_id from voting_question where referral is null and result ->> 'outcome' = 'REFERRED'""", UUID.class)
                .getResultList();
        List<VotingSession> sessions =
                new ArrayList<>(VotingSession.list("status <> ?1 order by opensAt", SessionStatus.CLOSED));
        if (!tied.isEmpty()) {
            sessions.addAll(
                    VotingSession.list("status = ?1 and id in ?2 order by opensAt", SessionStatus.CLOSED, tied));
        }
        List<PendingTask> tasks = new ArrayList<>(unapplied());
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (VotingSession s : sessions) {
            VotingDtos.SessionSummary summary = queries.summary(s);
            VotingDtos.Me me = summary.me();
            if (me.canVote()) {
                tasks.add(new PendingTask(
                        "vote-" + s.id,
                        PendingTask.TaskKind.VOTE,
                        "Bỏ phiếu: " + s.title,
                        summary.bodyName() + (s.round > 1 ? " – vòng " + s.round : "") + "; " + summary.voted() + "/"
                                + summary.electorate() + " đã bỏ phiếu",
                        s.closesAt,
                        "/voting/" + s.id + "/ballot",
                        "award-service"));
            } else if (me.organizer() && s.status == SessionStatus.OPEN && !now.isBefore(s.opensAt)) {
                tasks.add(new PendingTask(
                        "count-" + s.id,
                        PendingTask.TaskKind.VOTE,
                        "Điều hành phiên: " + s.title,
                        summary.voted() + "/" + summary.electorate() + " đã bỏ phiếu; kiểm phiếu khi đủ",
                        s.closesAt,
                        "/voting/" + s.id,
                        "award-service"));
            } else if (me.organizer() && s.status == SessionStatus.RUNOFF_PENDING) {
                tasks.add(new PendingTask(
                        "round-" + s.id,
                        PendingTask.TaskKind.VOTE,
                        "Mở vòng " + (s.round + 1) + ": " + s.title,
                        "Chưa có ứng cử đạt quá nửa; bỏ phiếu lại giữa các ứng cử dẫn đầu",
                        null,
                        "/voting/" + s.id,
                        "award-service"));
            } else if (me.decidesTies() && s.status == SessionStatus.CLOSED) {
                tasks.add(new PendingTask(
                        "tie-" + s.id,
                        PendingTask.TaskKind.VOTE,
                        "Quyết định khi bằng phiếu: " + s.title,
                        "Sau vòng cuối vẫn bằng phiếu; lãnh đạo quyết định và ghi lại",
                        null,
                        "/voting/" + s.id,
                        "award-service"));
            }
        }
        return tasks;
    }

    /** What a session decided that another service refused, for the session's organizer to fix. */
    private List<PendingTask> unapplied() {
        List<PendingTask> tasks = new ArrayList<>();
        for (DeliveryProblem p : DeliveryProblem.open()) {
            UUID id = p.subject == null ? null : safeId(p.subject);
            VotingSession s = id == null ? null : VotingSession.findById(id);
            if (s != null && access.organizes(s)) {
                tasks.add(new PendingTask(
                        "parked-" + p.parkedId,
                        PendingTask.TaskKind.RESOLVE,
                        "Kết quả phiên chưa được ghi nhận: " + s.title,
                        p.reason,
                        null,
                        "/voting/" + s.id,
                        "award-service"));
            }
        }
        return tasks;
    }

    private static UUID safeId(String subject) {
        try {
            return UUID.fromString(subject);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
