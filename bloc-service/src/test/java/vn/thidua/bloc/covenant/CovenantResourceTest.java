package vn.thidua.bloc.covenant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.thidua.bloc.BlocWorld;
import vn.thidua.bloc.blocs.BlocEvents;
import vn.thidua.platform.testing.TestClock;
import vn.thidua.platform.testing.TestTokens;
import vn.thidua.platform.testing.TopicRecords;

@QuarkusTest
public class CovenantResourceTest {

    @AfterEach
    void backToToday() {
        TestClock.reset();
    }

    static final List<String> CLAUSES = List.of(
            "Thực hiện thắng lợi nhiệm vụ chính trị được giao năm 2026",
            "Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
            "Thực hiện tốt công tác tiếp công dân, giải quyết khiếu nại, tố cáo",
            "Đảm bảo quốc phòng – an ninh, trật tự an toàn xã hội",
            "Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến",
            "Xây dựng tổ chức Đảng, cơ quan, đoàn thể trong sạch, vững mạnh");

    static Map<String, Object> draft(Long version, List<String> clauses) {
        java.util.HashMap<String, Object> body = new java.util.HashMap<>();
        body.put("title", "Giao ước thi đua năm 2026 của Khối thi đua số 3");
        body.put("theme", "Vì An ninh Tổ quốc");
        body.put(
                "clauses",
                clauses.stream()
                        .map(c -> Map.of("content", c, "criteria", "Theo kết quả thực hiện", "maxPoints", 10))
                        .toList());
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }

    /** A bloc of twelve with its 2026 covenant open for signing; Thanh tra tỉnh (index 0) is head. */
    public static UUID openCovenant(BlocWorld world, int year) {
        UUID bloc = world.blocWithMembers(LocalDate.of(2025, 1, 1));
        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(draft(null, CLAUSES))
                .put("/api/v1/blocs/{id}/covenants/{year}", bloc, year)
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"));
        given().auth()
                .oauth2(world.officer())
                .post("/api/v1/blocs/{id}/covenants/{year}/open", bloc, year)
                .then()
                .statusCode(200)
                .body("status", equalTo("OPEN"));
        return bloc;
    }

    /** The bloc's 2026 covenant signed by all twelve members, so it is in force. */
    public static UUID inForceCovenant(BlocWorld world) {
        UUID bloc = openCovenant(world, 2026);
        for (int i = 0; i < world.units.size(); i++) {
            sign(world.leaderOf(i), bloc, 2026);
        }
        return bloc;
    }

    static JsonPath read(String token, UUID bloc, int year) {
        return given().auth()
                .oauth2(token)
                .get("/api/v1/blocs/{id}/covenants/{year}", bloc, year)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    static int sign(String token, UUID bloc, int year) {
        String sha = read(token, bloc, year).getString("textSha256");
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("textSha256", sha))
                .post("/api/v1/blocs/{id}/covenants/{year}/signatures", bloc, year)
                .then()
                .extract()
                .statusCode();
    }

