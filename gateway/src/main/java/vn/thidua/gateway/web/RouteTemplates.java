package vn.thidua.gateway.web;

import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;

/**
 * Names each request in the http_server_requests metric by its route, not its address: the gateway proxies
 * and serves files outside Quarkus REST, so without this a metric would carry every record's id
 * (/api/v1/blocs/3f2c…) and every hashed asset. A segment that is not a plain word becomes {n} (digits) or {id}.
 */
@ApplicationScoped
public class RouteTemplates {

    /** where Quarkus Micrometer looks for the template of the current request (as Quarkus REST puts it) */
    static final String KEY = "UrlPathTemplate";

    private static final Pattern WORD = Pattern.compile("v\\d{1,2}|[a-z][a-z_-]{0,39}(\\.[a-z]{2,5})?");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    void register(@Observes Router router) {
        router.route().order(-99).handler(rc -> {
            if (rc.request() instanceof HttpServerRequestInternal request) {
                request.context().putLocal(KEY, of(rc.request().path()));
            }
            rc.next();
        });
    }

    static String of(String path) {
        if (path == null || path.isEmpty() || path.equals("/")) {
            return "/";
        }
        StringBuilder template = new StringBuilder();
        for (String segment : path.substring(1).split("/", -1)) {
            template.append('/')
                    .append(
                            WORD.matcher(segment).matches()
                                    ? segment
                                    : DIGITS.matcher(segment).matches() ? "{n}" : "{id}");
        }
        return template.toString();
    }
}
