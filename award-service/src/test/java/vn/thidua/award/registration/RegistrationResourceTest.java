package vn.thidua.award.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.thidua.award.Kontum;
import vn.thidua.platform.testing.TestClock;
import vn.thidua.platform.testing.Uploads;

@QuarkusTest
class RegistrationResourceTest {

    @Test
    void aDivisionRegistersItsTitlesForItselfAndItsStaffByEntryAndFromItsStaffList() throws Exception {
        Kontum k = Kontum.create();
        int year = TestClock.today().getYear();
        String officer = k.unitOfficer(0);
        String person = k.person(officer, k.divisions().get(0), "Y Khiêm", "MALE", Map.of(), List.of());
        given().auth()
                .oauth2(officer)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "unitId",
                        k.divisions().get(0),
                        "year",
                        year,
                        "entries",
                        List.of(
                                Map.of("awardType", "EXCELLENT_COLLECTIVE"),
                                Map.of("awardType", "ADVANCED_WORKER", "personId", person),
                                Map.of("awardType", "GRASSROOTS_EMULATION_FIGHTER", "personId", person))))
                .post("/api/v1/title-registrations")
                .then()
                .statusCode(201)
                .body("", hasSize(3))
                .body(
                        "awardTypeName",
                        containsInAnyOrder(
                                "Tập thể lao động xuất sắc", "Lao động tiên tiến", "Chiến sĩ thi đua cơ sở"));

        byte[] staff = staffList(List.of(
                List.of(
                        "Nguyễn Thị Thu Hà",
                        "Nữ",
                        "1990",
                        "Phó Đội trưởng",
                        "Lao động tiên tiến; Chiến sĩ thi đua cơ sở"),
                List.of("A Tuấn", "Nam", "1988", "Cán bộ", "Lao động tiên tiến"),
                List.of("Y Khiêm", "Nam", "1984", "Đội trưởng", "Lao động tiên tiến")));
        given().auth()
                .oauth2(officer)
                .contentType(Uploads.CONTENT_TYPE)
                .body(Uploads.form(
                        Map.of("unitId", k.divisions().get(0).toString(), "year", String.valueOf(year)),
                        "Danh sách đăng ký thi đua.xlsx",
                        "application/octet-stream",
                        staff))
                .post("/api/v1/title-registrations/import")
                .then()
                .statusCode(201)
                .body("rows", equalTo(3))
                .body("peopleCreated", equalTo(2))
                .body("registrationsCreated", equalTo(3))
                .body("alreadyRegistered", equalTo(1))
                .body("registrations", hasSize(6));
        given().auth()
                .oauth2(k.secretariat())
                .queryParam("unitId", k.divisions().get(0))
                .queryParam("q", "thu hà")
                .get("/api/v1/people")
                .then()
                .statusCode(200)
                .body("items[0].gender", equalTo("FEMALE"))
                .body("items[0].birthYear", equalTo(1990));
    }

    @Test
    void aRegistrationKeepsTheDayItWasMadeOnPaper() throws Exception {
        TestClock.today(LocalDate.of(2026, 3, 10));
        try {
            Kontum k = Kontum.create();
            String officer = k.unitOfficer(0);
            Map<String, Object> body = new java.util.HashMap<>(Map.of(
                    "unitId",
                    k.divisions().get(0),
                    "year",
                    2026,
                    "entries",
                    List.of(Map.of("awardType", "ADVANCED_COLLECTIVE"))));
            body.put("registeredOn", "2025-11-30");
            given().auth()
                    .oauth2(officer)
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/v1/title-registrations")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("registeredOn"))
                    .body("errors[0].message", containsString("01/12/2025"));
            body.put("registeredOn", "2026-03-11");
            given().auth()
                    .oauth2(officer)
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/v1/title-registrations")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("registeredOn"));
            body.put("registeredOn", "2026-01-12");
            given().auth()
                    .oauth2(officer)
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/v1/title-registrations")
                    .then()
                    .statusCode(201)
                    .header("Location", equalTo("/api/v1/title-registrations"))
                    .body("[0].registeredOn", equalTo("2026-01-12"));
            body.remove("registeredOn");
            body.put("year", 2025);
            given().auth()
                    .oauth2(officer)
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/v1/title-registrations")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("registeredOn"))
                    .body("errors[0].message", containsString("năm 2025 đã qua"));
            body.put("year", 2026);
            body.put("entries", List.of(Map.of("awardType", "EXCELLENT_COLLECTIVE")));
            given().auth()
                    .oauth2(officer)
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/v1/title-registrations")
                    .then()
                    .statusCode(201)
                    .body("find { it.awardType == 'EXCELLENT_COLLECTIVE' }.registeredOn", equalTo("2026-03-10"));
        } finally {
            TestClock.reset();
        }
    }

    @Test
    void registrationsThatCannotBeAreRefusedNamingTheEntryOrTheCell() throws Exception {
        Kontum k = Kontum.create();
        int year = TestClock.today().getYear();
        given().auth()
                .oauth2(k.unitOfficer(0))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "unitId",
                        k.divisions().get(0),
                        "year",
                        year,
                        "entries",
                        List.of(Map.of("awardType", "PROVINCIAL_EMULATION_FIGHTER"))))
                .post("/api/v1/title-registrations")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("entries[0].awardType"))
                .body(
                        "errors[0].message",
                        equalTo("Chiến sĩ thi đua cấp tỉnh là danh hiệu cá nhân, không đăng ký cho tập thể"));
        given().auth()
                .oauth2(k.unitOfficer(0))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "unitId",
                        k.divisions().get(1),
                        "year",
                        year,
                        "entries",
                        List.of(Map.of("awardType", "ADVANCED_COLLECTIVE"))))
                .post("/api/v1/title-registrations")
                .then()
                .statusCode(403);

        byte[] staff = staffList(List.of(List.of("Đinh Văn Hùng", "Không rõ", "1985", "Cán bộ", "Lao động tiên tiến")));
        given().auth()
                .oauth2(k.unitOfficer(0))
                .contentType(Uploads.CONTENT_TYPE)
                .body(Uploads.form(
                        Map.of("unitId", k.divisions().get(0).toString(), "year", String.valueOf(year)),
                        "ds.xlsx",
                        "application/octet-stream",
                        staff))
                .post("/api/v1/title-registrations/import")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("file.row3.gender"));
        given().auth()
                .oauth2(k.unitOfficer(0))
                .queryParam("unitId", k.divisions().get(0))
                .queryParam("year", year)
                .get("/api/v1/title-registrations")
                .then()
                .statusCode(200)
                .body("", hasSize(0));
    }

    /** A staff list as units keep it: a title line, then the header, then one row per person. */
    static byte[] staffList(List<List<String>> rows) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Danh sách");
            sheet.createRow(0).createCell(0).setCellValue("DANH SÁCH CÁN BỘ ĐĂNG KÝ DANH HIỆU THI ĐUA");
            Row header = sheet.createRow(1);
            List<String> headers = List.of("Họ và tên", "Giới tính", "Năm sinh", "Chức vụ", "Danh hiệu đăng ký");
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 2);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    if (c == 2) {
                        row.createCell(c)
                                .setCellValue(Double.parseDouble(rows.get(r).get(c)));
                    } else {
                        row.createCell(c).setCellValue(rows.get(r).get(c));
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
