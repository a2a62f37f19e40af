package vn.thidua.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import vn.thidua.platform.testing.TestTokens;

/**
 * HTTP servers standing where the services stand, so the gateway's routing, header forwarding,
 * timeouts and failure answers can be observed: bloc answers with what it received, campaign has a
 * slow endpoint, award is down (nothing listens on its port). Also a built SPA in a temp folder.
 */
public class EchoServices implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        int bloc = listen(rc -> {
            if (rc.request().path().equals("/q/openapi")) {
                rc.response()
                        .putHeader("Content-Type", "application/json")
                        .end(new JsonObject()
                                .put("openapi", "3.1.0")
                                .put(
                                        "paths",
                                        new JsonObject()
                                                .put(
                                                        "/api/v1/units",
                                                        new JsonObject()
                                                                .put(
                                                                        "get",
                                                                        new JsonObject()
                                                                                .put("summary", "Tìm kiếm đơn vị")
                                                                                .put(
                                                                                        "responses",
                                                                                        new JsonObject()
                                                                                                .put(
                                                                                                        "200",
                                                                                                        new JsonObject()
                                                                                                                .put(
                                                                                                                        "content",
                                                                                                                        new JsonObject()
                                                                                                                                .put(
                                                                                                                                        "application/json",
                                                                                                                                        new JsonObject()
                                                                                                                                                .put(
                                                                                                                                                        "schema",
                                                                                                                                                        new JsonObject()
                                                                                                                                                                .put(
                                                                                                                                                                        "$ref",
                                                                                                                                                                        "#/components/schemas/UnitView"))))))))
                                                .put(
                                                        "/api/v1/tasks/mine",
                                                        new JsonObject().put("get", new JsonObject())))
                                .put(
                                        "components",
                                        new JsonObject()
                                                .put(
                                                        "schemas",
                                                        new JsonObject()
                                                                .put("UnitView", new JsonObject().put("type", "object"))
                                                                .put(
                                                                        "PagePendingTask",
                                                                        new JsonObject().put("type", "object"))))
                                .encode());
            } else if (rc.request().path().equals("/api/v1/tasks/mine")) {
                rc.response()
                        .putHeader("Content-Type", "application/json")
                        .end(new JsonObject()
                                .put(
                                        "items",
                                        new JsonArray()
                                                .add(task(
                                                        "b2",
                                                        "SIGN",
                                                        "Ký giao ước thi đua năm 2027",
                                                        "2027-01-20T00:00:00Z"))
                                                .add(task(
                                                        "b1",
                                                        "VOTE",
                                                        "Bỏ phiếu bầu Trưởng khối",
                                                        "2026-12-20T00:00:00Z")))
                                .put("page", 0)
                                .put("size", 200)
                                .put("total", 2)
                                .encode());
            } else {
                JsonObject headers = new JsonObject();
                rc.request().headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
                long arrived = System.nanoTime();
                // like the services, the answer names the request it answers; bodyWaitMs: from its head to the body's
                // end
                rc.request()
                        .body()
                        .onSuccess(body -> rc.response()
                                .putHeader("Content-Type", "application/json")
                                .putHeader(
                                        "X-Request-Id",
                                        String.valueOf(rc.request().getHeader("X-Request-Id")))
                                .end(new JsonObject()
                                        .put("method", rc.request().method().name())
                                        .put("uri", rc.request().uri())
                                        .put("headers", headers)
                                        .put("body", body.toString())
                                        .put("bodyWaitMs", (System.nanoTime() - arrived) / 1_000_000)
                                        .encode()));
            }
        });
        int campaign = listen(rc -> {
            if (rc.request().path().endsWith("/slow")) {
                vertx.setTimer(3000, t -> rc.response().end("{}"));
            } else if (rc.request().path().equals("/api/v1/tasks/mine")) {
                rc.response()
                        .putHeader("Content-Type", "application/json")
                        .end(new JsonObject()
                                .put(
                                        "items",
                                        new JsonArray()
                                                .add(task("c1", "REPORT", "Báo cáo quý IV", "2026-12-31T00:00:00Z")))
                                .put("page", 0)
                                .put("size", 200)
                                .put("total", 1)
                                .encode());
            } else {
                rc.response().setStatusCode(404).end();
            }
        });
        int award = freePort();
        Path spa;
        try {
            spa = Files.createTempDirectory("thidua-spa");
            Files.writeString(spa.resolve("index.html"), "<!doctype html><title>Thi đua – Khen thưởng</title>");
            Files.createDirectories(spa.resolve("assets"));
            Files.writeString(spa.resolve("assets/app-1234.js"), "console.log('thi đua')");
            Files.writeString(spa.resolve("sw.js"), "self.addEventListener('fetch', () => {})");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Map.ofEntries(
                Map.entry("thidua.routes.bloc", "http://localhost:" + bloc),
                Map.entry("thidua.routes.campaign", "http://localhost:" + campaign),
                Map.entry("thidua.routes.award", "http://localhost:" + award),
                Map.entry("thidua.management.bloc", "http://localhost:" + bloc),
                Map.entry("thidua.management.campaign", "http://localhost:" + campaign),
                Map.entry("thidua.management.award", "http://localhost:" + award),
                Map.entry("thidua.gateway.timeout", "1s"),
                Map.entry("thidua.spa.dir", spa.toString()),
                Map.entry("quarkus.oidc.public-key", TestTokens.publicKey()),
                Map.entry("quarkus.oidc.token.issuer", TestTokens.ISSUER));
    }

    private static JsonObject task(String id, String kind, String title, String dueAt) {
        return new JsonObject()
                .put("id", id)
                .put("kind", kind)
                .put("title", title)
                .put("dueAt", dueAt)
                .put("link", "/tasks/" + id)
                .put("source", "test");
    }

    private int listen(io.vertx.core.Handler<io.vertx.ext.web.RoutingContext> handler) {
        io.vertx.ext.web.Router router = io.vertx.ext.web.Router.router(vertx);
        router.route().handler(handler);
        try {
            HttpServer server = vertx.createHttpServer()
                    .requestHandler(router)
                    .listen(0)
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(10, TimeUnit.SECONDS);
            return server.actualPort();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** a port where nothing listens */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        vertx.close();
    }
}
