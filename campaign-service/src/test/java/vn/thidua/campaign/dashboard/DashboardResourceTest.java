package vn.thidua.campaign.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.thidua.campaign.campaign.CampaignResourceTest;
import vn.thidua.campaign.campaign.CampaignResourceTest.Police;
import vn.thidua.campaign.review.ReviewResourceTest;
import vn.thidua.platform.testing.TestClock;

@QuarkusTest
class DashboardResourceTest {

    /** Launched to divisions 0–2 with a quarter that ended last week (still open for corrections) and one running. */
    static String launched(Police p) {
        LocalDate today = TestClock.today();
        Map<String, Object> plan =
                CampaignResourceTest.plan(p.police(), "UNITS", p.divisions().subList(0, 3));
        plan.put("startsOn", today.minusDays(100).toString());
        plan.put("endsOn", today.plusDays(100).toString());
        plan.put("registrationDeadline", today.plusDays(3).toString());
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
                "reportingPeriods",
                List.of(
                        Map.of(
                                "name",
                                "Quý III",
                                "startsOn",
                                today.minusDays(90).toString(),
                                "endsOn",
                                today.minusDays(7).toString(),
                                "closesOn",
                                today.plusDays(7).toString()),
                        Map.of(
                                "name",
                                "Quý IV",
                                "startsOn",
                                today.minusDays(6).toString(),
                                "endsOn",
                                today.plusDays(80).toString(),
                                "closesOn",
                                today.plusDays(90).toString())));
        return CampaignResourceTest.launch(p, plan);
    }

    @Test
    void theOrganizerFollowsRegistrationAndReportsByUnitAndTarget() throws Exception {
        Police p = CampaignResourceTest.police();
        String id = launched(p);
        CampaignResourceTest.register(p, id, 0, 2);
        CampaignResourceTest.register(p, id, 1, null);
        given().auth()
                .oauth2(p.unitOfficer(2))
                .contentType(ContentType.JSON)
                .body(Map.of("pledges", List.of()))
                .put("/api/v1/campaigns/{id}/registrations/mine", id)
                .then()
                .statusCode(200);
        ReviewResourceTest.report(p, id, 0, 1, 4);
        ReviewResourceTest.report(p, id, 1, 1, 6);
        given().auth()
                .oauth2(p.unitOfficer(0))
                .contentType(ContentType.JSON)
                .body(Map.of("values", List.of(Map.of("number", 1, "value", 2)), "narrative", "Lũy kế"))
                .put("/api/v1/campaigns/{id}/reports/mine/2", id)
                .then()
                .statusCode(200);

        JsonPath board = given().auth()
                .oauth2(p.officer())
                .get("/api/v1/campaigns/{id}/dashboard", id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(3, board.getInt("unitsInScope"));
        assertEquals(2, board.getInt("registration.submitted"));
        assertEquals(1, board.getInt("registration.draft"));
        assertEquals(0, board.getInt("registration.none"));
        assertEquals(List.of(2, 1), board.getList("periods.reported"));
        assertEquals(List.of(1, 0), board.getList("periods.late"), "the third division missed the quarter that ended");
        // goals: 2 + 1 models (own and campaign value), 10 + 10 sessions; achieved: the latest cumulative values
        assertEquals(3.0f, board.getFloat("targets[0].goalTotal"));
        assertEquals(3.0f, board.getFloat("targets[0].achievedTotal"));
        assertEquals(100.0f, board.getFloat("targets[0].percent"));
        assertEquals(20.0f, board.getFloat("targets[1].goalTotal"));
        assertEquals(10.0f, board.getFloat("targets[1].achievedTotal"));
        assertEquals(50.0f, board.getFloat("targets[1].percent"));
        assertEquals(1, board.getInt("lateUnits"));
        Map<String, Object> third =
                board.getMap("units.find { it.unitId == '" + p.divisions().get(2) + "' }");
        assertEquals("DRAFT", third.get("registration"));
        assertEquals(true, third.get("late"));

        byte[] xlsx = given().auth()
                .oauth2(p.officer())
                .get("/api/v1/campaigns/{id}/dashboard.xlsx", id)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertEquals("Báo cáo Quý III", sheet.getRow(2).getCell(4).getStringCellValue());
            List<String> units = List.of(
                    sheet.getRow(3).getCell(1).getStringCellValue(),
                    sheet.getRow(4).getCell(1).getStringCellValue(),
                    sheet.getRow(5).getCell(1).getStringCellValue());
            int traffic = units.indexOf(units.stream()
                    .filter(u -> u.startsWith("Phòng Cảnh sát giao thông"))
                    .findFirst()
                    .orElseThrow());
            assertEquals("Đang soạn", sheet.getRow(3 + traffic).getCell(2).getStringCellValue());
            assertTrue(sheet.getRow(3 + traffic).getCell(7).getStringCellValue().contains("quá hạn"));
        }
        given().auth()
                .oauth2(p.unitOfficer(0))
                .get("/api/v1/campaigns/{id}/dashboard", id)
                .then()
                .statusCode(403);
    }

    @Test
    void aUnitSeesItsCampaignsDeadlinesAndWhatItOwesAlsoAsHomeTasks() throws Exception {
        Police p = CampaignResourceTest.police();
        String id = launched(p);
        given().auth()
                .oauth2(p.unitOfficer(1))
                .get("/api/v1/campaigns/mine")
                .then()
                .statusCode(200)
                .body("find { it.campaignId == '" + id + "' }.registration", equalTo("NONE"))
                .body(
                        "find { it.campaignId == '" + id + "' }.owed.kind",
                        equalTo(List.of("REGISTER", "REPORT", "REPORT")))
                .body("find { it.campaignId == '" + id + "' }.owed[1].overdue", equalTo(true));
        given().auth()
                .oauth2(p.unitOfficer(1))
                .get("/api/v1/tasks/mine")
                .then()
                .statusCode(200)
                .body("items.link", hasItem("/campaigns/" + id + "/registration"))
                .body("items.link", not(hasItem("/campaigns/" + id + "/reports")));

        given().auth()
                .oauth2(p.unitOfficer(1))
                .contentType(ContentType.JSON)
                .body(Map.of("pledges", List.of(Map.of("kind", "MODEL", "title", "Mô hình Dân vận khéo"))))
                .put("/api/v1/campaigns/{id}/registrations/mine", id)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(p.leader(1))
                .get("/api/v1/tasks/mine")
                .then()
                .body(
                        "items.find { it.link == '/campaigns/" + id + "/registration' }.title",
                        equalTo(
                                "Lãnh đạo duyệt và gửi đăng ký – Đợt thi đua đặc biệt chào mừng kỷ niệm 110 năm Ngày thành lập tỉnh Kon Tum "
                                        + "(09/02/1913-09/02/2023)"));
        given().auth()
                .oauth2(p.leader(1))
                .post("/api/v1/campaigns/{id}/registrations/mine/submit", id)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(p.unitOfficer(1))
                .get("/api/v1/tasks/mine")
                .then()
                .body("items.findAll { it.link == '/campaigns/" + id + "/reports' }", hasSize(2))
                .body("items.link", not(hasItem("/campaigns/" + id + "/registration")));
        given().auth()
                .oauth2(p.unitOfficer(3))
                .get("/api/v1/campaigns/mine")
                .then()
                .body("campaignId", not(hasItem(id)));
    }
}
