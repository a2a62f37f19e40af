package vn.thidua.bloc.meeting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.bloc.BlocWorld;
import vn.thidua.platform.testing.TestClock;

/**
 * The year-end handover (docs/blocs.md): from 1 January until the new year's term is decided, the outgoing head's
 * leader runs the bloc's meetings with the organizer's officers; a meeting is dated the day it was held, never later
 * than today. One test per role.
 */
@QuarkusTest
class YearEndMeetingTest {

    BlocWorld world;
    UUID bloc;

    @BeforeEach
    void aBlocHeadedIn2026ByThanhTra() {
        TestClock.today(LocalDate.of(2027, 3, 1));
        world = BlocWorld.create();
        bloc = world.blocWithMembers(LocalDate.of(2025, 1, 1));
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
    }

    @AfterEach
    void backToToday() {
        TestClock.reset();
    }

    Response record(String token, String heldOn) {
        Map<String, Object> body = MeetingResourceTest.midYearReview(world, List.of());
        body.put("kind", "YEAR_END_REVIEW");
        body.put("title", "Hội nghị tổng kết công tác thi đua, khen thưởng năm 2026");
        body.put("heldOn", heldOn);
        body.put("chairRank", "Đại tá");
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/blocs/{id}/meetings", bloc);
    }

    @Test
    void theOutgoingHeadsLeaderRecordsTheYearEndMeetingUntilTheNewTermIsDecided() {
        record(world.leaderOf(0), "2027-01-15")
                .then()
                .statusCode(201)
                .body("manageable", equalTo(true))
                .body("chairRank", equalTo("Đại tá"));
        given().auth()
                .oauth2(world.leaderOf(0))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "headUnitId",
                        world.units.get(2),
                        "deputyUnitId",
                        world.units.get(3),
                        "method",
                        "ELECTED",
                        "decidedOn",
                        "2027-01-15",
                        "voters",
                        12,
                        "headVotes",
                        9,
                        "deputyVotes",
                        8))
                .put("/api/v1/blocs/{id}/terms/2027", bloc)
                .then()
                .statusCode(200);
        record(world.leaderOf(0), "2027-01-15").then().statusCode(201);
        record(world.leaderOf(0), "2027-02-10").then().statusCode(403).body("detail", containsString("10/02/2027"));
    }

    @Test
    void theNewHeadsLeaderRunsTheBlocOnceTheTermIsDecided() {
        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "headUnitId",
                        world.units.get(2),
                        "deputyUnitId",
                        world.units.get(3),
                        "method",
                        "ELECTED",
                        "decidedOn",
                        "2027-01-15",
                        "voters",
                        12,
                        "headVotes",
                        9,
                        "deputyVotes",
                        8))
                .put("/api/v1/blocs/{id}/terms/2027", bloc)
                .then()
                .statusCode(200);
        record(world.leaderOf(2), "2027-01-14").then().statusCode(403);
        record(world.leaderOf(2), "2027-02-10").then().statusCode(201);
    }

    @Test
    void theOrganizingOfficerRecordsItAtAnyTime() {
        record(world.officer(), "2027-01-15").then().statusCode(201);
        record(BlocWorld.outsideOfficer(), "2027-01-15").then().statusCode(403);
    }

    @Test
    void anotherMembersLeaderDoesNot() {
        record(world.leaderOf(5), "2027-01-15")
                .then()
                .statusCode(403)
                .body("detail", containsString("Trưởng khối năm 2026"));
        record(world.unitOfficerOf(0), "2027-01-15").then().statusCode(403);
    }

    @Test
    void aMeetingIsRecordedAfterItWasHeld() {
        record(world.officer(), "2027-03-02")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("heldOn"))
                .body("errors[0].message", containsString("01/03/2027"));
        record(world.officer(), "2027-03-01").then().statusCode(201);
    }
}
