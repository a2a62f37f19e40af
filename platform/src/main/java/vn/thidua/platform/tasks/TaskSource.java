package vn.thidua.platform.tasks;

import java.util.List;
import vn.thidua.platform.security.CurrentUser;

/** A feature that can owe the current user work implements this; {@link MyTasksResource} merges them. */
public interface TaskSource {

    List<PendingTask> pendingFor(CurrentUser user);
}
