package vn.thidua.campaign.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import vn.thidua.campaign.campaign.CampaignResourceTest;
import vn.thidua.campaign.campaign.CampaignResourceTest.Police;
import vn.thidua.platform.testing.TestClock;
import vn.thidua.platform.testing.Uploads;

@QuarkusTest
class ReportResourceTest {

    /** Launched to two divisions, with an open quarter and a quarter already closed. */
    static String launched(Police p) {
        LocalDate today = TestClock.today();
        Map<String, Object> plan = CampaignResourceTest.plan(
                p.police(), "UNITS", List.of(p.divisions().get(0), p.divisions().get(1)));
        plan.put("startsOn", today.minusDays(120).toString());
        plan.put("endsOn", today.plusDays(120).toString());
        plan.put("registrationDeadline", today.plusDays(10).toString());
        plan.put(
                "reportingPeriods",
                List.of(
                        Map.of(
                                "name",
                                "Quý trước",
                                "startsOn",
                                today.minusDays(110).toString(),
                                "endsOn",
                                today.minusDays(20).toString(),
                                "closesOn",
                                today.minusDays(5).toString()),
                        Map.of(
                                "name",
                                "Quý này",
                                "startsOn",
                                today.minusDays(19).toString(),
                                "endsOn",
                                today.plusDays(60).toString(),
                                "closesOn",
                                today.plusDays(70).toString())));
        return CampaignResourceTest.launch(p, plan);
    }

    @Test
    void aUnitReportsAgainstItsTargetsWithEvidenceAndTheOrganizerSeesIt() throws Exception {
        Police p = CampaignResourceTest.police();
        String id = launched(p);
        CampaignResourceTest.register(p, id, 0, null);

        given().auth()
                .oauth2(p.unitOfficer(0))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "values",
                        List.of(Map.of("number", 1, "value", 1)),
                        "narrative",
                        "Đã xây dựng mô hình Camera an ninh"))
                .put("/api/v1/campaigns/{id}/reports/mine/2", id)
                .then()
                .statusCode(200)
                .body("periodName", equalTo("Quý này"))
                .body("correctable", equalTo(true));
        byte[] photo = new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00, 0x10};
        String evidence = given().auth()
                .oauth2(p.unitOfficer(0))
                .contentType(Uploads.CONTENT_TYPE)
                .body(Uploads.file("Ảnh mô hình camera.jpg", "application/octet-stream", photo))
                .post("/api/v1/campaigns/{id}/reports/mine/2/evidence", id)
                .then()
                .statusCode(201)
                .body("contentType", equalTo("image/jpeg"))
                .body("filename", equalTo("Ảnh mô hình camera.jpg"))
                .extract()
                .path("id");
        given().auth()
                .oauth2(p.unitOfficer(0))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "values", List.of(Map.of("number", 1, "value", 2)), "narrative", "Hai mô hình", "version", 0))
                .put("/api/v1/campaigns/{id}/reports/mine/2", id)
                .then()
                .statusCode(200)
                .body("values[0].value", equalTo(2))
                .body("evidence", hasSize(1));

        given().auth()
                .oauth2(p.officer())
                .get("/api/v1/campaigns/{id}/reports", id)
                .then()
                .statusCode(200)
                .body("", hasSize(1))
                .body("[0].unitId", equalTo(p.divisions().get(0).toString()));
        byte[] back = given().auth()
                .oauth2(p.officer())
                .get("/api/v1/campaigns/{id}/reports/evidence/{e}", id, evidence)
                .then()
                .statusCode(200)
                .contentType("image/jpeg")
                .extract()
                .asByteArray();
        Assertions.assertArrayEquals(photo, back);
        given().auth()
                .oauth2(p.unitOfficer(1))
                .get("/api/v1/campaigns/{id}/reports", id)
                .then()
                .body("", hasSize(0));
        given().auth()
                .oauth2(p.unitOfficer(1))
                .get("/api/v1/campaigns/{id}/reports/evidence/{e}", id, evidence)
                .then()
                .statusCode(404);
    }

    @Test
    void closedPeriodsUnknownTargetsUnregisteredUnitsAndForbiddenFilesAreRefused() throws Exception {
        Police p = CampaignResourceTest.police();
        String id = launched(p);
        given().auth()
                .oauth2(p.unitOfficer(1))
                .contentType(ContentType.JSON)
                .body(Map.of("narrative", "x"))
                .put("/api/v1/campaigns/{id}/reports/mine/2", id)
                .then()
                .statusCode(422)
                .body("detail", containsString("gửi đăng ký"));
        CampaignResourceTest.register(p, id, 1, null);
        given().auth()
                .oauth2(p.unitOfficer(1))
                .contentType(ContentType.JSON)
                .body(Map.of("narrative", "x"))
                .put("/api/v1/campaigns/{id}/reports/mine/1", id)
                .then()
                .statusCode(422)
                .body("detail", containsString("đã chốt"));
        given().auth()
                .oauth2(p.unitOfficer(1))
                .contentType(ContentType.JSON)
                .body(Map.of("values", List.of(Map.of("number", 9, "value", 1))))
                .put("/api/v1/campaigns/{id}/reports/mine/2", id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("values[0].number"));
        given().auth()
                .oauth2(p.unitOfficer(1))
                .contentType(ContentType.JSON)
                .body(Map.of("narrative", "Báo cáo"))
                .put("/api/v1/campaigns/{id}/reports/mine/7", id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(p.unitOfficer(1))
                .contentType(ContentType.JSON)
                .body(Map.of("narrative", "Báo cáo"))
                .put("/api/v1/campaigns/{id}/reports/mine/2", id)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(p.unitOfficer(1))
                .contentType(Uploads.CONTENT_TYPE)
                .body(Uploads.file(
                        "chuong-trinh.exe", "application/octet-stream", "MZ".getBytes(StandardCharsets.UTF_8)))
                .post("/api/v1/campaigns/{id}/reports/mine/2/evidence", id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("file"));
        given().auth()
                .oauth2(p.unitOfficer(1))
                .contentType(Uploads.CONTENT_TYPE)
                .body(Uploads.file(
                        "bao-cao.pdf", "application/octet-stream", "không phải PDF".getBytes(StandardCharsets.UTF_8)))
                .post("/api/v1/campaigns/{id}/reports/mine/2/evidence", id)
                .then()
                .statusCode(400)
                .body("errors[0].message", containsString("không đúng định dạng"));
        byte[] tooLarge = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, tooLarge, 0, 8);
        given().auth()
                .oauth2(p.unitOfficer(1))
                .contentType(Uploads.CONTENT_TYPE)
                .body(Uploads.file("bao-cao-day-du.pdf", "application/pdf", tooLarge))
                .post("/api/v1/campaigns/{id}/reports/mine/2/evidence", id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("file"))
                .body("errors[0].message", equalTo("tệp lớn hơn 20 MB"));
        given().auth()
                .oauth2(p.officer())
                .get("/api/v1/campaigns/{id}/reports", id)
                .then()
                .body("find { it.period == 2 }.evidence", hasSize(0));
        given().auth()
                .oauth2(p.unitOfficer(2))
                .contentType(ContentType.JSON)
                .body(Map.of("narrative", "x"))
                .put("/api/v1/campaigns/{id}/reports/mine/2", id)
                .then()
                .statusCode(404);
    }
}
