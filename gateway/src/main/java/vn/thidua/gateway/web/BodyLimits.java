package vn.thidua.gateway.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.thidua.gateway.routing.Backends;

/**
 * The largest request body each route takes, refused before it reaches a service: a file upload may be large,
 * every other body is a JSON document and small. A declared length over the limit is refused at once. A JSON
 * body is read here in full (up to the limit) and forwarded whole, as nginx buffers request bodies: a slow or
 * vanished client then never holds a connection to a service, nor a service's worker thread waiting for the rest.
 */
@ApplicationScoped
public class BodyLimits {

    /** the upload operations of the API: a multipart form with a file */
    static final Pattern UPLOAD = Pattern.compile(
            "/api/v1/(title-registrations/import|accounts/import|nominations/[^/]+/documents|blocs/[^/]+/meetings/[^/]+/attachments"
                    + "|campaigns/[^/]+/reports/mine/[^/]+/evidence|models/[^/]+/photos)");

    @Inject
    Backends config;

    private BodyHandler jsonBodies;

    void register(@Observes Router router) {
        jsonBodies = BodyHandler.create(false)
                .setBodyLimit(config.gateway().limits().jsonBody().asLongValue());
        router.route("/api/v1/*").order(-40).handler(this::limit).failureHandler(rc -> {
            if (rc.statusCode() == 413) {
                tooLarge(rc, config.gateway().limits().jsonBody().asLongValue());
            } else {
                rc.next();
            }
        });
    }

    private void limit(RoutingContext rc) {
        boolean upload = UPLOAD.matcher(rc.request().path()).matches();
        // a JSON body is read here; an upload, and a form sent to a JSON route (for the service to refuse), stream
        // through
        boolean readHere = !upload && !form(rc);
        long limit = (upload
                        ? config.gateway().limits().uploadBody()
                        : config.gateway().limits().jsonBody())
                .asLongValue();
        String declared = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            long length;
            try {
                length = Long.parseLong(declared.trim());
            } catch (NumberFormatException e) {
                GatewayProblems.send(
                        rc, 400, "bad-request", "Yêu cầu không hợp lệ", "Content-Length không phải là một số");
                return;
            }
            if (length > limit) {
                tooLarge(rc, limit);
                return;
            }
            if (readHere && length > 0) {
                jsonBodies.handle(rc);
            } else {
                rc.next();
            }
        } else if (readHere && "chunked".equalsIgnoreCase(rc.request().getHeader(HttpHeaders.TRANSFER_ENCODING))) {
            jsonBodies.handle(rc);
        } else {
            rc.next();
        }
    }

    /**
     * A form is no JSON route's body: it goes through as sent, for the service to refuse (read here, it would be
     * parsed as a form and lost); the service's own limit bounds it.
     */
    private static boolean form(RoutingContext rc) {
        String type =
                String.valueOf(rc.request().getHeader(HttpHeaders.CONTENT_TYPE)).toLowerCase(Locale.ROOT);
        return type.startsWith("multipart/") || type.startsWith("application/x-www-form-urlencoded");
    }

    private static void tooLarge(RoutingContext rc, long limit) {
        GatewayProblems.send(
                rc,
                413,
                "payload-too-large",
                "Dữ liệu gửi lên quá lớn",
                "Nội dung yêu cầu vượt quá giới hạn "
                        + (limit >= 1024 * 1024 ? limit / (1024 * 1024) + " MB" : limit / 1024 + " KB")
                        + " của địa chỉ này");
    }
}
