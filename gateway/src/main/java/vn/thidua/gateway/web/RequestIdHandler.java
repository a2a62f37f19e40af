package vn.thidua.gateway.web;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;

/** Gives every request an X-Request-Id (kept when the caller sent a sane one) and answers auth failures. */
@ApplicationScoped
public class RequestIdHandler {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    void register(@Observes Router router) {
        router.route().order(-100).handler(rc -> {
            String id = rc.request().getHeader(HEADER);
            if (id == null || !SAFE.matcher(id).matches()) {
                id = UUID.randomUUID().toString();
                rc.request().headers().set(HEADER, id);
            }
            rc.put(HEADER, id);
            String requestId = id;
            // once, even when a service's answer carries it too
            rc.addHeadersEndHandler(v -> rc.response().headers().set(HEADER, requestId));
            rc.next();
        });
        router.route().order(-100).failureHandler(rc -> {
            if (rc.failure() instanceof AuthenticationFailedException) {
                GatewayProblems.unauthorized(rc);
            } else {
                rc.next();
            }
        });
    }

    public static String of(RoutingContext rc) {
        String id = rc.get(HEADER);
        return id != null ? id : rc.request().getHeader(HEADER);
    }
}
