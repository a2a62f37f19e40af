package vn.thidua.award;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.thidua.platform.testing.TestTokens;
import vn.thidua.replicas.testing.Directory;

/**
 * A fresh corner of Kon Tum for one test: the province with its secretariat (Sở Nội vụ), the provincial
 * police and three of its divisions, and a district outside the police.
 */
public record Kontum(UUID province, UUID police, List<UUID> divisions, UUID district) {

    public static Kontum create() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 6);
        UUID province = Directory.unit("Ủy ban nhân dân tỉnh Kon Tum " + s, null, true);
        UUID police = Directory.unit("Công an tỉnh Kon Tum " + s, province, true);
        List<UUID> divisions = List.of(
                Directory.unit("Phòng Cảnh sát hình sự " + s, police, true),
                Directory.unit("Phòng Cảnh sát giao thông " + s, police, true),
                Directory.unit("Công an thành phố Kon Tum " + s, police, true));
        UUID district = Directory.unit("Ủy ban nhân dân huyện Đắk Hà " + s, province, true);
        return new Kontum(province, police, divisions, district);
    }

    /** Cán bộ Ban Thi đua – Khen thưởng, Sở Nội vụ: the province's secretariat. */
    public String secretariat() {
        return TestTokens.user("btdkt.officer")
                .name("Lê Thị Hoa")
                .roles("officer")
                .unit(province)
                .get();
    }

    public String unitOfficer(int division) {
        return TestTokens.user("unitofficer." + division)
                .name("Phạm Văn Đức")
                .roles("unit-officer")
                .unit(divisions.get(division))
                .get();
    }

    public String policeOfficer() {
        return TestTokens.user("police.officer")
                .name("Võ Minh Tuấn")
                .roles("unit-officer")
                .unit(police)
                .get();
    }

    public static String citizen() {
        return TestTokens.user("citizen." + UUID.randomUUID())
                .name("Nguyễn Thị Lan")
                .get();
    }

    /** Records a person of the unit with their yearly ratings and initiatives. */
    public String person(
            String token,
            UUID unit,
            String name,
            String gender,
            Map<Integer, String> ratings,
            List<Map<String, Object>> initiatives) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", unit);
        body.put("fullName", name);
        body.put("gender", gender);
        body.put("birthYear", 1984);
        body.put("position", "Đội trưởng");
        body.put("ratings", ratings);
        body.put("initiatives", initiatives);
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/people")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** An honour from an earlier paper decision, entered into the registry by the secretariat. */
    public void recorded(UUID unit, String personId, String awardType, int year) {
        Map<String, Object> body = new HashMap<>();
        body.put("awardType", awardType);
        body.put("recipientKind", personId == null ? "COLLECTIVE" : "INDIVIDUAL");
        body.put("unitId", unit);
        body.put("personId", personId);
        body.put("year", year);
        body.put(
                "decisionNumber",
                (100 + year % 100) + "/QĐ-CAT-" + UUID.randomUUID().toString().substring(0, 4));
        body.put("decidedOn", (year + 1) + "-01-15");
        body.put("authority", "Giám đốc Công an tỉnh Kon Tum");
        given().auth()
                .oauth2(secretariat())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/honours")
                .then()
                .statusCode(201);
    }

    /** A local rule set of the province: Giấy khen with its own cash, a 5-working-day disclosure, an optional dossier deadline. */
    public Map<String, Object> localRules(String code, String from, String deadline) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Quy định khen thưởng tỉnh Kon Tum " + code);
        body.put("legalSource", "Quyết định số 12/2026/QĐ-UBND của Ủy ban nhân dân tỉnh Kon Tum");
        body.put("organizingUnitId", province);
        body.put("effectiveFrom", from);
        Map<String, Object> settings = new HashMap<>();
        settings.put("disclosureWorkingDays", 5);
        settings.put("dossierDeadline", deadline);
        body.put("settings", settings);
        body.put(
                "rules",
                List.of(Map.of(
                        "awardType",
                        "CERTIFICATE_OF_COMMENDATION",
                        "authority",
                        "Thủ trưởng cơ quan, đơn vị",
                        "requiredDocuments",
                        List.of("SUBMISSION_MEMO"),
                        "cash",
                        Map.of("INDIVIDUAL", 0.5, "COLLECTIVE", 1.0),
                        "legalSource",
                        "Quyết định số 12/2026/QĐ-UBND, Điều 8")));
        return body;
    }
}
