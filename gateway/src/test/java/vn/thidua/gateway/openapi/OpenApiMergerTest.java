package vn.thidua.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.thidua.gateway.routing.ServiceRoute;

class OpenApiMergerTest {

    private static JsonObject ref(String schema) {
        return new JsonObject().put("$ref", "#/components/schemas/" + schema);
    }

    private static JsonObject get(JsonObject responseSchema) {
        return new JsonObject()
                .put(
                        "get",
                        new JsonObject()
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
                                                                                                        responseSchema))))));
    }

    private static JsonObject document(JsonObject paths, JsonObject schemas) {
        return new JsonObject()
                .put("openapi", "3.1.0")
                .put("info", new JsonObject().put("title", "t"))
                .put("paths", paths)
                .put("components", new JsonObject().put("schemas", schemas));
    }

    @Test
    void keepsOnlyTheSchemasThePublishedPathsReach() {
        JsonObject bloc = document(
                new JsonObject()
                        .put("/api/v1/units", get(ref("PageUnitView")))
                        .put("/api/v1/tasks/mine", get(ref("PagePendingTask"))),
                new JsonObject()
                        .put(
                                "PageUnitView",
                                new JsonObject()
                                        .put(
                                                "properties",
                                                new JsonObject()
                                                        .put(
                                                                "items",
                                                                new JsonObject()
                                                                        .put("type", "array")
                                                                        .put("items", ref("UnitView")))))
                        .put(
                                "UnitView",
                                new JsonObject().put("properties", new JsonObject().put("kind", ref("UnitKind"))))
                        .put("UnitKind", new JsonObject().put("enum", List.of("AGENCY")))
                        .put("PagePendingTask", new JsonObject())
                        .put("Unused", new JsonObject()));

        JsonObject merged = OpenApiMerger.merge(
                document(new JsonObject(), new JsonObject()), Map.of(ServiceRoute.BLOC, bloc), List.of());

        assertEquals(Set.of("/api/v1/units"), merged.getJsonObject("paths").fieldNames());
        assertEquals(
                Set.of("PageUnitView", "UnitView", "UnitKind"),
                merged.getJsonObject("components").getJsonObject("schemas").fieldNames());
    }

    @Test
    void theFirstDefinitionOfASchemaNameWins() {
        JsonObject gateway = document(
                new JsonObject().put("/api/v1/tasks", get(ref("Task"))),
                new JsonObject().put("Task", new JsonObject().put("description", "gateway")));
        Map<ServiceRoute, JsonObject> services = new LinkedHashMap<>();
        services.put(
                ServiceRoute.AWARD,
                document(
                        new JsonObject().put("/api/v1/honours", get(ref("Task"))),
                        new JsonObject().put("Task", new JsonObject().put("description", "award"))));

        JsonObject merged = OpenApiMerger.merge(gateway, services, List.of("campaign-service"));

        JsonObject schemas = merged.getJsonObject("components").getJsonObject("schemas");
        assertEquals("gateway", schemas.getJsonObject("Task").getString("description"));
        assertTrue(merged.getJsonObject("info").getString("description").contains("campaign-service"));
    }
}
