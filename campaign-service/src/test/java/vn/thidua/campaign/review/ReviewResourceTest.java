package vn.thidua.campaign.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.thidua.campaign.campaign.CampaignEvents;
import vn.thidua.campaign.campaign.CampaignResourceTest;
import vn.thidua.campaign.campaign.CampaignResourceTest.Police;
import vn.thidua.platform.testing.TestClock;
import vn.thidua.platform.testing.TestTokens;
import vn.thidua.platform.testing.TopicRecords;

@QuarkusTest
public class ReviewResourceTest {

    static final String GIAY_KHEN = "Giấy khen của Giám đốc Công an tỉnh";
    static final String BANG_KHEN = "Bằng khen của Bộ trưởng Bộ Công an";

    /**
     * Launched to divisions 0, 1 and 2, with two targets: models (each unit sets its own, at least 1) and
     * propaganda sessions (10 for every unit); one quarter open for reports.
     */
    public static String launched(Police p) {
        LocalDate today = TestClock.today();
        Map<String, Object> plan =
                CampaignResourceTest.plan(p.police(), "UNITS", p.divisions().subList(0, 3));
        plan.put("startsOn", today.minusDays(60).toString());
        plan.put("endsOn", today.plusDays(60).toString());
        plan.put("registrationDeadline", today.plusDays(5).toString());
        plan.put(
                "targets",
                List.of(
                        Map.of(
                                "name",
                                "Mô hình, phần việc thiết thực",
                                "unitOfMeasure",
                                "mô hình",
                                "targetValue",
                                1,
                                "perUnit",
                                true),
                        Map.of(
                                "name",
                                "Buổi tuyên truyền truyền thống",
                                "unitOfMeasure",
                                "buổi",
                                "targetValue",
                                10,
                                "perUnit",
                                false)));
        plan.put(
                "plannedAwards",
                List.of(Map.of("awardType", GIAY_KHEN, "quantity", 2), Map.of("awardType", BANG_KHEN, "quantity", 1)));
        plan.put(
                "reportingPeriods",
                List.of(Map.of(
                        "name",
                        "Quý IV",
                        "startsOn",
                        today.minusDays(50).toString(),
                        "endsOn",
                        today.plusDays(20).toString(),
                        "closesOn",
                        today.plusDays(30).toString())));
        return CampaignResourceTest.launch(p, plan);
    }

