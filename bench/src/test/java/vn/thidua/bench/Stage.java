package vn.thidua.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/**
 * Sets the stage through the public APIs, as people would: voters' accounts in Keycloak, a voting body
 * with them as members, and an open session; then closes it and reads the published result.
 */
final class Stage {

    static final String GATEWAY = System.getProperty("gateway", "http://localhost:8080");
    static final String KEYCLOAK = System.getProperty("keycloak", "http://localhost:8180");
    static final String PROVINCE = "10000000-0000-0000-0000-000000000001";
    /** meets the realm's password policy (10+ characters, upper and lower case, a digit, a sign) */
    static final String PASSWORD = "Bench-voter-2026";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Stage() {
    }

    static String username(int i) {
        return "bench.voter%04d".formatted(i);
    }

    /** Creates the voters' accounts (skipping those a previous run created). */
    static void accounts(int voters) throws Exception {
        List<Map<String, Object>> users = IntStream.rangeClosed(1, voters).mapToObj(i -> Map.<String, Object>of(
                "username", username(i), "enabled", true, "emailVerified", true, "firstName", "Đại biểu", "lastName", "số " + i,
                "email", username(i) + "@bench.thidua.example", "attributes", Map.of("unit_id", List.of(PROVINCE)),
                "realmRoles", List.of("council-member"), "credentials", List.of(Map.of("type", "password", "value", PASSWORD,
                        "temporary", false)))).toList();
        for (int from = 0; from < users.size(); from += 200) {
            // a fresh admin token per batch: hashing 200 passwords can outlast the master realm's one-minute token
            String admin = token("master", "admin-cli", "admin", System.getProperty("keycloakAdminPassword", "admin"));
            send("POST", KEYCLOAK + "/admin/realms/thidua/partialImport", admin,
                    Map.of("ifResourceExists", "SKIP", "users", users.subList(from, Math.min(users.size(), from + 200))), 200);
        }
    }

    /** Every voter's access token, fetched in parallel before the load starts. */
    static List<String> tokens(int voters) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 1; i <= voters; i++) {
                String username = username(i);
                futures.add(pool.submit(() -> token("thidua", "thidua-cli", username, PASSWORD)));
            }
            List<String> tokens = new ArrayList<>();
            for (Future<String> f : futures) {
                tokens.add(f.get());
            }
            return tokens;
        } finally {
            pool.shutdown();
        }
    }

    /** The voting body: the first voter chairs, the second is its secretary. */
    static String council(int voters, String officer) throws Exception {
        List<Map<String, Object>> members = IntStream.rangeClosed(1, voters).mapToObj(i -> Map.<String, Object>of(
                "username", username(i), "fullName", "Đại biểu số " + i, "role", i == 1 ? "CHAIR" : i == 2 ? "SECRETARY" : "MEMBER")).toList();
        JsonNode council = send("POST", GATEWAY + "/api/v1/councils", officer, Map.of("organizingUnitId", PROVINCE,
                "name", "Đại hội đại biểu thi đua (đo tải " + OffsetDateTime.now() + ")", "termFrom", LocalDate.now().minusYears(1).toString(),
                "members", members), 201);
        return council.get("id").asText();
    }

    /** An approval and a choose-up-to-2 question, open for half an hour. */
    static JsonNode session(String council, String secretary) throws Exception {
        return send("POST", GATEWAY + "/api/v1/voting-sessions", secretary, Map.of("kind", "COUNCIL", "councilId", council,
                "title", "Biểu quyết danh sách đề nghị khen thưởng (đo tải)", "opensAt", OffsetDateTime.now().minusMinutes(1).toString(),
                "closesAt", OffsetDateTime.now().plusMinutes(30).toString(), "questions", List.of(
                        Map.of("kind", "APPROVAL", "title", "Thông qua danh sách đề nghị tặng Bằng khen năm " + LocalDate.now().getYear()),
                        Map.of("kind", "CHOOSE_UP_TO", "title", "Chọn tối đa 2 tập thể tiêu biểu", "maxChoices", 2, "options",
                                List.of(Map.of("label", "Phòng Cảnh sát hình sự"), Map.of("label", "Phòng Cảnh sát giao thông"),
                                        Map.of("label", "Công an thành phố Kon Tum"), Map.of("label", "Phòng Công tác Đảng"))))), 201);
    }

    static JsonNode close(String session, String secretary) throws Exception {
        JsonNode s = send("GET", GATEWAY + "/api/v1/voting-sessions/" + session, secretary, null, 200);
        return send("POST", GATEWAY + "/api/v1/voting-sessions/" + session + "/close?version=" + s.get("version").asLong(), secretary, null, 200);
    }

    static JsonNode result(String session) throws Exception {
        return send("GET", GATEWAY + "/api/v1/voting-sessions/" + session + "/result", null, null, 200);
    }

    static String token(String realm, String client, String username, String password) throws Exception {
        String form = "grant_type=password&client_id=" + client + "&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> res = HTTP.send(HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != 200) {
            throw new IllegalStateException("no token for " + username + ": " + res.statusCode() + " " + res.body());
        }
        return JSON.readTree(res.body()).get("access_token").asText();
    }

    private static JsonNode send(String method, String url, String token, Object body, int expected) throws Exception {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .header("Content-Type", "application/json");
        if (token != null) {
            req.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> res = HTTP.send(req.build(), HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != expected) {
            throw new IllegalStateException(method + " " + url + " answered " + res.statusCode() + ": " + res.body());
        }
        return res.body().isBlank() ? null : JSON.readTree(res.body());
    }
}
