package vn.thidua.gateway.openapi;

import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.quarkus.vertx.http.ManagementInterface;
import io.smallrye.mutiny.Uni;
import io.smallrye.openapi.runtime.io.Format;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.thidua.gateway.routing.ServiceRoute;
import vn.thidua.gateway.routing.Upstreams;

/** Serves /api/v1/openapi.json: the gateway's own document merged with every service's, cached briefly. */
@ApplicationScoped
public class MergedOpenApi {

    private static final Duration CACHE = Duration.ofSeconds(30);

    @Inject
    Upstreams upstreams;

    @Inject
    Vertx vertx;

    /** the gateway's own document (its /api/v1/tasks), as SmallRye OpenAPI built it */
    @Inject
    OpenApiDocumentService ownDocument;

    private WebClient client;
    private volatile JsonObject cached;
    /** When the cache was filled, on the monotonic clock (an age, not a date). */
    private volatile long cachedAt;

    void register(@Observes Router router) {
        client = WebClient.create(vertx);
        router.get("/api/v1/openapi.json").order(-10).handler(this::serve);
    }

    /** Swagger UI lives on the management interface (loopback only) and reads the same document there. */
    void registerForSwaggerUi(@Observes ManagementInterface management) {
        management.router().get("/api/v1/openapi.json").handler(this::serve);
    }

    private void serve(RoutingContext rc) {
        document()
                .subscribe()
                .with(
                        doc -> rc.response()
                                .putHeader("Content-Type", "application/json")
                                .end(doc.encodePrettily()),
                        rc::fail);
    }

    Uni<JsonObject> document() {
        JsonObject fresh = cached;
        if (fresh != null && System.nanoTime() - cachedAt < CACHE.toNanos()) {
            return Uni.createFrom().item(fresh);
        }
        Uni<JsonObject> own = Uni.createFrom()
                .item(() -> new JsonObject(
                        new String(ownDocument.getDocument("<default>", Format.JSON), StandardCharsets.UTF_8)));
        Map<ServiceRoute, Uni<JsonObject>> theirs = new EnumMap<>(ServiceRoute.class);
        for (ServiceRoute route : ServiceRoute.values()) {
            theirs.put(
                    route,
                    fetch(upstreams.choose(route, List.of()).management(), "/q/openapi?format=json")
                            .onFailure()
                            .recoverWithNull());
        }
        List<Uni<?>> all = new ArrayList<>(theirs.values());
        all.add(0, own);
        return Uni.combine().all().unis(all).with(results -> {
            JsonObject gateway = (JsonObject) results.get(0);
            Map<ServiceRoute, JsonObject> documents = new EnumMap<>(ServiceRoute.class);
            List<String> missing = new ArrayList<>();
            int i = 1;
            for (ServiceRoute route : theirs.keySet()) {
                JsonObject doc = (JsonObject) results.get(i++);
                if (doc == null) {
                    missing.add(route.serviceName());
                } else {
                    documents.put(route, doc);
                }
            }
            JsonObject merged = OpenApiMerger.merge(gateway, documents, missing);
            if (missing.isEmpty()) {
                cached = merged;
                cachedAt = System.nanoTime();
            }
            return merged;
        });
    }

    private Uni<JsonObject> fetch(URI base, String path) {
        return client.getAbs(base.resolve(path).toString()).timeout(5000).send().map(response -> {
            if (response.statusCode() != 200) {
                throw new IllegalStateException(base + path + " answered " + response.statusCode());
            }
            return response.bodyAsJsonObject();
        });
    }
}
