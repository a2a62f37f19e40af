package vn.thidua.bloc.term;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.thidua.bloc.blocs.Bloc;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.tasks.PendingTask;
import vn.thidua.platform.tasks.TaskSource;

/** An election result the bloc could not take waits for its officers and the head leading it that day. */
@ApplicationScoped
public class TermTasks implements TaskSource {

    @Inject
    TermService terms;

    @Inject
    ElectionResultListener elections;

    @Override
    @Transactional
    public List<PendingTask> pendingFor(CurrentUser user) {
        return terms.unappliedElections().stream()
                .filter(u -> elections.mayResolve(u.parked().event()))
                .map(u -> {
                    Bloc bloc = Bloc.findById(u.result().blocId());
                    return new PendingTask(
                            "parked-" + u.parked().parked().id,
                            PendingTask.TaskKind.RESOLVE,
                            "Chưa ghi nhận được kết quả bầu Trưởng khối năm "
                                    + u.result().year() + " – " + (bloc == null ? "" : bloc.name),
                            u.parked().parked().reason,
                            null,
                            "/blocs/" + u.result().blocId() + "?tab=terms",
                            "bloc-service");
                })
                .toList();
    }
}
