package vn.thidua.award.voting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.thidua.award.Kontum;
import vn.thidua.platform.honours.AwardEvents;
import vn.thidua.platform.parking.ParkedNotice;
import vn.thidua.platform.testing.EventWriter;
import vn.thidua.platform.testing.TestClock;
import vn.thidua.platform.testing.TestTokens;
import vn.thidua.platform.testing.TopicRecords;
import vn.thidua.replicas.testing.Directory;

/**
 * A bloc's year-end conference recorded after the fact: dated on its day (6 February 2026), it elects 2026's head and
 * deputy; until that term is decided the outgoing head (2025's) runs the bloc's sessions, with the organizer's officers.
 * What the count decides carries the conference's date, and what bloc-service refuses comes back to the session.
 */
@QuarkusTest
class YearEndHandoverTest {

    static final LocalDate CONFERENCE = LocalDate.of(2026, 2, 6);

    record Bloc(Kontum k, UUID id, List<UUID> units) {

        String leader(int i) {
            return TestTokens.user("lanhdao." + units.get(i))
                    .name("Lãnh đạo đơn vị " + i)
                    .roles("unit-leader")
                    .unit(units.get(i))
                    .get();
        }
    }

    @AfterEach
    void backToToday() {
        TestClock.reset();
    }

    /** Six members since 2025; 2025's head is the first unit, its deputy the second; 2026's term is not set yet. */
    static Bloc bloc() throws Exception {
        Kontum k = Kontum.create();
        UUID bloc = Directory.bloc("Khối thi đua số 3", k.province());
        List<UUID> units = new ArrayList<>();
        for (String name : List.of(
                "Thanh tra tỉnh",
                "Trại giam Đắk Tân",
                "Tòa án nhân dân tỉnh",
                "Sở Tư pháp",
                "Công an tỉnh",
                "Cục Thi hành án dân sự tỉnh")) {
            UUID unit = Directory.unit(name + " " + bloc.toString().substring(0, 4), k.province(), true);
            Directory.member(bloc, unit, LocalDate.of(2025, 1, 1));
            units.add(unit);
        }
        Directory.term(bloc, 2025, units.get(0), units.get(1));
        return new Bloc(k, bloc, units);
    }