    public static void report(Police p, String campaign, int division, int models, int sessions) {
        given().auth()
                .oauth2(p.unitOfficer(division))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "values",
                        List.of(Map.of("number", 1, "value", models), Map.of("number", 2, "value", sessions)),
                        "narrative",
                        "Kết quả lũy kế đến hết quý"))
                .put("/api/v1/campaigns/{id}/reports/mine/1", campaign)
                .then()
                .statusCode(200);
    }

    static String open(Police p, String campaign, String kind) {
        return given().auth()
                .oauth2(p.officer())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        kind,
                        "title",
                        kind.equals("FINAL") ? "Tổng kết đợt thi đua" : "Sơ kết giữa đợt",
                        "heldOn",
                        TestClock.today().toString()))
                .post("/api/v1/campaigns/{id}/reviews", campaign)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void theFinalReviewRanksTheUnitsSelectsExemplarsAndClosesTheCampaign() throws Exception {
        Police p = CampaignResourceTest.police();
        String id = launched(p);
        CampaignResourceTest.register(p, id, 0, 2);
        CampaignResourceTest.register(p, id, 1, null);
        report(p, id, 0, 2, 5);
        report(p, id, 1, 3, 10);

        String review = open(p, id, "FINAL");
        JsonPath sheet = given().auth()
                .oauth2(p.officer())
                .get("/api/v1/campaigns/{id}/reviews/{r}", id, review)
                .then()
                .statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("method", containsString("tối đa 100%"))
                .body("targets", hasSize(2))
                .body("standings", hasSize(3))
                .extract()
                .jsonPath();
        // division 1: 3/1 models (300%, counted as 100%) and 10/10 sessions; division 0: 2/2 models and 5/10 sessions
        assertEquals(p.divisions().get(1).toString(), sheet.getString("standings[0].unitId"));
        assertEquals(1, sheet.getInt("standings[0].rank"));
        assertEquals(100.0f, sheet.getFloat("standings[0].overall"));
        assertEquals(300.0f, sheet.getFloat("standings[0].targets[0].percent"));
        assertEquals(2, sheet.getInt("standings[1].rank"));
        assertEquals(75.0f, sheet.getFloat("standings[1].overall"));
        assertEquals(2.0f, sheet.getFloat("standings[1].targets[0].goal"), "the unit's own registered goal");
        assertEquals(p.divisions().get(2).toString(), sheet.getString("standings[2].unitId"));
        assertEquals(false, sheet.getBoolean("standings[2].registered"));
        assertNull(sheet.get("standings[2].rank"), "a unit that did not register is not ranked");

        given().auth()
                .oauth2(p.unitOfficer(0))
                .get("/api/v1/campaigns/{id}/reviews/{r}", id, review)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(p.unitOfficer(0))
                .get("/api/v1/campaigns/{id}/reviews", id)
                .then()
                .body("", hasSize(0));

        given().auth()
                .oauth2(p.officer())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "version",
                        0,
                        "exemplars",
                        List.of(
                                Map.of(
                                        "kind",
                                        "COLLECTIVE",
                                        "unitId",
                                        p.divisions().get(1),
                                        "awardType",
                                        BANG_KHEN,
                                        "citation",
                                        "Dẫn đầu đợt thi đua: 3 mô hình, 10 buổi tuyên truyền"),
                                Map.of(
                                        "kind",
                                        "COLLECTIVE",
                                        "unitId",
                                        p.divisions().get(0),
                                        "awardType",
                                        GIAY_KHEN,
                                        "citation",
                                        "Hoàn thành vượt chỉ tiêu mô hình"),
                                Map.of(
                                        "kind",
                                        "INDIVIDUAL",
                                        "unitId",
                                        p.divisions().get(0),
                                        "personName",
                                        "Trần Thị Mai",
                                        "personPosition",
                                        "Đội trưởng",
                                        "citation",
                                        "Xây dựng mô hình Camera an ninh",
                                        "awardType",
                                        GIAY_KHEN))))
                .put("/api/v1/campaigns/{id}/reviews/{r}/exemplars", id, review)
                .then()
                .statusCode(200)
                .body("exemplars", hasSize(3))
                .body("exemplars[2].personName", equalTo("Trần Thị Mai"))
                .body("version", equalTo(1));

        given().auth()
                .oauth2(p.officer())
                .post("/api/v1/campaigns/{id}/reviews/{r}/close", id, review)
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("manageable", equalTo(false));
        given().auth()
                .oauth2(p.officer())
                .get("/api/v1/campaigns/{id}", id)
                .then()
                .body("status", equalTo("CLOSED"));
        given().auth()
                .oauth2(p.unitOfficer(2))
                .get("/api/v1/campaigns/{id}/reviews", id)
                .then()
                .body("", hasSize(1))
                .body("[0].standings[0].overall", equalTo(100.0f))
                .body("[0].exemplars[0].unitName", containsString("Phòng Cảnh sát hình sự"));

        var events = TopicRecords.read(
                CampaignEvents.TOPIC,
                read -> read.stream()
                                .filter(r -> r.key().equals(id) && r.value().contains(ReviewEvents.CAMPAIGN_CLOSED))
                                .count()
                        == 1,
                Duration.ofSeconds(20));
        JsonPath closed = JsonPath.from(events.stream()
                        .filter(r -> r.key().equals(id) && r.value().contains(ReviewEvents.REVIEW_CLOSED))
                        .findFirst()
                        .orElseThrow()
                        .value())
                .setRootPath("data");
        assertEquals("FINAL", closed.getString("kind"));
        assertEquals(3, closed.getList("exemplars").size());
        assertEquals(BANG_KHEN, closed.getString("exemplars[0].awardType"));
        assertEquals("Trần Thị Mai", closed.getString("exemplars[2].personName"));
        assertEquals(List.of(GIAY_KHEN, BANG_KHEN), closed.getList("plannedAwards.awardType"));
        JsonPath campaignClosed = JsonPath.from(events.stream()
                        .filter(r -> r.key().equals(id) && r.value().contains(ReviewEvents.CAMPAIGN_CLOSED))
                        .findFirst()
                        .orElseThrow()
                        .value())
                .setRootPath("data");
        assertEquals(review, campaignClosed.getString("finalReviewId"));
        assertEquals(3, campaignClosed.getInt("exemplars"));
    }

    @Test
    void aClosedCampaignCannotBeEditedRegisteredReportedOrReviewedAgain() throws Exception {
        Police p = CampaignResourceTest.police();
        String id = launched(p);
        CampaignResourceTest.register(p, id, 0, 1);
        String review = open(p, id, "FINAL");
        given().auth()
                .oauth2(p.officer())
                .post("/api/v1/campaigns/{id}/reviews/{r}/close", id, review)
                .then()
                .statusCode(200);

        Map<String, Object> plan = given().auth()
                .oauth2(p.officer())
                .get("/api/v1/campaigns/{id}", id)
                .then()
                .extract()
                .path("");
        Map<String, Object> change =
                CampaignResourceTest.plan(p.police(), "UNITS", p.divisions().subList(0, 3));
        change.putAll(Map.of(
                "startsOn",
                plan.get("startsOn"),
                "endsOn",
                plan.get("endsOn"),
                "registrationDeadline",
                plan.get("registrationDeadline"),
                "version",
                plan.get("version"),
                "changeReason",
                "Sửa sau"));
        given().auth()
                .oauth2(p.officer())
                .contentType(ContentType.JSON)
                .body(change)
                .put("/api/v1/campaigns/{id}", id)
                .then()
                .statusCode(422)
                .body("detail", containsString("đã kết thúc"));
        given().auth()
                .oauth2(p.unitOfficer(1))
                .contentType(ContentType.JSON)
                .body(Map.of("pledges", List.of()))
                .put("/api/v1/campaigns/{id}/registrations/mine", id)
                .then()
                .statusCode(422);
        given().auth()
                .oauth2(p.unitOfficer(0))
                .contentType(ContentType.JSON)
                .body(Map.of("narrative", "Muộn"))
                .put("/api/v1/campaigns/{id}/reports/mine/1", id)
                .then()
                .statusCode(422)
                .body("detail", containsString("đã kết thúc"));
        given().auth()
                .oauth2(p.officer())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "MID_TERM",
                        "title",
                        "Sơ kết",
                        "heldOn",
                        TestClock.today().toString()))
                .post("/api/v1/campaigns/{id}/reviews", id)
                .then()
                .statusCode(422);
        given().auth()
                .oauth2(p.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("version", 1, "exemplars", List.of()))
                .put("/api/v1/campaigns/{id}/reviews/{r}/exemplars", id, review)
                .then()
                .statusCode(422);
    }

    @Test
    void aMidTermReviewLeavesTheCampaignRunningAndOnlyOneReviewIsOpenAtATime() throws Exception {
        Police p = CampaignResourceTest.police();
        String id = launched(p);
        String midTerm = open(p, id, "MID_TERM");
        given().auth()
                .oauth2(p.officer())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "FINAL",
                        "title",
                        "Tổng kết",
                        "heldOn",
                        TestClock.today().toString()))
                .post("/api/v1/campaigns/{id}/reviews", id)
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(p.officer())
                .post("/api/v1/campaigns/{id}/reviews/{r}/close", id, midTerm)
                .then()
                .statusCode(200)
                .body("standings", hasSize(3));
        given().auth()
                .oauth2(p.officer())
                .get("/api/v1/campaigns/{id}", id)
                .then()
                .body("status", equalTo("LAUNCHED"));
        given().auth()
                .oauth2(p.officer())
                .post("/api/v1/campaigns/{id}/reviews/{r}/close", id, midTerm)
                .then()
                .statusCode(422);
        open(p, id, "FINAL");
    }

    @Test
    void badReviewsAndSelectionsAreRefusedNamingTheField() throws Exception {
        Police p = CampaignResourceTest.police();
        String draft = CampaignResourceTest.draft(
                p, CampaignResourceTest.plan(p.police(), "UNITS", p.divisions().subList(0, 2)));
        given().auth()
                .oauth2(p.officer())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "FINAL",
                        "title",
                        "Tổng kết",
                        "heldOn",
                        TestClock.today().toString()))
                .post("/api/v1/campaigns/{id}/reviews", draft)
                .then()
                .statusCode(422)
                .body("detail", containsString("đã phát động"));

        String id = launched(p);
        given().auth()
                .oauth2(p.officer())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "FINAL",
                        "title",
                        "Tổng kết",
                        "heldOn",
                        TestClock.today().minusYears(1).toString()))
                .post("/api/v1/campaigns/{id}/reviews", id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("heldOn"));
        given().auth()
                .oauth2(p.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "FINAL", "heldOn", TestClock.today().toString()))
                .post("/api/v1/campaigns/{id}/reviews", id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("title"));
        given().auth()
                .oauth2(p.unitOfficer(0))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "FINAL",
                        "title",
                        "Tổng kết",
                        "heldOn",
                        TestClock.today().toString()))
                .post("/api/v1/campaigns/{id}/reviews", id)
                .then()
                .statusCode(403);
        String outsider = TestTokens.user("other.officer")
                .roles("officer")
                .unit(UUID.randomUUID())
                .get();
        String review = open(p, id, "FINAL");

        selection(
                        p,
                        id,
                        review,
                        Map.of("kind", "COLLECTIVE", "unitId", p.divisions().get(3), "citation", "Ngoài phạm vi"))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("exemplars[0].unitId"));
        selection(
                        p,
                        id,
                        review,
                        Map.of(
                                "kind",
                                "COLLECTIVE",
                                "unitId",
                                p.divisions().get(0),
                                "citation",
                                "Tốt",
                                "awardType",
                                "Huân chương Lao động hạng Ba"))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("exemplars[0].awardType"));
        selection(
                        p,
                        id,
                        review,
                        Map.of("kind", "INDIVIDUAL", "unitId", p.divisions().get(0), "citation", "Tốt"))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("exemplars[0].personName"));
        selection(
                        p,
                        id,
                        review,
                        Map.of("kind", "COLLECTIVE", "unitId", p.divisions().get(0), "citation", " "))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("exemplars[0].citation"));
        selection(
                        p,
                        id,
                        review,
                        Map.of(
                                "kind",
                                "COLLECTIVE",
                                "unitId",
                                p.divisions().get(0),
                                "citation",
                                "Tốt",
                                "awardType",
                                BANG_KHEN),
                        Map.of(
                                "kind",
                                "COLLECTIVE",
                                "unitId",
                                p.divisions().get(1),
                                "citation",
                                "Tốt",
                                "awardType",
                                BANG_KHEN))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("exemplars[1].awardType"))
                .body("errors[0].message", containsString("chỉ dự kiến 1"));
        selection(
                        p,
                        id,
                        review,
                        Map.of("kind", "COLLECTIVE", "unitId", p.divisions().get(0), "citation", "Tốt"),
                        Map.of("kind", "COLLECTIVE", "unitId", p.divisions().get(0), "citation", "Lần nữa"))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("exemplars[1].unitId"));
        given().auth()
                .oauth2(p.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("version", 7, "exemplars", List.of()))
                .put("/api/v1/campaigns/{id}/reviews/{r}/exemplars", id, review)
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(outsider)
                .post("/api/v1/campaigns/{id}/reviews/{r}/close", id, review)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(p.officer())
                .get("/api/v1/campaigns/{id}/reviews/{r}", id, UUID.randomUUID())
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(p.officer())
                .get("/api/v1/campaigns/{id}/reviews/{r}", id, review)
                .then()
                .body("exemplars", hasSize(0))
                .body("closedAt", nullValue());
    }

    @SafeVarargs
    private static io.restassured.response.Response selection(
            Police p, String id, String review, Map<String, Object>... exemplars) {
        return given().auth()
                .oauth2(p.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("version", 0, "exemplars", List.of(exemplars)))
                .put("/api/v1/campaigns/{id}/reviews/{r}/exemplars", id, review);
    }
}
