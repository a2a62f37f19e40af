package vn.thidua.gateway.openapi;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.gateway.routing.ServiceRoute;

/**
 * Merges the services' OpenAPI documents into the one the gateway publishes: each service
 * contributes only the paths the gateway routes to it (replica diagnostics stay out), schemas and
 * security schemes are united, tags keep their order of first appearance. Of two schemas with one
 * name the first wins (the gateway's own, then the services in route order); schemas no published
 * path reaches are left out, so the document only describes what a client can call.
 */
public final class OpenApiMerger {

    private static final String SCHEMA_REF = "#/components/schemas/";

    private OpenApiMerger() {}

    /**
     * @param gateway  the gateway's own document (its info, its own paths)
     * @param services each reachable service's document; missing services are listed in the description
     */
    public static JsonObject merge(JsonObject gateway, Map<ServiceRoute, JsonObject> services, List<String> missing) {
        JsonObject merged = gateway.copy();
        merged.put("servers", new JsonArray().add(new JsonObject().put("url", "/")));
        JsonObject paths = merged.getJsonObject("paths", new JsonObject());
        JsonObject components = merged.getJsonObject("components", new JsonObject());
        JsonObject schemas = components.getJsonObject("schemas", new JsonObject());
        JsonObject securitySchemes = components.getJsonObject("securitySchemes", new JsonObject());
        io.vertx.core.json.JsonArray tags = merged.getJsonArray("tags", new JsonArray());

        services.forEach((route, document) -> {
            document.getJsonObject("paths", new JsonObject()).forEach(entry -> {
                if (route.owns(entry.getKey())) {
                    paths.put(entry.getKey(), entry.getValue());
                }
            });
            JsonObject theirComponents = document.getJsonObject("components", new JsonObject());
            theirComponents
                    .getJsonObject("schemas", new JsonObject())
                    .forEach(e -> schemas.getMap().putIfAbsent(e.getKey(), e.getValue()));
            theirComponents
                    .getJsonObject("securitySchemes", new JsonObject())
                    .forEach(e -> securitySchemes.put(e.getKey(), e.getValue()));
            document.getJsonArray("tags", new JsonArray()).forEach(tag -> {
                String name = ((JsonObject) tag).getString("name");
                boolean known = tags.stream().anyMatch(t -> name.equals(((JsonObject) t).getString("name")));
                if (!known) {
                    tags.add(tag);
                }
            });
        });
        components.put("schemas", sorted(reachable(schemas, paths)));
        components.put("securitySchemes", securitySchemes);
        merged.put("components", components);
        merged.put("paths", sorted(paths));
        merged.put("tags", tags);
        if (!missing.isEmpty()) {
            JsonObject info = merged.getJsonObject("info", new JsonObject());
            info.put(
                    "description",
                    info.getString("description", "") + "\n\nTạm thiếu tài liệu của: " + String.join(", ", missing));
        }
        return merged;
    }

    /** The schemas the paths refer to, directly or through other schemas. */
    static JsonObject reachable(JsonObject schemas, JsonObject paths) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        collectRefs(paths, todo);
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (seen.add(name) && schemas.containsKey(name)) {
                collectRefs(schemas.getValue(name), todo);
            }
        }
        JsonObject result = new JsonObject();
        schemas.forEach(e -> {
            if (seen.contains(e.getKey())) {
                result.put(e.getKey(), e.getValue());
            }
        });
        return result;
    }

    private static void collectRefs(Object node, Deque<String> into) {
        if (node instanceof JsonObject object) {
            object.forEach(e -> {
                if ("$ref".equals(e.getKey()) && e.getValue() instanceof String ref && ref.startsWith(SCHEMA_REF)) {
                    into.push(ref.substring(SCHEMA_REF.length()));
                } else {
                    collectRefs(e.getValue(), into);
                }
            });
        } else if (node instanceof JsonArray array) {
            array.forEach(item -> collectRefs(item, into));
        } else if (node instanceof Map<?, ?> map) {
            collectRefs(new JsonObject(castMap(map)), into);
        } else if (node instanceof List<?> list) {
            collectRefs(new JsonArray(list), into);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private static JsonObject sorted(JsonObject object) {
        JsonObject result = new JsonObject();
        object.fieldNames().stream().sorted().forEach(name -> result.put(name, object.getValue(name)));
        return result;
    }
}