    static Map<String, Object> yearEnd(Bloc b, LocalDate heldOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "BLOC");
        body.put("blocId", b.id());
        body.put("title", "Hội nghị tổng kết công tác thi đua năm 2025, bầu Trưởng khối, Phó khối năm 2026");
        body.put("heldOn", heldOn.toString());
        body.put("electionYear", 2026);
        body.put("opensAt", OffsetDateTime.now().minusMinutes(1).toString());
        body.put("closesAt", OffsetDateTime.now().plusHours(2).toString());
        body.put(
                "questions",
                List.of(
                        Map.of(
                                "kind",
                                "APPROVAL",
                                "unitId",
                                b.units().get(0),
                                "title",
                                "Suy tôn Thanh tra tỉnh dẫn đầu khối năm 2025"),
                        Map.of(
                                "kind",
                                "ELECTION",
                                "role",
                                "HEAD",
                                "options",
                                List.of(
                                        Map.of("unitId", b.units().get(2)),
                                        Map.of("unitId", b.units().get(3)))),
                        Map.of(
                                "kind",
                                "ELECTION",
                                "role",
                                "DEPUTY",
                                "options",
                                List.of(
                                        Map.of("unitId", b.units().get(4)),
                                        Map.of("unitId", b.units().get(5))))));
        return body;
    }

    @Test
    void theOutgoingHeadRunsTheConferenceAndTheElectionCarriesItsDate() throws Exception {
        Bloc b = bloc();
        Map<String, Object> body = yearEnd(b, CONFERENCE);
        CouncilSessionTest.open(b.leader(3), body)
                .then()
                .statusCode(403)
                .body("detail", containsString("Trưởng khối năm trước"));
        JsonPath opened = CouncilSessionTest.open(b.leader(0), body)
                .then()
                .statusCode(201)
                .body("heldOn", equalTo("2026-02-06"))
                .body("electorate", equalTo(6))
                .body("me.organizer", equalTo(true))
                .extract()
                .jsonPath();
        String id = opened.getString("id");
        List<String> q = opened.getList("questions.id");
        String[] units = b.units().stream().map(UUID::toString).toArray(String[]::new);
        for (int i = 0; i < 6; i++) {
            CouncilSessionTest.cast(
                            b.leader(i),
                            id,
                            CouncilSessionTest.in(
                                    q.get(0), "AGREE", q.get(1), units[i < 4 ? 2 : 3], q.get(2), units[4]))
                    .then()
                    .statusCode(201);
        }
        given().auth()
                .oauth2(b.leader(0))
                .queryParam("version", opened.getInt("version"))
                .post("/api/v1/voting-sessions/{id}/close", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"));

        ConsumerRecord<String, String> decided = TopicRecords.read(
                        AwardEvents.TOPIC,
                        read -> read.stream()
                                .anyMatch(r ->
                                        r.key().equals(id) && r.value().contains(VotingEvents.BLOC_ELECTION_DECIDED)),
                        Duration.ofSeconds(30))
                .stream()
                .filter(r -> r.key().equals(id) && r.value().contains(VotingEvents.BLOC_ELECTION_DECIDED))
                .findFirst()
                .orElseThrow();
        JsonPath event = JsonPath.from(decided.value());
        assertEquals(
                "2026-02-06", event.getString("data.decidedOn"), "the conference's day, not the day it was counted");
        assertEquals(2026, event.getInt("data.year"));
        assertEquals(units[2], event.getString("data.headUnitId"));

        // bloc-service reports the new term, decided at that conference: the outgoing head still runs that session,
        // but a session after it belongs to the new head
        Directory.term(b.id(), 2026, b.units().get(2), b.units().get(4), CONFERENCE);
        given().auth()
                .oauth2(b.leader(0))
                .get("/api/v1/voting-sessions/{id}", id)
                .then()
                .statusCode(200)
                .body("me.organizer", equalTo(true));
        Map<String, Object> later = yearEnd(b, LocalDate.of(2026, 3, 2));
        later.remove("electionYear");
        later.put(
                "questions",
                List.of(Map.of(
                        "kind", "APPROVAL", "unitId", b.units().get(1), "title", "Biểu dương Trại giam Đắk Tân")));
        CouncilSessionTest.open(b.leader(0), later).then().statusCode(403);
        CouncilSessionTest.open(b.leader(2), later).then().statusCode(201);
    }

    @Test
    void theOrganizingOfficerRunsItToo() throws Exception {
        Bloc b = bloc();
        CouncilSessionTest.open(b.k().secretariat(), yearEnd(b, CONFERENCE))
                .then()
                .statusCode(201)
                .body("me.organizer", equalTo(true));
        String outsider = TestTokens.user("officer.other")
                .roles("officer")
                .unit(UUID.randomUUID())
                .get();
        CouncilSessionTest.open(outsider, yearEnd(b, CONFERENCE)).then().statusCode(403);
    }

    /** Without a date of record the session is dated the day its window opens, in Vietnam. */
    @Test
    void theDateOfRecordIsCheckedAgainstTheElectionYearAndTheWindow() throws Exception {
        Bloc b = bloc();
        CouncilSessionTest.open(b.leader(0), yearEnd(b, LocalDate.of(2024, 12, 20)))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("heldOn"))
                .body("errors[0].message", containsString("năm 2025 hoặc năm 2026"));
        CouncilSessionTest.open(b.leader(0), yearEnd(b, TestClock.today().plusDays(10)))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("heldOn"))
                .body("errors[0].message", containsString("sau ngày đóng phiên"));
        Map<String, Object> noDate = yearEnd(b, CONFERENCE);
        noDate.remove("heldOn");
        TestClock.today(LocalDate.of(2026, 12, 30));
        noDate.put(
                "opensAt", OffsetDateTime.now(new TestClock()).minusMinutes(1).toString());
        noDate.put("closesAt", OffsetDateTime.now(new TestClock()).plusHours(2).toString());
        CouncilSessionTest.open(b.leader(0), noDate).then().statusCode(201).body("heldOn", equalTo("2026-12-30"));
    }

    @Test
    void whatTheBlocRefusedIsShownToTheSessionsOrganizerUntilItIsResolved() throws Exception {
        Bloc b = bloc();
        String id = CouncilSessionTest.open(b.leader(0), yearEnd(b, CONFERENCE))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        UUID parkedId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        notice(ParkedNotice.PARKED, parkedId, eventId, id, null);

        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().auth()
                        .oauth2(b.leader(0))
                        .get("/api/v1/voting-sessions/{id}", id)
                        .then()
                        .statusCode(200)
                        .body("deliveryProblems[0].service", equalTo("bloc"))
                        .body("deliveryProblems[0].reason", containsString("không phải thành viên"))
                        .body("deliveryProblems[0].field", equalTo("headUnitId"))
                        .body(
                                "deliveryProblems[0].retryPath",
                                equalTo("/api/v1/parked-events/bloc/" + parkedId + "/retry")));
        given().auth()
                .oauth2(b.leader(0))
                .get("/api/v1/tasks/mine?size=100")
                .then()
                .statusCode(200)
                .body("items.id", hasItem("parked-" + parkedId));
        given().auth()
                .oauth2(b.leader(3))
                .get("/api/v1/voting-sessions/{id}", id)
                .then()
                .statusCode(200)
                .body("deliveryProblems.size()", equalTo(0));
        given().auth()
                .oauth2(b.leader(3))
                .get("/api/v1/tasks/mine?size=100")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem("parked-" + parkedId)));

        notice(ParkedNotice.RESOLVED, parkedId, eventId, id, "APPLIED");
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().auth()
                        .oauth2(b.leader(0))
                        .get("/api/v1/voting-sessions/{id}", id)
                        .then()
                        .body("deliveryProblems.size()", equalTo(0)));
    }

    /** What bloc-service reports on thidua.deliveries.v1 about award-service's election event it parked, or resolved. */
    private static void notice(String type, UUID parkedId, String eventId, String session, String resolution)
            throws Exception {
        EventWriter.send(ParkedNotice.TOPIC, eventId, "/thidua/bloc-service", type, """
                {"parkedId":"%s","service":"bloc","channel":"election-results","eventId":"%s",
                 "eventType":"vn.thidua.voting.bloc-election-decided.v1","eventSource":"/thidua/award-service","subject":"%s",
                 "reason":"\\"Sở Nội vụ\\" không phải thành viên của khối vào ngày 06/02/2026","field":"headUnitId","attempts":1,
                 "parkedAt":"2026-12-04T10:00:00+07:00","resolution":%s,"resolvedAt":%s}""".formatted(
                        parkedId,
                        eventId,
                        session,
                        resolution == null ? "null" : "\"" + resolution + "\"",
                        resolution == null ? "null" : "\"2026-12-04T11:00:00+07:00\""));
    }
}
