package vn.thidua.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What anyone may read without signing in: every field of every response of an operation the OpenAPI document marks
 * public (no security requirement), listed against the fields the law asks to publish. A field added to a public
 * response fails here until someone decides it belongs on a public page.
 */
public final class PublicFields {

    private PublicFields() {}

    /** {@code allowed}: "GET /api/v1/honours/public" → the field paths allowed ("items[].recipientName"). */
    public static void verify(String openApiJson, Map<String, Set<String>> allowed) {
        JsonNode doc;
        try {
            doc = new ObjectMapper().readTree(openApiJson);
        } catch (java.io.IOException e) {
            throw new AssertionError("not an OpenAPI document", e);
        }
        Set<String> publicOperations = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!isPublic(op.getValue()) || !op.getValue().has("responses")) {
                    continue;
                }
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                publicOperations.add(name);
                Set<String> fields = new TreeSet<>();
                for (Iterator<Map.Entry<String, JsonNode>> responses =
                                op.getValue().path("responses").fields();
                        responses.hasNext(); ) {
                    Map.Entry<String, JsonNode> response = responses.next();
                    if (response.getKey().startsWith("2")) {
                        response.getValue()
                                .path("content")
                                .forEach(media -> collect(doc, media.path("schema"), "", fields, new HashSet<>()));
                    }
                }
                Set<String> extra = new TreeSet<>(fields);
                extra.removeAll(allowed.getOrDefault(name, Set.of()));
                assertTrue(extra.isEmpty(), name + " publishes fields nobody allowed: " + extra);
            }
        }
        assertEquals(new TreeSet<>(allowed.keySet()), publicOperations, "the public operations are the ones listed");
    }

    /** No security requirement, or an empty one among them (MicroProfile's {@code @SecurityRequirementsSet}: signing in is optional). */
    private static boolean isPublic(JsonNode operation) {
        if (!operation.has("security")) {
            return true;
        }
        for (JsonNode requirement : operation.get("security")) {
            if (requirement.isEmpty()) {
                return true;
            }
        }
        return operation.get("security").isEmpty();
    }

    private static void collect(JsonNode doc, JsonNode schema, String prefix, Set<String> into, Set<String> seen) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (!seen.add(ref + "@" + prefix)) {
                return;
            }
            collect(doc, doc.at(ref.substring(1)), prefix, into, seen);
            return;
        }
        for (String combinator : new String[] {"allOf", "oneOf", "anyOf"}) {
            schema.path(combinator).forEach(part -> collect(doc, part, prefix, into, seen));
        }
        if (schema.has("items")) {
            collect(doc, schema.get("items"), prefix + "[]", into, seen);
        }
        if (schema.has("additionalProperties")
                && schema.get("additionalProperties").isObject()) {
            collect(doc, schema.get("additionalProperties"), prefix + "{}", into, seen);
        }
        for (Iterator<Map.Entry<String, JsonNode>> properties =
                        schema.path("properties").fields();
                properties.hasNext(); ) {
            Map.Entry<String, JsonNode> property = properties.next();
            String path = prefix.isEmpty() ? property.getKey() : prefix + "." + property.getKey();
            into.add(path);
            collect(doc, property.getValue(), path, into, seen);
        }
    }
}