    @Test
    void everyMembersLeaderSignsAndTheCovenantComesIntoForce() throws Exception {
        BlocWorld world = BlocWorld.create();
        UUID bloc = openCovenant(world, 2026);

        JsonPath covenant = read(world.leaderOf(4), bloc, 2026);
        assertEquals(sha256(covenant.getString("text")), covenant.getString("textSha256"));
        assertEquals(6, covenant.getList("clauses").size());
        assertEquals(true, covenant.getBoolean("signable"));

        for (int i = 0; i < 11; i++) {
            assertEquals(201, sign(world.leaderOf(i), bloc, 2026), "leader " + i);
        }
        given().auth()
                .oauth2(world.officer())
                .get("/api/v1/blocs/{id}/covenants/2026/board", bloc)
                .then()
                .statusCode(200)
                .body("memberCount", equalTo(12))
                .body("signedCount", equalTo(11))
                .body("allSigned", is(false))
                .body("status", equalTo("OPEN"))
                .body("members.find { it.unit.id == '" + world.units.get(11) + "' }.signed", is(false))
                .body(
                        "members.find { it.unit.id == '" + world.units.get(0) + "' }.signerName",
                        equalTo("Phạm Văn Sáu 0"))
                .body(
                        "members.find { it.unit.id == '" + world.units.get(0) + "' }.signerPosition",
                        equalTo("Thủ trưởng đơn vị"));

        assertEquals(201, sign(world.leaderOf(11), bloc, 2026));
        given().auth()
                .oauth2(world.officer())
                .get("/api/v1/blocs/{id}/covenants/2026/board", bloc)
                .then()
                .body("signedCount", equalTo(12))
                .body("allSigned", is(true))
                .body("status", equalTo("IN_FORCE"));
        read(world.leaderOf(11), bloc, 2026);
        given().auth()
                .oauth2(world.leaderOf(11))
                .get("/api/v1/blocs/{id}/covenants/2026", bloc)
                .then()
                .body("inForceAt", notNullValue())
                .body("signable", is(false))
                .body("mySignature.textSha256", equalTo(covenant.getString("textSha256")))
                .body("mySignature.revision", equalTo(1));

        List<String> types = TopicRecords.read(
                        BlocEvents.TOPIC,
                        read -> read.stream()
                                .anyMatch(r -> r.key().equals(bloc.toString())
                                        && r.value().contains(CovenantEvents.IN_FORCE)),
                        Duration.ofSeconds(20))
                .stream()
                .filter(r -> r.key().equals(bloc.toString()))
                .map(CovenantResourceTest::type)
                .filter(t -> t.startsWith("vn.thidua.covenant."))
                .toList();
        assertEquals(CovenantEvents.OPENED, types.get(0));
        assertEquals(12, types.stream().filter(CovenantEvents.SIGNED::equals).count());
        assertEquals(List.of(CovenantEvents.IN_FORCE), types.subList(types.size() - 1, types.size()));
    }

