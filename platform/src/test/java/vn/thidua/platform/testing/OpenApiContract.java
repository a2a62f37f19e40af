package vn.thidua.platform.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** What every service's OpenAPI document promises a client: 201 with Location for what a POST creates, problem+json for every 4xx. */
public final class OpenApiContract {

    private OpenApiContract() {}

    public static void verify(String openApiJson) {
        JsonNode paths;
        try {
            paths = new ObjectMapper().readTree(openApiJson).path("paths");
        } catch (java.io.IOException e) {
            throw new AssertionError("not an OpenAPI document: " + e.getMessage(), e);
        }
        List<String> broken = new ArrayList<>();
        int created = 0;
        for (var path : (Iterable<java.util.Map.Entry<String, JsonNode>>) paths::fields) {
            for (var op : (Iterable<java.util.Map.Entry<String, JsonNode>>) path.getValue()::fields) {
                JsonNode responses = op.getValue().path("responses");
                for (var response : (Iterable<java.util.Map.Entry<String, JsonNode>>) responses::fields) {
                    if (response.getKey().startsWith("4")
                            && !response.getValue().path("content").has("application/problem+json")) {
                        broken.add(op.getKey().toUpperCase() + " " + path.getKey() + " " + response.getKey()
                                + " without problem+json");
                    }
                }
                if (responses.has("201")) {
                    created++;
                    if (!responses.path("201").path("headers").has("Location")) {
                        broken.add(op.getKey().toUpperCase() + " " + path.getKey() + " 201 without Location");
                    }
                    if (!responses.path("201").path("description").asText().startsWith("Đã tạo")) {
                        broken.add(op.getKey().toUpperCase() + " " + path.getKey() + " 201 without its description");
                    }
                }
            }
        }
        assertTrue(broken.isEmpty(), String.join("\n", broken));
        assertTrue(created > 0, "the service documents what it creates");
    }
}
