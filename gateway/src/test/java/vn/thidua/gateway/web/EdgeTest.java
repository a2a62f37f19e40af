package vn.thidua.gateway.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.thidua.gateway.EchoServices;
import vn.thidua.platform.testing.TestTokens;

/** The gateway's edge: browser protections on every answer, request rates per caller, body sizes per route. */
@QuarkusTest
@QuarkusTestResource(value = EchoServices.class, restrictToAnnotatedClass = true)
@TestProfile(EdgeTest.SmallLimits.class)
class EdgeTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "thidua.gateway.limits.per-user.burst", "5",
                    "thidua.gateway.limits.per-user.per-second", "1",
                    "thidua.gateway.limits.per-address.burst", "3",
                    "thidua.gateway.limits.per-address.per-second", "1",
                    "thidua.gateway.limits.json-body", "1K",
                    "thidua.gateway.limits.upload-body", "4K");
        }
    }

    @TestHTTPResource(value = "/", management = true)
    URI management;

    @TestHTTPResource("/")
    URI api;

    /** a user of their own for each test, so that one test's requests do not spend another's allowance */
    private static String newUser() {
        return TestTokens.user("edge-" + UUID.randomUUID()).roles("officer").get();
    }

    @Test
    void everyAnswerCarriesTheBrowserProtections() {
        String token = newUser();
        for (Response response : new Response[] {
            given().get("/"),
            given().head("/"),
            given().get("/units/42"),
            given().get("/assets/missing.js"),
            given().auth().oauth2(token).get("/api/v1/units"),
            given().auth().oauth2(token).head("/api/v1/units"),
            given().get("/q/metrics")
        }) {
            response.then()
                    .header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Referrer-Policy", "no-referrer")
                    .header("Permissions-Policy", containsString("camera=()"))
                    .header("Cross-Origin-Opener-Policy", "same-origin")
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Strict-Transport-Security", equalTo(null));
        }
        given().head("/").then().statusCode(200);
        given().auth().oauth2(token).head("/api/v1/units").then().statusCode(200);
    }

    @Test
    void theSpaMayTalkOnlyToItsOriginAndKeycloakAndTheApiMayLoadNothing() {
        String spa = given().get("/").then().statusCode(200).extract().header("Content-Security-Policy");
        assertTrue(spa.contains("script-src 'self';"), spa);
        assertTrue(spa.contains("connect-src 'self' http://localhost:8180;"), spa);
        assertTrue(spa.contains("object-src 'none'"), spa);
        given().auth()
                .oauth2(newUser())
                .get("/api/v1/units")
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        given().get(management.resolve("/api/v1/swagger-ui/"))
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self' 'unsafe-inline'"))
                .header("X-Frame-Options", "DENY");
    }

    @Test
    void behindAnHttpsProxyBrowsersAreToldToStayOnHttps() {
        given().header("X-Forwarded-Proto", "https")
                .get("/")
                .then()
                .header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }

    @Test
    void aUserOverTheBurstWaitsWithRetryAfterWhileOthersGoOn() {
        String token = newUser();
        // a burst of 5, then 1 a second: on a slow machine a token may come back while the burst is sent
        long started = System.nanoTime();
        int taken = 0;
        Response refused = given().auth().oauth2(token).get("/api/v1/units");
        while (refused.statusCode() == 200 && taken < 50) {
            taken++;
            refused = given().auth().oauth2(token).get("/api/v1/units");
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        assertTrue(taken >= 5 && taken <= 5 + seconds + 1, taken + " requests taken in " + seconds + " s");
        refused.then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:thidua:problem:too-many-requests"))
                .body("title", equalTo("Quá nhiều yêu cầu"));
        assertEquals("1", refused.header("Retry-After"));
        given().auth().oauth2(newUser()).get("/api/v1/units").then().statusCode(200);
    }

    @Test
    void callersWithoutATokenAreCountedByAddress() {
        int answered = 0;
        Response last = null;
        for (int i = 0; i < 6; i++) {
            last = given().get("/api/v1/honours");
            if (last.statusCode() != 429) {
                answered++;
            }
        }
        assertTrue(answered >= 3 && answered < 6, "answered " + answered);
        last.then().statusCode(429).header("Retry-After", not(equalTo(null)));
    }

    @Test
    void aJsonBodyOverItsLimitIsRefusedBeforeTheService() throws Exception {
        String big = "{\"name\":\"" + "a".repeat(2000) + "\"}";
        given().auth()
                .oauth2(newUser())
                .contentType("application/json")
                .body(big)
                .post("/api/v1/units")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:thidua:problem:payload-too-large"))
                .body("detail", containsString("1 KB"));
        // without a declared length (chunked), read up to the limit here
        HttpResponse<String> refused = chunked(big);
        assertEquals(413, refused.statusCode(), refused.body());
        assertEquals(
                "application/problem+json",
                refused.headers().firstValue("Content-Type").orElse(""));
        String small = "{\"name\":\"Sở Y tế\"}";
        HttpResponse<String> forwarded = chunked(small);
        assertEquals(200, forwarded.statusCode(), forwarded.body());
        assertEquals(small, new JsonObject(forwarded.body()).getString("body"));
    }

    @Test
    void aSlowClientsBodyReachesTheServiceWholeNotByThePiece() throws Exception {
        byte[] body = "{\"name\":\"Phòng Cảnh sát giao thông\"}".getBytes(StandardCharsets.UTF_8);
        try (Socket phone = new Socket(api.getHost(), api.getPort())) {
            OutputStream out = phone.getOutputStream();
            out.write(("POST /api/v1/units HTTP/1.1\r\nHost: " + api.getHost() + "\r\nAuthorization: Bearer "
                            + newUser() + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                            + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, 10);
            out.flush();
            Thread.sleep(1500);
            out.write(body, 10, body.length - 10);
            out.flush();
            String answer = new String(phone.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
            JsonObject echoed = new JsonObject(answer.substring(answer.indexOf("\r\n\r\n") + 4));
            assertEquals(new String(body, StandardCharsets.UTF_8), echoed.getString("body"));
            // the service saw the request only once its body was whole: it did not wait out the client's pause
            assertTrue(echoed.getLong("bodyWaitMs") < 500, answer);
        }
    }

    @Test
    void anHttp2ClientsBodyIsReadWholeAndForwarded() throws Exception {
        String json = "{\"name\":\"Công an tỉnh Đắk Lắk\"}";
        HttpClient http2 =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        // the first request upgrades the connection (h2c); the second is an HTTP/2 stream from the start
        for (int i = 0; i < 2; i++) {
            HttpRequest request = HttpRequest.newBuilder(api.resolve("/api/v1/units"))
                    .header("Authorization", "Bearer " + newUser())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json))
                    .build();
            HttpResponse<String> answer = http2.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
            assertEquals(json, new JsonObject(answer.body()).getString("body"));
            if (i == 1) {
                assertEquals(HttpClient.Version.HTTP_2, answer.version());
            }
        }
    }

    @Test
    void aFormSentToAJsonRouteGoesThroughAsSentForTheServiceToRefuse() throws Exception {
        // a multipart type without its boundary: read here, the form parser would drop the body
        for (boolean declared : new boolean[] {true, false}) {
            byte[] body = "{\"title\":\"x\"}".getBytes(StandardCharsets.UTF_8);
            HttpRequest request = HttpRequest.newBuilder(api.resolve("/api/v1/blocs"))
                    .header("Authorization", "Bearer " + newUser())
                    .header("Content-Type", "multipart/form-data")
                    .timeout(Duration.ofSeconds(20))
                    .POST(
                            declared
                                    ? HttpRequest.BodyPublishers.ofByteArray(body)
                                    : HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                    .build();
            HttpResponse<String> answer = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), (declared ? "with" : "without") + " a length: " + answer.body());
            assertEquals("{\"title\":\"x\"}", new JsonObject(answer.body()).getString("body"));
        }
    }

    /** a POST whose body has no declared length (the client cannot know it: a stream) */
    private HttpResponse<String> chunked(String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(api.resolve("/api/v1/units"))
                .header("Authorization", "Bearer " + newUser())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .build();
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anUploadRouteTakesALargerBody() {
        String bloc = UUID.randomUUID().toString();
        String meeting = UUID.randomUUID().toString();
        String path = "/api/v1/blocs/" + bloc + "/meetings/" + meeting + "/attachments";
        given().auth()
                .oauth2(newUser())
                .contentType("application/octet-stream")
                .body(new byte[3000])
                .post(path)
                .then()
                .statusCode(200)
                .body("method", equalTo("POST"));
        given().auth()
                .oauth2(newUser())
                .contentType("application/octet-stream")
                .body(new byte[5000])
                .post(path)
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("4 KB"));
    }
}
