package vn.thidua.bloc.term;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.thidua.bloc.AwardTopic;
import vn.thidua.bloc.BlocWorld;
import vn.thidua.platform.parking.ParkedNotice;
import vn.thidua.platform.testing.TopicRecords;

/**
 * The voting engine's bloc election results arrive on thidua.awards.v1, written here as award-service will. One the bloc
 * cannot take is parked, shown with its reason to whoever runs the bloc (the term list, their tasks) and reported to
 * award-service on thidua.deliveries.v1; after a fix it is applied again.
 */
@QuarkusTest
class ElectionResultListenerTest {

    /** the management interface (its root path, /q/): health, metrics and OpenAPI are only there */
    @TestHTTPResource(value = "/", management = true)
    URI management;

    static String decided(
            String eventId, UUID session, UUID bloc, int year, UUID head, UUID deputy, LocalDate decidedOn) {
        return AwardTopic.event(eventId, ElectionResultListener.ELECTION_DECIDED, session, """
                {"sessionId":"%s","blocId":"%s","year":%d,"headUnitId":"%s","deputyUnitId":"%s",
                 "decidedOn":"%s","voters":12,"headVotes":9,"deputyVotes":8}""".formatted(
                        session, bloc, year, head, deputy, decidedOn));
    }

    static void send(UUID key, String payload) throws Exception {
        AwardTopic.send(key, payload);
    }

    /** The open parked event whose Kafka key is {@code key}, as an admin lists them; null while there is none. */
    static Map<String, Object> parked(UUID key) {
        List<Map<String, Object>> all = given().auth()
                .oauth2(BlocWorld.admin())
                .get("/api/v1/parked-events/bloc")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        return all.stream()
                .filter(p -> key.toString().equals(p.get("messageKey")))
                .findFirst()
                .orElse(null);
    }

    @Test
    void aClosedElectionSetsTheTermOnceWithTheConferencesDateEvenIfDeliveredTwice() throws Exception {
        BlocWorld world = BlocWorld.create();
        UUID bloc = world.blocWithMembers(LocalDate.of(2025, 1, 1));
        UUID session = UUID.randomUUID();
        // the year-end conference of 6 February 2026, recorded in the system months later
        String event = decided(
                UUID.randomUUID().toString(),
                session,
                bloc,
                2026,
                world.units.get(8),
                world.units.get(3),
                LocalDate.of(2026, 2, 6));

        send(session, event);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().auth()
                        .oauth2(world.officer())
                        .get("/api/v1/blocs/{id}/terms/2026", bloc)
                        .then()
                        .statusCode(200)
                        .body("head.id", equalTo(world.units.get(8).toString()))
                        .body("votingSessionId", equalTo(session.toString()))
                        .body("method", equalTo("ELECTED"))
                        .body("decidedOn", equalTo("2026-02-06"))
                        .body("headVotes", equalTo(9))
                        .body("setBy", equalTo("voting-engine")));

