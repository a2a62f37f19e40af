package vn.thidua.gateway.tasks;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.thidua.gateway.routing.Backends;
import vn.thidua.gateway.routing.ServiceRoute;
import vn.thidua.gateway.routing.Upstreams;

/** The signed-in user's pending tasks from every service, merged for the home page. */
@Path("/api/v1/tasks")
@Authenticated
@Tag(name = "Tasks", description = "Việc cần xử lý")
@Produces(MediaType.APPLICATION_JSON)
public class TasksResource {

    /** a task as every service's /api/v1/tasks/mine returns it */
    @Schema(name = "Task")
    public record Task(
            String id,

            @Schema(enumeration = {"SIGN", "VOTE", "REGISTER", "REPORT", "APPRAISE", "RESOLVE"})
            String kind,

            String title,
            String detail,
            String dueAt,
            String link,
            String source) {

        /** What a leader does on the phone in a minute (sign, vote) first; then the nearest deadline; undated last. */
        static final Comparator<Task> HOME_ORDER = Comparator.comparing(Task::signOrVote)
                .reversed()
                .thenComparing(Task::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Task::title, Comparator.nullsLast(Comparator.naturalOrder()));

        /** The deadline as an instant: services may write it with different offsets. */
        Instant due() {
            try {
                return dueAt == null ? null : OffsetDateTime.parse(dueAt).toInstant();
            } catch (DateTimeParseException e) {
                return null;
            }
        }

        boolean signOrVote() {
            return "SIGN".equals(kind) || "VOTE".equals(kind);
        }
    }

    @Schema(name = "PageTask")
    public record PageTask(List<Task> items, int page, int size, long total) {}

    public static final String UNAVAILABLE_HEADER = "X-Thidua-Unavailable";

    @Inject
    Backends backends;

    @Inject
    Upstreams upstreams;

    @Inject
    Vertx vertx;

    private WebClient client;

    @PostConstruct
    void init() {
        client = WebClient.create(vertx);
    }

    @GET
    @Operation(
            summary = "Việc cần xử lý của người dùng hiện tại, từ mọi dịch vụ",
            description =
                    "Việc ký và bỏ phiếu trước, rồi theo hạn gần nhất; việc không có hạn sau cùng. total là số việc"
                            + " đi hết các trang được. Khi một dịch vụ không trả lời, danh sách gồm việc của các dịch vụ còn lại"
                            + " và tiêu đề "
                            + UNAVAILABLE_HEADER + " nêu dịch vụ vắng mặt.")
    public Uni<RestResponse<PageTask>> tasks(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        List<Uni<JsonArray>> calls = new ArrayList<>();
        for (ServiceRoute route : ServiceRoute.values()) {
            calls.add(client.getAbs(upstreams
                            .choose(route, List.of())
                            .base()
                            .resolve("/api/v1/tasks/mine")
                            .toString())
                    .addQueryParam("size", "200")
                    .putHeader(HttpHeaders.AUTHORIZATION, authorization)
                    .timeout(backends.gateway().timeout().toMillis())
                    .send()
                    .map(r -> r.statusCode() == 200 ? r.bodyAsJsonObject().getJsonArray("items") : null)
                    .onFailure()
                    .recoverWithNull());
        }
        return Uni.combine().all().unis(calls).with(results -> {
            List<Task> all = new ArrayList<>();
            List<String> unavailable = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                JsonArray items = (JsonArray) results.get(i);
                if (items == null) {
                    unavailable.add(ServiceRoute.values()[i].serviceName());
                    continue;
                }
                items.forEach(item -> all.add(((JsonObject) item).mapTo(Task.class)));
            }
            // one thing to do reported by two services (a parked event: by the service holding it and by the one whose
            // act it was)
            Set<String> seen = new HashSet<>();
            all.removeIf(task -> !seen.add(task.id()));
            all.sort(Task.HOME_ORDER);
            int from = Math.min(all.size(), page * size);
            List<Task> pageItems = all.subList(from, Math.min(all.size(), from + size));
            RestResponse.ResponseBuilder<PageTask> response =
                    RestResponse.ResponseBuilder.ok(new PageTask(List.copyOf(pageItems), page, size, all.size()));
            if (!unavailable.isEmpty()) {
                response.header(UNAVAILABLE_HEADER, String.join(",", unavailable));
            }
            return response.build();
        });
    }
}
