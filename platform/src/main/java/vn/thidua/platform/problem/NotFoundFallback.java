package vn.thidua.platform.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import vn.thidua.platform.web.RequestIds;

/** Paths no route serves answer 404 problem+json rather than the server's plain page. */
@ApplicationScoped
public class NotFoundFallback {

    @Inject
    ObjectMapper mapper;

    void register(@Observes Router router) {
        router.route().last().handler(rc -> {
            Problem problem = Problems.of(
                    ProblemType.NOT_FOUND,
                    404,
                    "Không có tài nguyên tại địa chỉ " + rc.request().path(),
                    List.of(),
                    rc.request().path(),
                    RequestIds.of(rc.request()));
            try {
                rc.response()
                        .setStatusCode(404)
                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .end(mapper.writeValueAsString(problem));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                rc.fail(e);
            }
        });
    }
}