        send(session, event);
        UUID marker = UUID.randomUUID();
        send(
                marker,
                decided(
                        UUID.randomUUID().toString(),
                        marker,
                        UUID.randomUUID(),
                        2026,
                        world.units.get(0),
                        world.units.get(1),
                        LocalDate.of(2026, 2, 6)));
        Map<String, Object> unknownBloc =
                await().atMost(Duration.ofSeconds(30)).until(() -> parked(marker), p -> p != null);
        assertTrue(unknownBloc.get("reason").toString().contains("khối"), unknownBloc.toString());
        given().auth()
                .oauth2(world.officer())
                .get("/api/v1/blocs/{id}/terms/2026", bloc)
                .then()
                .body("version", equalTo(0));
    }

    @Test
    void aRefusedElectionIsShownWithItsReasonReportedToTheVotingEngineAndAppliedAfterAFix() throws Exception {
        BlocWorld world = BlocWorld.create();
        UUID bloc = world.blocWithMembers(LocalDate.of(2025, 1, 1));
        UUID outsider = world.createUnit("Sở Nội vụ " + world.suffix, "AGENCY", world.province);
        UUID session = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();

        send(session, decided(eventId, session, bloc, 2027, outsider, world.units.get(3), LocalDate.of(2027, 1, 20)));

        Map<String, Object> parked =
                await().atMost(Duration.ofSeconds(30)).until(() -> parked(session), p -> p != null);
        String parkedId = parked.get("id").toString();
        assertEquals("headUnitId", parked.get("field"));
        given().auth()
                .oauth2(world.officer())
                .get("/api/v1/blocs/{id}/terms/unapplied", bloc)
                .then()
                .statusCode(200)
                .body("[0].parkedId", equalTo(parkedId))
                .body("[0].year", equalTo(2027))
                .body("[0].decidedOn", equalTo("2027-01-20"))
                .body("[0].votingSessionId", equalTo(session.toString()))
                .body("[0].head.id", equalTo(outsider.toString()))
                .body("[0].reason", containsString("không phải thành viên"))
                .body("[0].resolvable", equalTo(true));
        given().auth()
                .oauth2(world.leaderOf(5))
                .get("/api/v1/blocs/{id}/terms/unapplied", bloc)
                .then()
                .statusCode(200)
                .body("[0].resolvable", equalTo(false));
        given().auth()
                .oauth2(world.officer())
                .get("/api/v1/tasks/mine?size=100")
                .then()
                .statusCode(200)
                .body("items.id", hasItem("parked-" + parkedId))
                .body("items.find { it.id == 'parked-" + parkedId + "' }.kind", equalTo("RESOLVE"));
        given().auth()
                .oauth2(world.leaderOf(5))
                .get("/api/v1/tasks/mine?size=100")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem("parked-" + parkedId)));
        given().get(management.resolve("/q/health/well")).then().statusCode(503).body(containsString("events parked"));

        ConsumerRecord<String, String> notice = deliveries(eventId, ParkedNotice.PARKED);
        JsonPath data = JsonPath.from(notice.value());
        assertEquals(
                "/thidua/award-service",
                data.getString("data.eventSource"),
                "reported to the service whose event it was");
        assertEquals(session.toString(), data.getString("data.subject"));
        assertEquals("bloc", data.getString("data.service"));
        assertTrue(data.getString("data.reason").contains("không phải thành viên"), data.getString("data.reason"));

        given().auth()
                .oauth2(world.leaderOf(5))
                .post("/api/v1/parked-events/bloc/{id}/retry", parkedId)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(world.officer())
                .post("/api/v1/parked-events/bloc/{id}/retry", parkedId)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("lần thử thứ 2"))
                .body("detail", containsString("không phải thành viên"));

        // the fix: the unit the members elected joins the bloc from the new year
        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("unitIds", List.of(outsider), "joinedOn", "2027-01-01", "reason", "Bổ sung thành viên"))
                .post("/api/v1/blocs/{id}/members", bloc)
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(world.officer())
                .post("/api/v1/parked-events/bloc/{id}/retry", parkedId)
                .then()
                .statusCode(200)
                .body("resolution", equalTo("APPLIED"))
                .body("attempts", equalTo(3));
        given().auth()
                .oauth2(world.officer())
                .get("/api/v1/blocs/{id}/terms/2027", bloc)
                .then()
                .statusCode(200)
                .body("head.id", equalTo(outsider.toString()))
                .body("decidedOn", equalTo("2027-01-20"));
        given().auth()
                .oauth2(world.officer())
                .get("/api/v1/blocs/{id}/terms/unapplied", bloc)
                .then()
                .body("size()", equalTo(0));
        given().auth()
                .oauth2(world.officer())
                .post("/api/v1/parked-events/bloc/{id}/retry", parkedId)
                .then()
                .statusCode(409);
        assertEquals(
                "APPLIED",
                JsonPath.from(deliveries(eventId, ParkedNotice.RESOLVED).value())
                        .getString("data.resolution"));
    }

    @Test
    void anOfficerMaySetAResultAsideWithAReason() throws Exception {
        BlocWorld world = BlocWorld.create();
        UUID bloc = world.blocWithMembers(LocalDate.of(2025, 1, 1));
        UUID session = UUID.randomUUID();
        send(
                session,
                decided(
                        UUID.randomUUID().toString(),
                        session,
                        bloc,
                        2027,
                        world.units.get(1),
                        world.units.get(1),
                        LocalDate.of(2027, 1, 20)));
        String parkedId = await().atMost(Duration.ofSeconds(30))
                .until(() -> parked(session), p -> p != null)
                .get("id")
                .toString();

        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/v1/parked-events/bloc/{id}/set-aside", parkedId)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("note"));
        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("note", "Hội nghị đã bầu lại; nhiệm kỳ ghi theo biên bản"))
                .post("/api/v1/parked-events/bloc/{id}/set-aside", parkedId)
                .then()
                .statusCode(200)
                .body("resolution", equalTo("SET_ASIDE"))
                .body("resolvedBy", equalTo("officer." + world.suffix));
        given().auth()
                .oauth2(world.officer())
                .get("/api/v1/blocs/{id}/terms/unapplied", bloc)
                .then()
                .body("size()", equalTo(0));
    }

    private static ConsumerRecord<String, String> deliveries(String eventId, String type) {
        return TopicRecords.read(
                        ParkedNotice.TOPIC,
                        read -> read.stream()
                                .anyMatch(r ->
                                        r.key().equals(eventId) && r.value().contains(type)),
                        Duration.ofSeconds(30))
                .stream()
                .filter(r -> r.key().equals(eventId) && r.value().contains(type))
                .reduce((first, second) -> second)
                .orElseThrow();
    }
}
