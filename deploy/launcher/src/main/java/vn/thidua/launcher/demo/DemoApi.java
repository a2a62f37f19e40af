package vn.thidua.launcher.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The public API as the demo accounts call it: a Keycloak token per account (the dev realm's CLI client), JSON in
 * and out. The demo year goes through the same use cases, rules and events as a person at the desk would.
 */
final class DemoApi {

    static final ObjectMapper JSON = new ObjectMapper();

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String gateway;
    private final String realmUrl;
    private final String password;
    private final Map<String, Token> tokens = new HashMap<>();

    private record Token(String value, Instant expires) {}

    DemoApi(String gateway, String realmUrl, String password) {
        this.gateway = gateway;
        this.realmUrl = realmUrl;
        this.password = password;
    }

    /** The API as one account calls it. */
    Caller as(String username) {
        return new Caller(username);
    }

    /** What the API answered that the story did not expect. */
    static final class Refused extends RuntimeException {
        final int status;

        Refused(String what, int status, String body) {
            super(what + " → " + status + ": " + body);
            this.status = status;
        }
    }

    final class Caller {
        private final String username;

        private Caller(String username) {
            this.username = username;
        }

        JsonNode get(String path) {
            return send("GET", path, (String) null);
        }

        JsonNode post(String path, String body) {
            return send("POST", path, body);
        }

        JsonNode put(String path, String body) {
            return send("PUT", path, body);
        }

        /** A file in a multipart form, with the form's other fields. */
        JsonNode upload(String path, Map<String, String> fields, String fileName, String mediaType, byte[] content) {
            String boundary = "demo-" + UUID.randomUUID();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fields.forEach((name, value) -> write(
                    out,
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n"
                            + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n"));
            write(
                    out,
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                            + "\"\r\nContent-Type: " + mediaType + "\r\n\r\n");
            out.writeBytes(content);
            write(out, "\r\n--" + boundary + "--\r\n");
            return send(
                    "POST",
                    path,
                    HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()),
                    "multipart/form-data; boundary=" + boundary);
        }

        private JsonNode send(String method, String path, String body) {
            if (body == null) {
                return send(method, path, HttpRequest.BodyPublishers.noBody(), null);
            }
            // the story's bodies are JSON text: checked here so a typo names its request
            parse(body);
            return send(method, path, HttpRequest.BodyPublishers.ofString(body), "application/json");
        }

        private JsonNode send(String method, String path, HttpRequest.BodyPublisher publisher, String type) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token(username))
                    .header("Accept", "application/json")
                    .header("Accept-Language", "vi")
                    .method(method, publisher);
            if (type != null) {
                request.header("Content-Type", type);
            }
            HttpResponse<String> response = call(request.build());
            if (response.statusCode() >= 300) {
                throw new Refused(username + " " + method + " " + path, response.statusCode(), response.body());
            }
            return parse(response.body());
        }
    }

    private String token(String username) {
        Token t = tokens.get(username);
        if (t != null && Instant.now().isBefore(t.expires())) {
            return t.value();
        }
        String form = "grant_type=password&client_id=thidua-cli&username=" + encode(username) + "&password="
                + encode(password);
        HttpResponse<String> response =
                call(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build());
        if (response.statusCode() != 200) {
            throw new Refused("sign-in of " + username, response.statusCode(), response.body());
        }
        JsonNode json = parse(response.body());
        // renewed well before it ends: the realm hands out short access tokens
        Instant expires =
                Instant.now().plusSeconds(Math.max(10, json.path("expires_in").asLong(60) - 30));
        t = new Token(json.path("access_token").asText(), expires);
        tokens.put(username, t);
        return t.value();
    }

    private static HttpResponse<String> call(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
