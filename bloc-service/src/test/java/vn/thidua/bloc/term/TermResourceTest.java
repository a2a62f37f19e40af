package vn.thidua.bloc.term;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.thidua.bloc.BlocWorld;
import vn.thidua.bloc.blocs.BlocEvents;
import vn.thidua.bloc.membership.MembershipEvents;
import vn.thidua.platform.testing.TopicRecords;

@QuarkusTest
class TermResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Thanh tra tỉnh (index 0) elected head and Công an tỉnh (index 8) deputy at the year-end meeting. */
    static Map<String, Object> election(BlocWorld world, int head, int deputy) {
        Map<String, Object> body = new HashMap<>();
        body.put("headUnitId", world.units.get(head));
        body.put("deputyUnitId", world.units.get(deputy));
        body.put("method", "ELECTED");
        body.put("decidedOn", "2025-12-20");
        body.put("voters", 12);
        body.put("headVotes", 11);
        body.put("deputyVotes", 10);
        return body;
    }

    @Test
    void theMembersElectAHeadAndADeputyForTheYear() {
        BlocWorld world = BlocWorld.create();
        UUID bloc = world.blocWithMembers(LocalDate.of(2025, 1, 1));

        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(election(world, 0, 8))
                .put("/api/v1/blocs/{id}/terms/2026", bloc)
                .then()
                .statusCode(200)
                .body("year", equalTo(2026))
                .body("head.name", containsString("Thanh tra tỉnh"))
                .body("deputy.name", containsString("Công an tỉnh"))
                .body("method", equalTo("ELECTED"))
                .body("headVotes", equalTo(11))
                .body("version", equalTo(0));

        given().auth()
                .oauth2(world.leaderOf(5))
                .get("/api/v1/blocs/{id}/terms", bloc)
                .then()
                .statusCode(200)
                .body("[0].year", equalTo(2026));
        given().auth()
                .oauth2(world.leaderOf(5))
                .queryParam("on", "2026-03-01")
                .get("/api/v1/blocs/{id}/members", bloc)
                .then()
                .body("find { it.unit.id == '" + world.units.get(0) + "' }.termRole", equalTo("HEAD"))
                .body("find { it.unit.id == '" + world.units.get(8) + "' }.termRole", equalTo("DEPUTY"));

        List<ConsumerRecord<String, String>> events = TopicRecords.read(
                        BlocEvents.TOPIC,
                        read -> read.stream()
                                .anyMatch(r -> r.key().equals(bloc.toString())
                                        && r.value().contains(TermEvents.SET)),
                        Duration.ofSeconds(20))
                .stream()
                .filter(r -> r.key().equals(bloc.toString()))
                .toList();
        List<String> types = events.stream().map(r -> field(r, "type")).toList();
        assertEquals(12, types.stream().filter(MembershipEvents.CHANGED::equals).count(), types.toString());
        assertEquals(TermEvents.SET, types.get(types.size() - 1));
        JsonNode term = json(events.get(events.size() - 1)).get("data");
        assertEquals(world.units.get(0).toString(), term.get("headUnitId").asText());
        assertEquals(2026, term.get("year").asInt());
    }

    @Test
    void theRulesOfATermNameTheField() {
        BlocWorld world = BlocWorld.create();
        UUID bloc = world.blocWithMembers(LocalDate.of(2025, 1, 1));

        expectField(world, bloc, 2026, with(election(world, 3, 3), Map.of()), "deputyUnitId", "hai đơn vị khác nhau");
        UUID outsider = world.createUnit("Sở Nội vụ " + world.suffix, "AGENCY", world.province);
        expectField(
                world,
                bloc,
                2026,
                with(election(world, 0, 8), Map.of("headUnitId", outsider)),
                "headUnitId",
                "không phải thành viên");
        expectField(
                world, bloc, 2026, with(election(world, 0, 8), Map.of("headVotes", 13)), "headVotes", "không quá 12");
        expectField(
                world,
                bloc,
                2026,
                with(election(world, 0, 8), Map.of("voters", 20)),
                "voters",
                "lớn hơn số thành viên");
        expectField(
                world,
                bloc,
                2026,
                with(election(world, 0, 8), Map.of("decidedOn", "2027-01-05")),
                "decidedOn",
                "năm 2025 hoặc năm 2026");
        Map<String, Object> appointed = with(election(world, 0, 8), Map.of("method", "APPOINTED"));
        expectField(world, bloc, 2026, appointed, "voters", "chỉ ghi số phiếu");
        expectField(world, bloc, 1999, election(world, 0, 8), "year", "năm phải từ");

        given().auth()
                .oauth2(world.officer())
                .get("/api/v1/blocs/{id}/terms", bloc)
                .then()
                .body("size()", equalTo(0));
    }

    @Test
    void replacingATermNeedsItsVersion() {
        BlocWorld world = BlocWorld.create();
        UUID bloc = world.blocWithMembers(LocalDate.of(2025, 1, 1));
        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(election(world, 0, 8))
                .put("/api/v1/blocs/{id}/terms/2026", bloc)
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(election(world, 1, 8))
                .put("/api/v1/blocs/{id}/terms/2026", bloc)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(with(election(world, 1, 8), Map.of("version", 0)))
                .put("/api/v1/blocs/{id}/terms/2026", bloc)
                .then()
                .statusCode(200)
                .body("head.id", equalTo(world.units.get(1).toString()))
                .body("version", equalTo(1));
    }

    @Test
    void theOutgoingHeadsLeaderHandsOverButNoOtherLeaderMay() {
        BlocWorld world = BlocWorld.create();
        UUID bloc = world.blocWithMembers(LocalDate.of(2025, 1, 1));
        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(election(world, 0, 8))
                .put("/api/v1/blocs/{id}/terms/2026", bloc)
                .then()
                .statusCode(200);

        Map<String, Object> next = with(election(world, 8, 3), Map.of("decidedOn", "2026-12-18"));
        given().auth()
                .oauth2(world.leaderOf(5))
                .contentType(ContentType.JSON)
                .body(next)
                .put("/api/v1/blocs/{id}/terms/2027", bloc)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(world.unitOfficerOf(0))
                .contentType(ContentType.JSON)
                .body(next)
                .put("/api/v1/blocs/{id}/terms/2027", bloc)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(world.leaderOf(0))
                .contentType(ContentType.JSON)
                .body(next)
                .put("/api/v1/blocs/{id}/terms/2027", bloc)
                .then()
                .statusCode(200)
                .body("head.id", equalTo(world.units.get(8).toString()))
                .body("setBy", containsString("leader.0"));
    }

    private static void expectField(
            BlocWorld world, UUID bloc, int year, Map<String, Object> body, String field, String message) {
        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/blocs/{id}/terms/{year}", bloc, year)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", containsString(message));
    }

    private static Map<String, Object> with(Map<String, Object> base, Map<String, Object> changes) {
        Map<String, Object> copy = new HashMap<>(base);
        copy.putAll(changes);
        return copy;
    }

    private static JsonNode json(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String field(ConsumerRecord<String, String> record, String name) {
        return json(record).get(name).asText();
    }
}
