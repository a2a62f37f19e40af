package vn.thidua.campaign.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.campaign.campaign.CampaignEvents;
import vn.thidua.campaign.campaign.CampaignResourceTest;
import vn.thidua.campaign.campaign.CampaignResourceTest.Police;
import vn.thidua.platform.testing.TestClock;
import vn.thidua.platform.testing.TopicRecords;

@QuarkusTest
class RegistrationResourceTest {

    /** The anniversary campaign, launched to the police divisions, with its registration still open. */
    static String launched(Police p, LocalDate deadline) {
        Map<String, Object> plan = CampaignResourceTest.plan(
                p.police(),
                "UNITS",
                List.of(
                        p.divisions().get(0),
                        p.divisions().get(1),
                        p.divisions().get(2)));
        plan.put("startsOn", TestClock.today().minusDays(30).toString());
        plan.put("endsOn", TestClock.today().plusDays(90).toString());
        plan.put("registrationDeadline", deadline.toString());
        return CampaignResourceTest.launch(p, plan);
    }

    static Map<String, Object> pledge() {
        return Map.of(
                "targets",
                List.of(Map.of("number", 1, "value", 2)),
                "pledges",
                List.of(Map.of(
                        "kind",
                        "MODEL",
                        "title",
                        "Mô hình Camera an ninh khu dân cư",
                        "description",
                        "Lắp đặt camera tại các tuyến đường trọng điểm")));
    }

    @Test
    void aDivisionRegistersItsOfficerPreparesAndItsLeaderSubmits() throws Exception {
        Police p = CampaignResourceTest.police();
        String id = launched(p, TestClock.today().plusDays(10));

        given().auth()
                .oauth2(p.unitOfficer(0))
                .contentType(ContentType.JSON)
                .body(pledge())
                .put("/api/v1/campaigns/{id}/registrations/mine", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("pledges", hasSize(1));
        given().auth()
                .oauth2(p.unitOfficer(0))
                .post("/api/v1/campaigns/{id}/registrations/mine/submit", id)
                .then()
                .statusCode(403)
                .body("detail", containsString("lãnh đạo đơn vị"));
        given().auth()
                .oauth2(p.leader(0))
                .post("/api/v1/campaigns/{id}/registrations/mine/submit", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("submittedBy", equalTo("Nguyễn Văn Hùng, Trưởng phòng"));
        given().auth()
                .oauth2(p.unitOfficer(0))
                .contentType(ContentType.JSON)
                .body(Map.of("version", 1))
                .put("/api/v1/campaigns/{id}/registrations/mine", id)
                .then()
                .statusCode(422);

        JsonPath progress = given().auth()
                .oauth2(p.officer())
                .get("/api/v1/campaigns/{id}/registrations", id)
                .then()
                .statusCode(200)
                .body("", hasSize(3))
                .extract()
                .jsonPath();
        assertEquals(
                List.of("SUBMITTED"),
                progress.getList("findAll { it.unitId == '" + p.divisions().get(0) + "' }.status"));
        assertEquals(2, progress.getList("findAll { it.status == 'NONE' }").size());
        given().auth()
                .oauth2(p.unitOfficer(1))
                .get("/api/v1/campaigns/{id}/registrations", id)
                .then()
                .statusCode(403);

        var event = TopicRecords.read(
                        CampaignEvents.TOPIC,
                        read -> read.stream()
                                .anyMatch(r -> r.key().equals(id) && r.value().contains(RegistrationService.SUBMITTED)),
                        Duration.ofSeconds(20))
                .stream()
                .filter(r -> r.key().equals(id) && r.value().contains(RegistrationService.SUBMITTED))
                .findFirst()
                .orElseThrow();
        assertEquals(
                p.divisions().get(0).toString(), JsonPath.from(event.value()).getString("data.unitId"));
    }

    @Test
    void lateOutOfScopeAndUnknownTargetsAreRefused() throws Exception {
        Police p = CampaignResourceTest.police();
        String closed = launched(p, TestClock.today().minusDays(1));
        given().auth()
                .oauth2(p.unitOfficer(0))
                .contentType(ContentType.JSON)
                .body(pledge())
                .put("/api/v1/campaigns/{id}/registrations/mine", closed)
                .then()
                .statusCode(422)
                .body("detail", containsString("quá hạn đăng ký"));

        String open = launched(p, TestClock.today().plusDays(5));
        given().auth()
                .oauth2(p.unitOfficer(3))
                .contentType(ContentType.JSON)
                .body(pledge())
                .put("/api/v1/campaigns/{id}/registrations/mine", open)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(p.unitOfficer(1))
                .contentType(ContentType.JSON)
                .body(Map.of("targets", List.of(Map.of("number", 7, "value", 1))))
                .put("/api/v1/campaigns/{id}/registrations/mine", open)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("targets[0].number"));
        given().auth()
                .oauth2(p.unitOfficer(1))
                .contentType(ContentType.JSON)
                .body(Map.of("targets", List.of()))
                .put("/api/v1/campaigns/{id}/registrations/mine", open)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(p.leader(1))
                .post("/api/v1/campaigns/{id}/registrations/mine/submit", open)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("pledges"));
        given().auth()
                .oauth2(p.leader(2))
                .post("/api/v1/campaigns/{id}/registrations/mine/submit", open)
                .then()
                .statusCode(422)
                .body("detail", containsString("chưa soạn đăng ký"));
    }
}
