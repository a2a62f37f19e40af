package vn.thidua.bloc.scoring;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.thidua.bloc.BlocWorld;
import vn.thidua.bloc.blocs.BlocEvents;
import vn.thidua.bloc.covenant.CovenantResourceTest;
import vn.thidua.platform.testing.TopicRecords;

@QuarkusTest
class ScoringResourceTest {

    /** Six clauses of at most 10 points each; unit i gives itself 9 on each except clause 6, where it gives 9 - i/2. */
    static List<Map<String, Object>> points(double lastClause) {
        List<Map<String, Object>> points = new ArrayList<>();
        for (int clause = 1; clause <= 5; clause++) {
            points.add(Map.of("clause", clause, "points", 9));
        }
        points.add(Map.of("clause", 6, "points", lastClause));
        return points;
    }

    static int score(String token, UUID bloc, UUID scored, List<Map<String, Object>> points) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("points", points))
                .put("/api/v1/blocs/{id}/scoring/2026/scorecards/{unit}", bloc, scored)
                .then()
                .extract()
                .statusCode();
    }

    static UUID openScoring(BlocWorld world) {
        UUID bloc = CovenantResourceTest.inForceCovenant(world);
        // opening takes no body: one is refused, not read and ignored
        given().auth()
                .oauth2(world.officer())
                .contentType("application/octet-stream")
                .body(new byte[1024 * 1024])
                .post("/api/v1/blocs/{id}/scoring/2026", bloc)
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(world.officer())
                .post("/api/v1/blocs/{id}/scoring/2026", bloc)
                .then()
                .statusCode(201)
                .body("status", equalTo("OPEN"))
                .body("criteria", hasSize(6))
                .body("maxTotal", equalTo(60.0f));
        return bloc;
    }

    @Test
    void membersScoreThemselvesTheHeadClosesAndConfirmsTheLeaderForTheFlag() {
        BlocWorld world = BlocWorld.create();
        UUID bloc = openScoring(world);
        String scoringLink = "/blocs/" + bloc + "?tab=scoring";
        given().auth()
                .oauth2(world.unitOfficerOf(0))
                .get("/api/v1/tasks/mine")
                .then()
                .body("items.link", org.hamcrest.Matchers.hasItem(scoringLink));
        for (int i = 0; i < 12; i++) {
            // units 2 and 3 tie (same points on clause 6)
            double last = i == 3 ? 8 : 9 - i / 2.0;
            assertEquals(200, score(world.leaderOf(i), bloc, world.units.get(i), points(last)), "unit " + i);
        }
        given().auth()
                .oauth2(world.unitOfficerOf(0))
                .get("/api/v1/tasks/mine")
                .then()
                .body("items.link", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(scoringLink)));
        JsonPath closed = given().auth()
                .oauth2(world.officer())
                .post("/api/v1/blocs/{id}/scoring/2026/close", bloc)
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .extract()
                .jsonPath();
        assertEquals(world.units.get(0).toString(), closed.getString("ranking[0].unit.id"));
        assertEquals(54.0f, closed.getFloat("ranking[0].score"));
        assertEquals(List.of(3, 3), closed.getList("ranking.findAll { it.tied }.rank"));
        assertEquals(5, closed.getInt("ranking.find { it.unit.id == '" + world.units.get(4) + "' }.rank"));

        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "flagUnitIds",
                        List.of(world.units.get(0)),
                        "meritUnitIds",
                        List.of(world.units.get(1), world.units.get(2))))
                .post("/api/v1/blocs/{id}/scoring/2026/confirm", bloc)
                .then()
                .statusCode(200)
                .body("status", equalTo("CONFIRMED"))
                .body("ranking[0].proposal", equalTo("EMULATION_FLAG"))
                .body("ranking.findAll { it.proposal == 'CERTIFICATE_OF_MERIT' }", hasSize(2));

        ConsumerRecord<String, String> event = TopicRecords.read(
                        BlocEvents.TOPIC,
                        read -> read.stream()
                                .anyMatch(r -> r.key().equals(bloc.toString())
                                        && r.value().contains(ScoringEvents.RANKING_CONFIRMED)),
                        Duration.ofSeconds(20))
                .stream()
                .filter(r -> r.key().equals(bloc.toString()) && r.value().contains(ScoringEvents.RANKING_CONFIRMED))
                .findFirst()
                .orElseThrow();
        JsonPath data = JsonPath.from(event.value()).setRootPath("data");
        assertEquals(2026, data.getInt("year"));
        assertEquals(12, data.getList("ranking").size());
        assertEquals("EMULATION_FLAG", data.getString("ranking[0].proposal"));
        assertEquals(world.units.get(0).toString(), data.getString("ranking[0].unitId"));
        assertEquals(1, data.getInt("ranking[0].rank"));
    }

    @Test
    void aScoreAboveTheClausesMaximumOrAMissingClauseIsRefused() {
        BlocWorld world = BlocWorld.create();
        UUID bloc = openScoring(world);
        List<Map<String, Object>> tooMany = points(11);
        given().auth()
                .oauth2(world.leaderOf(0))
                .contentType(ContentType.JSON)
                .body(Map.of("points", tooMany))
                .put("/api/v1/blocs/{id}/scoring/2026/scorecards/{unit}", bloc, world.units.get(0))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("points[5].points"))
                .body("errors[0].message", containsString("vượt điểm tối đa 10"));
        given().auth()
                .oauth2(world.leaderOf(0))
                .contentType(ContentType.JSON)
                .body(Map.of("points", points(9).subList(0, 5)))
                .put("/api/v1/blocs/{id}/scoring/2026/scorecards/{unit}", bloc, world.units.get(0))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("points"))
                .body("errors[0].message", containsString("điều khoản 6"));
        given().auth()
                .oauth2(world.leaderOf(0))
                .contentType(ContentType.JSON)
                .body(Map.of("points", List.of(Map.of("clause", 1, "points", -1))))
                .put("/api/v1/blocs/{id}/scoring/2026/scorecards/{unit}", bloc, world.units.get(0))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("points[0].points"));
        assertEquals(
                403, score(world.leaderOf(0), bloc, world.units.get(1), points(9)), "no cross-scoring in this bloc");
        assertEquals(403, score(world.officer(), bloc, world.units.get(1), points(9)), "an officer does not score");
        given().auth()
                .oauth2(world.leaderOf(0))
                .get("/api/v1/blocs/{id}/scoring/2026/scorecards", bloc)
                .then()
                .statusCode(200)
                .body("", hasSize(0));
    }

    @Test
    void crossScoringAveragesWhatEveryMemberGave() {
        BlocWorld world = BlocWorld.create();
        UUID bloc = CovenantResourceTest.inForceCovenant(world);
        long version = given().auth()
                .oauth2(world.officer())
                .get("/api/v1/blocs/{id}", bloc)
                .then()
                .extract()
                .jsonPath()
                .getLong("version");
        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "code",
                        "KTĐ-1",
                        "name",
                        "Khối thi đua số 3",
                        "kind",
                        "BLOC",
                        "crossScoring",
                        true,
                        "version",
                        version))
                .put("/api/v1/blocs/{id}", bloc)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(world.officer())
                .post("/api/v1/blocs/{id}/scoring/2026", bloc)
                .then()
                .statusCode(201)
                .body("crossScoring", is(true));

        for (int i = 0; i < 12; i++) {
            score(world.unitOfficerOf(i), bloc, world.units.get(i), points(9));
        }
        assertEquals(200, score(world.unitOfficerOf(1), bloc, world.units.get(0), points(3)));
        given().auth()
                .oauth2(world.unitOfficerOf(1))
                .get("/api/v1/blocs/{id}/scoring/2026/scorecards", bloc)
                .then()
                .body("", hasSize(2));
        JsonPath closed = given().auth()
                .oauth2(world.officer())
                .post("/api/v1/blocs/{id}/scoring/2026/close", bloc)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String unit0 = "ranking.find { it.unit.id == '" + world.units.get(0) + "' }";
        assertEquals(51.0f, closed.getFloat(unit0 + ".score"), "(54 + 48) / 2");
        assertEquals(2, closed.getInt(unit0 + ".scorerCount"));
        assertEquals(12, closed.getInt(unit0 + ".rank"));
    }

    @Test
    void theOrderOfTheYearIsEnforced() {
        BlocWorld world = BlocWorld.create();
        UUID bloc = CovenantResourceTest.openCovenant(world, 2026);
        given().auth()
                .oauth2(world.officer())
                .post("/api/v1/blocs/{id}/scoring/2026", bloc)
                .then()
                .statusCode(422)
                .body("detail", containsString("đã có hiệu lực"));

        BlocWorld other = BlocWorld.create();
        UUID scored = openScoring(other);
        given().auth()
                .oauth2(other.officer())
                .post("/api/v1/blocs/{id}/scoring/2026", scored)
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(other.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("flagUnitIds", List.of(other.units.get(0))))
                .post("/api/v1/blocs/{id}/scoring/2026/confirm", scored)
                .then()
                .statusCode(422)
                .body("detail", containsString("khóa sổ"));
        score(other.leaderOf(0), scored, other.units.get(0), points(9));
        given().auth()
                .oauth2(other.officer())
                .post("/api/v1/blocs/{id}/scoring/2026/close", scored)
                .then()
                .statusCode(422)
                .body("detail", containsString("còn 11 đơn vị chưa tự chấm điểm"));
        for (int i = 1; i < 12; i++) {
            score(other.leaderOf(i), scored, other.units.get(i), points(i == 5 ? 10 : 8));
        }
        given().auth()
                .oauth2(other.leaderOf(3))
                .post("/api/v1/blocs/{id}/scoring/2026/close", scored)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(other.officer())
                .post("/api/v1/blocs/{id}/scoring/2026/close", scored)
                .then()
                .statusCode(200);
        assertEquals(
                422, score(other.leaderOf(0), scored, other.units.get(0), points(10)), "closed scoring cannot change");
        given().auth()
                .oauth2(other.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("flagUnitIds", List.of(other.units.get(0))))
                .post("/api/v1/blocs/{id}/scoring/2026/confirm", scored)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("flagUnitIds[0]"))
                .body("errors[0].message", containsString("không phải đơn vị dẫn đầu"));
        given().auth()
                .oauth2(other.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("flagUnitIds", List.of(other.units.get(5)), "meritUnitIds", List.of(other.units.get(5))))
                .post("/api/v1/blocs/{id}/scoring/2026/confirm", scored)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("meritUnitIds[0]"));
        given().auth()
                .oauth2(other.officer())
                .get("/api/v1/blocs/{id}/scoring/2026", scored)
                .then()
                .body("status", equalTo("CLOSED"));
    }
}
