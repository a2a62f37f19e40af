package vn.thidua.platform.web;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Every request carries an {@code X-Request-Id}: the gateway's, or a new one. It is echoed in the
 * response, put in the log context and in every problem document.
 */
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @RouteFilter(1000)
    void assign(RoutingContext rc) {
        String id = rc.request().getHeader(HEADER);
        if (id == null || !SAFE.matcher(id).matches()) {
            id = UUID.randomUUID().toString();
            rc.request().headers().set(HEADER, id);
        }
        rc.response().putHeader(HEADER, id);
        MDC.put("requestId", id);
        rc.addEndHandler(ignored -> MDC.remove("requestId"));
        rc.next();
    }

    public static String of(HttpServerRequest request) {
        return request.getHeader(HEADER);
    }
}