    @Test
    void onlyTheLeaderOfAMemberUnitSigns() {
        BlocWorld world = BlocWorld.create();
        UUID bloc = openCovenant(world, 2026);
        String sha = read(world.officer(), bloc, 2026).getString("textSha256");
        Map<String, String> body = Map.of("textSha256", sha);

        given().auth()
                .oauth2(world.unitOfficerOf(2))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/blocs/{id}/covenants/2026/signatures", bloc)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("lãnh đạo đơn vị thành viên"));
        UUID outsider = world.createUnit("Sở Nội vụ " + world.suffix, "AGENCY", world.province);
        String outsiderLeader = TestTokens.user("leader.outside")
                .roles("unit-leader")
                .unit(outsider)
                .get();
        given().auth()
                .oauth2(outsiderLeader)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/blocs/{id}/covenants/2026/signatures", bloc)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("không phải thành viên"));
        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/blocs/{id}/covenants/2026/signatures", bloc)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(world.leaderOf(2))
                .contentType(ContentType.JSON)
                .body(Map.of("textSha256", "abc"))
                .post("/api/v1/blocs/{id}/covenants/2026/signatures", bloc)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("textSha256"));
        given().auth()
                .oauth2(world.officer())
                .get("/api/v1/blocs/{id}/covenants/2026/board", bloc)
                .then()
                .body("signedCount", equalTo(0));
    }

    @Test
    void aUnitSignsOncePerRevisionEvenWhenTwoLeadersSignAtTheSameMoment() throws Exception {
        BlocWorld world = BlocWorld.create();
        UUID bloc = openCovenant(world, 2026);
        String director = TestTokens.user("giamdoc." + world.suffix)
                .name("Giám đốc")
                .roles("unit-leader")
                .unit(world.units.get(4))
                .get();
        String deputy = TestTokens.user("phogiamdoc." + world.suffix)
                .name("Phó Giám đốc")
                .roles("unit-leader")
                .unit(world.units.get(4))
                .get();
        String sha = read(director, bloc, 2026).getString("textSha256");
        Callable<Integer> byDirector = () -> given().auth()
                .oauth2(director)
                .contentType(ContentType.JSON)
                .body(Map.of("textSha256", sha))
                .post("/api/v1/blocs/{id}/covenants/2026/signatures", bloc)
                .then()
                .extract()
                .statusCode();
        Callable<Integer> byDeputy = () -> given().auth()
                .oauth2(deputy)
                .contentType(ContentType.JSON)
                .body(Map.of("textSha256", sha))
                .post("/api/v1/blocs/{id}/covenants/2026/signatures", bloc)
                .then()
                .extract()
                .statusCode();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = pool.invokeAll(List.of(byDirector, byDeputy));
            List<Integer> codes = List.of(results.get(0).get(), results.get(1).get());
            assertEquals(
                    List.of(200, 201),
                    codes.stream().sorted().toList(),
                    "one new signature, one answer that it exists");
        } finally {
            pool.shutdown();
        }
        long rows = QuarkusTransaction.requiringNew().call(() -> Signature.count("unitId", world.units.get(4)));
        assertEquals(1, rows);
        assertEquals(200, sign(director, bloc, 2026), "signing again changes nothing");
    }

    @Test
    void changingTheClausesAfterSigningStartedMeansEveryoneSignsAgain() {
        BlocWorld world = BlocWorld.create();
        UUID bloc = openCovenant(world, 2026);
        String oldSha = read(world.leaderOf(1), bloc, 2026).getString("textSha256");
        for (int i = 1; i <= 3; i++) {
            sign(world.leaderOf(i), bloc, 2026);
        }
        long version = read(world.officer(), bloc, 2026).getLong("version");
        List<String> thirteen = new java.util.ArrayList<>(CLAUSES);
        for (int i = 7; i <= 13; i++) {
            thirteen.add("Nội dung thi đua bổ sung số " + i);
        }
        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(draft(null, thirteen))
                .put("/api/v1/blocs/{id}/covenants/2026", bloc)
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(draft(version, thirteen))
                .put("/api/v1/blocs/{id}/covenants/2026", bloc)
                .then()
                .statusCode(200)
                .body("revision", equalTo(2))
                .body("status", equalTo("OPEN"))
                .body("clauses.size()", equalTo(13))
                .body("clauses[12].number", equalTo(13))
                .body("textSha256", not(equalTo(oldSha)));
        given().auth()
                .oauth2(world.officer())
                .get("/api/v1/blocs/{id}/covenants/2026/board", bloc)
                .then()
                .body("signedCount", equalTo(0))
                .body("revision", equalTo(2));

        given().auth()
                .oauth2(world.leaderOf(1))
                .contentType(ContentType.JSON)
                .body(Map.of("textSha256", oldSha))
                .post("/api/v1/blocs/{id}/covenants/2026/signatures", bloc)
                .then()
                .statusCode(409)
                .body("detail", containsString("khác với văn bản giao ước đang ký kết"));
        given().auth()
                .oauth2(world.leaderOf(1))
                .get("/api/v1/blocs/{id}/covenants/2026", bloc)
                .then()
                .body("signable", is(true))
                .body("mySignature", nullValue());
        assertEquals(201, sign(world.leaderOf(1), bloc, 2026));
    }

    @Test
    void theLifecycleRefusesWhatIsOutOfTurn() {
        BlocWorld world = BlocWorld.create();
        UUID bloc = world.blocWithMembers(LocalDate.of(2025, 1, 1));
        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(draft(null, CLAUSES))
                .put("/api/v1/blocs/{id}/covenants/2025", bloc)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(world.leaderOf(0))
                .contentType(ContentType.JSON)
                .body(Map.of("textSha256", "0".repeat(64)))
                .post("/api/v1/blocs/{id}/covenants/2025/signatures", bloc)
                .then()
                .statusCode(422)
                .body("detail", containsString("chưa được mở ký kết"));
        given().auth()
                .oauth2(world.officer())
                .post("/api/v1/blocs/{id}/covenants/2025/close", bloc)
                .then()
                .statusCode(422);
        given().auth()
                .oauth2(world.officer())
                .post("/api/v1/blocs/{id}/covenants/2025/open", bloc)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(world.officer())
                .post("/api/v1/blocs/{id}/covenants/2025/open", bloc)
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(world.officer())
                .post("/api/v1/blocs/{id}/covenants/2025/close", bloc)
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"));
        given().auth()
                .oauth2(world.leaderOf(0))
                .contentType(ContentType.JSON)
                .body(Map.of("textSha256", read(world.leaderOf(0), bloc, 2025).getString("textSha256")))
                .post("/api/v1/blocs/{id}/covenants/2025/signatures", bloc)
                .then()
                .statusCode(422)
                .body("detail", containsString("đã kết thúc"));

        UUID other = openCovenant(world, 2026);
        TestClock.today(LocalDate.of(2026, 11, 30));
        given().auth()
                .oauth2(world.officer())
                .post("/api/v1/blocs/{id}/covenants/2026/close", other)
                .then()
                .statusCode(422)
                .body("detail", containsString("cuối năm"));
        TestClock.today(LocalDate.of(2026, 12, 1));
        given().auth()
                .oauth2(world.officer())
                .post("/api/v1/blocs/{id}/covenants/2026/close", other)
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"));
        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Giao ước", "clauses", List.of(Map.of("content", "Điều 1", "maxPoints", 0))))
                .put("/api/v1/blocs/{id}/covenants/2027", other)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("clauses[0].maxPoints"));
    }

    @Test
    void theHeadsLeaderRunsTheCovenantButOtherMembersDoNot() {
        BlocWorld world = BlocWorld.create();
        UUID bloc = world.blocWithMembers(LocalDate.of(2025, 1, 1));
        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "headUnitId",
                        world.units.get(0),
                        "deputyUnitId",
                        world.units.get(8),
                        "method",
                        "APPOINTED",
                        "decidedOn",
                        "2026-01-05"))
                .put("/api/v1/blocs/{id}/terms/2026", bloc)
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(world.leaderOf(8))
                .contentType(ContentType.JSON)
                .body(draft(null, CLAUSES))
                .put("/api/v1/blocs/{id}/covenants/2026", bloc)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(world.leaderOf(0))
                .contentType(ContentType.JSON)
                .body(draft(null, CLAUSES))
                .put("/api/v1/blocs/{id}/covenants/2026", bloc)
                .then()
                .statusCode(200)
                .body("manageable", is(true));
        given().auth()
                .oauth2(world.leaderOf(0))
                .post("/api/v1/blocs/{id}/covenants/2026/open", bloc)
                .then()
                .statusCode(200);
    }

    @Test
    void aLeaderSeesTheSignatureTheyOweAmongTheirTasksUntilTheySign() {
        BlocWorld world = BlocWorld.create();
        UUID bloc = openCovenant(world, 2026);
        given().auth()
                .oauth2(world.leaderOf(6))
                .get("/api/v1/tasks/mine")
                .then()
                .statusCode(200)
                .body("items.kind", hasItem("SIGN"))
                .body("items.link", hasItem("/blocs/" + bloc + "/covenants/2026/sign"));
        sign(world.leaderOf(6), bloc, 2026);
        given().auth()
                .oauth2(world.leaderOf(6))
                .get("/api/v1/tasks/mine")
                .then()
                .body("items.link", not(hasItem("/blocs/" + bloc + "/covenants/2026/sign")));
    }

    @Test
    void whenTheLastUnsignedMemberLeavesTheCovenantComesIntoForce() {
        BlocWorld world = BlocWorld.create();
        UUID bloc = openCovenant(world, 2026);
        for (int i = 0; i < 11; i++) {
            sign(world.leaderOf(i), bloc, 2026);
        }
        String membership = given().auth()
                .oauth2(world.officer())
                .get("/api/v1/blocs/{id}/members", bloc)
                .then()
                .extract()
                .path("find { it.unit.id == '" + world.units.get(11) + "' }.membershipId");
        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("leftOn", TestClock.today().toString(), "reason", "Giải thể theo quyết định của cấp trên"))
                .post("/api/v1/blocs/{id}/members/{m}/end", bloc, membership)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(world.officer())
                .get("/api/v1/blocs/{id}/covenants/2026/board", bloc)
                .then()
                .body("memberCount", equalTo(11))
                .body("allSigned", is(true))
                .body("status", equalTo("IN_FORCE"));
    }

    private static String type(ConsumerRecord<String, String> record) {
        return JsonPath.from(record.value()).getString("type");
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
