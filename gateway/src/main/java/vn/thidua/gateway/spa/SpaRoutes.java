package vn.thidua.gateway.spa;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.FileSystemAccess;
import io.vertx.ext.web.handler.StaticHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.thidua.gateway.routing.Backends;
import vn.thidua.gateway.web.GatewayProblems;

/**
 * Serves the built SPA: static files, /config.json for the OIDC settings, and index.html for client
 * routes (history fallback). Hashed assets are cached for good; index.html, the service worker and the manifest are
 * revalidated on every use.
 */
@ApplicationScoped
public class SpaRoutes {

    /** everything that is not the API or diagnostics */
    private static final String PAGES = "^/(?!api/|q/).*";

    @Inject
    Backends config;

    void register(@Observes Router router) {
        Backends.Spa spa = config.spa();
        Path root = Path.of(spa.dir()).toAbsolutePath().normalize();
        router.get("/config.json")
                .order(-10)
                .handler(rc -> rc.response()
                        .putHeader("Content-Type", "application/json")
                        .putHeader("Cache-Control", "no-store")
                        .end(new JsonObject()
                                .put("oidcAuthority", spa.oidcAuthority())
                                .put("oidcClientId", spa.oidcClientId())
                                .encode()));

        // the build's hashed files never change; the others (index.html, the service worker, the manifest, icons)
        // keep their names from build to build and are asked again each time
        StaticHandler hashed = StaticHandler.create(FileSystemAccess.ROOT, root.toString())
                .setCachingEnabled(true)
                .setMaxAgeSeconds(365L * 24 * 3600)
                .setDefaultContentEncoding("UTF-8");
        StaticHandler named = StaticHandler.create(FileSystemAccess.ROOT, root.toString())
                .setIndexPage("index.html")
                .setCachingEnabled(false)
                .setDefaultContentEncoding("UTF-8");
        router.routeWithRegex(PAGES)
                .method(HttpMethod.GET)
                .method(HttpMethod.HEAD)
                .order(100_000)
                .handler(rc -> {
                    if (rc.request().path().startsWith("/assets/")) {
                        hashed.handle(rc);
                    } else {
                        rc.response().putHeader("Cache-Control", "no-cache");
                        named.handle(rc);
                    }
                });
        router.routeWithRegex(PAGES)
                .method(HttpMethod.GET)
                .method(HttpMethod.HEAD)
                .order(100_001)
                .handler(rc -> fallback(rc, root));
    }

    /** Client-side routes (no file extension) get index.html; a missing file is a 404 problem. */
    private static void fallback(RoutingContext rc, Path root) {
        String path = rc.request().path();
        String last = path.substring(path.lastIndexOf('/') + 1);
        Path index = root.resolve("index.html");
        if (!last.contains(".") && Files.isRegularFile(index)) {
            rc.response()
                    .putHeader("Content-Type", "text/html; charset=utf-8")
                    .putHeader("Cache-Control", "no-cache")
                    .sendFile(index.toString());
        } else if (!Files.isRegularFile(index)) {
            GatewayProblems.send(
                    rc,
                    503,
                    "service-unavailable",
                    "Giao diện chưa được xây dựng",
                    "Chưa có bản dựng giao diện tại " + root + "; hãy chạy ./thidua start");
        } else {
            GatewayProblems.notFound(rc);
        }
    }
}
