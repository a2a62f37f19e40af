package vn.thidua.gateway.openapi;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import vn.thidua.gateway.routing.ServiceRoute;

/**
 * Merges the services' OpenAPI documents into the one the gateway publishes: each service
 * contributes only the paths the gateway routes to it (replica diagnostics stay out), schemas and
 * security schemes are united, tags keep their order of first appearance.
 */
public final class OpenApiMerger {

    private OpenApiMerger() {
    }

    /**
     * @param gateway  the gateway's own document (its info, its own paths)
     * @param services each reachable service's document; missing services are listed in the description
     */
    public static JsonObject merge(JsonObject gateway, Map<ServiceRoute, JsonObject> services, List<String> missing) {
        JsonObject merged = gateway.copy();
        merged.put("servers", new io.vertx.core.json.JsonArray().add(new JsonObject().put("url", "/")));
        JsonObject paths = merged.getJsonObject("paths", new JsonObject());
        JsonObject components = merged.getJsonObject("components", new JsonObject());
        JsonObject schemas = components.getJsonObject("schemas", new JsonObject());
        JsonObject securitySchemes = components.getJsonObject("securitySchemes", new JsonObject());
        io.vertx.core.json.JsonArray tags = merged.getJsonArray("tags", new io.vertx.core.json.JsonArray());

        services.forEach((route, document) -> {
            document.getJsonObject("paths", new JsonObject()).forEach(entry -> {
                if (route.owns(entry.getKey())) {
                    paths.put(entry.getKey(), entry.getValue());
                }
            });
            JsonObject theirComponents = document.getJsonObject("components", new JsonObject());
            theirComponents.getJsonObject("schemas", new JsonObject()).forEach(e -> schemas.put(e.getKey(), e.getValue()));
            theirComponents.getJsonObject("securitySchemes", new JsonObject())
                    .forEach(e -> securitySchemes.put(e.getKey(), e.getValue()));
            document.getJsonArray("tags", new io.vertx.core.json.JsonArray()).forEach(tag -> {
                String name = ((JsonObject) tag).getString("name");
                boolean known = tags.stream().anyMatch(t -> name.equals(((JsonObject) t).getString("name")));
                if (!known) {
                    tags.add(tag);
                }
            });
        });
        components.put("schemas", sorted(schemas));
        components.put("securitySchemes", securitySchemes);
        merged.put("components", components);
        merged.put("paths", sorted(paths));
        merged.put("tags", tags);
        if (!missing.isEmpty()) {
            JsonObject info = merged.getJsonObject("info", new JsonObject());
            info.put("description", info.getString("description", "")
                    + "\n\nTạm thiếu tài liệu của: " + String.join(", ", missing));
        }
        return merged;
    }

    private static JsonObject sorted(JsonObject object) {
        JsonObject result = new JsonObject();
        object.fieldNames().stream().sorted().forEach(name -> result.put(name, object.getValue(name)));
        return result;
    }
}
