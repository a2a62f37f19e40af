package vn.thidua.platform.tasks;

import io.quarkus.security.Authenticated;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.platform.paging.Page;
import vn.thidua.platform.paging.PageRequest;
import vn.thidua.platform.security.CurrentUser;

/** This service's pending tasks for the caller; the gateway merges every service's list. */
@Path("/api/v1/tasks/mine")
@Authenticated
@Tag(name = "Tasks")
@Produces(MediaType.APPLICATION_JSON)
public class MyTasksResource {

    @Inject
    Instance<TaskSource> sources;

    @Inject
    CurrentUser user;

    @GET
    @Operation(summary = "Việc cần xử lý của người dùng hiện tại ở dịch vụ này")
    public Page<PendingTask> mine(@Valid @BeanParam PageRequest page) {
        List<PendingTask> all = new ArrayList<>();
        sources.forEach(source -> all.addAll(source.pendingFor(user)));
        all.sort(Comparator.comparing(PendingTask::dueAt, Comparator.nullsLast(Comparator.naturalOrder())));
        return Page.of(all, page);
    }
}
