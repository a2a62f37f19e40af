package vn.thidua.gateway.routing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import vn.thidua.gateway.EchoServices;
import vn.thidua.platform.testing.TestTokens;

/**
 * Two instances of a service ("a" and "b", each answering with its name, the method and the body it received),
 * a port where nothing listens (an instance just killed, whose readiness check has not failed yet) and an
 * instance that drops every connection once the request has reached it (killed while handling it). bloc runs on
 * a and b; campaign on the dead port and a; award on the dropping instance and b.
 */
public class TwoInstances implements QuarkusTestResourceLifecycleManager {

    /** the bodies each instance received, in order */
    static final Map<String, List<String>> RECEIVED =
            Map.of("a", new CopyOnWriteArrayList<>(), "b", new CopyOnWriteArrayList<>());
    /** requests the dropping instance received before it dropped their connection */
    static final AtomicInteger DROPPED = new AtomicInteger();

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        String a = "http://localhost:" + answering("a");
        String b = "http://localhost:" + answering("b");
        String dead = "http://localhost:" + EchoServices.freePort();
        String dropping = "http://localhost:" + dropping();
        return Map.ofEntries(
                Map.entry("thidua.routes.bloc", a + "," + b),
                Map.entry("thidua.management.bloc", a + "," + b),
                Map.entry("thidua.routes.campaign", dead + "," + a),
                Map.entry("thidua.management.campaign", a + "," + a),
                Map.entry("thidua.routes.award", dropping + "," + b),
                Map.entry("thidua.management.award", b + "," + b),
                Map.entry("thidua.gateway.health-interval", "100ms"),
                Map.entry("quarkus.oidc.public-key", TestTokens.publicKey()),
                Map.entry("quarkus.oidc.token.issuer", TestTokens.ISSUER));
    }

    private int answering(String name) {
        return listen(vertx.createHttpServer()
                .requestHandler(request -> request.body().onSuccess(body -> {
                    if (!request.path().startsWith("/q/")) {
                        RECEIVED.get(name).add(body.toString());
                    }
                    request.response()
                            .putHeader("Content-Type", "application/json")
                            .end(new JsonObject()
                                    .put("instance", name)
                                    .put("method", request.method().name())
                                    .put("body", body.toString())
                                    .encode());
                })));
    }

    private int dropping() {
        try {
            return vertx.createNetServer()
                    .connectHandler(socket -> socket.handler(bytes -> {
                        DROPPED.incrementAndGet();
                        socket.close();
                    }))
                    .listen(0)
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(10, TimeUnit.SECONDS)
                    .actualPort();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int listen(io.vertx.core.http.HttpServer server) {
        try {
            return server.listen(0)
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(10, TimeUnit.SECONDS)
                    .actualPort();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        vertx.close();
    }
}
