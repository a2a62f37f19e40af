package vn.thidua.award;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.thidua.platform.testing.Uploads;

/** Nominations as a unit prepares them: the draft, the dossier's files, submission. */
public final class Dossiers {

    /** The smallest PDF a viewer opens; enough for the upload policy's first-bytes check. */
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    private Dossiers() {}

    public static Map<String, Object> forPerson(UUID proposer, String personId, String awardType, int year) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "UNIT");
        body.put("proposerUnitId", proposer);
        body.put("nomineeKind", "INDIVIDUAL");
        body.put("personId", personId);
        body.put("year", year);
        body.put("awardType", awardType);
        body.put(
                "achievement",
                "Hoàn thành xuất sắc nhiệm vụ năm " + year
                        + ". Chủ trì triệt phá 12 chuyên án ma túy, bắt 31 đối tượng.");
        return body;
    }

    public static Map<String, Object> forUnit(UUID proposer, UUID unit, String awardType, int year) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "UNIT");
        body.put("proposerUnitId", proposer);
        body.put("nomineeKind", "COLLECTIVE");
        body.put("nomineeUnitId", unit);
        body.put("year", year);
        body.put("awardType", awardType);
        body.put(
                "achievement",
                "Dẫn đầu phong trào thi đua \"Vì an ninh Tổ quốc\" năm " + year + "; kéo giảm 18% tai nạn giao thông.");
        return body;
    }

    public static String draft(String token, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/nominations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static void attach(String token, String nomination, String... kinds) throws Exception {
        for (String kind : kinds) {
            given().auth()
                    .oauth2(token)
                    .contentType(Uploads.CONTENT_TYPE)
                    .body(Uploads.form(
                            Map.of("kind", kind), kind.toLowerCase() + " – hồ sơ đề nghị.pdf", "application/pdf", PDF))
                    .post("/api/v1/nominations/{id}/documents", nomination)
                    .then()
                    .statusCode(201);
        }
    }

    /** Attaches every document the award's rule asks for and submits. */
    public static void submit(String token, String nomination) throws Exception {
        List<String> required = given().auth()
                .oauth2(token)
                .get("/api/v1/nominations/{id}", nomination)
                .then()
                .statusCode(200)
                .extract()
                .path("requiredDocuments");
        attach(token, nomination, required.toArray(String[]::new));
        int version = given().auth()
                .oauth2(token)
                .get("/api/v1/nominations/{id}", nomination)
                .then()
                .extract()
                .path("version");
        given().auth()
                .oauth2(token)
                .queryParam("version", version)
                .post("/api/v1/nominations/{id}/submit", nomination)
                .then()
                .statusCode(200);
    }

    /** The secretariat takes it into appraisal and passes it (with the reason when it fails a rule). */
    public static String appraise(String secretariat, String nomination, boolean pass, String overrideReason) {
        int version = given().auth()
                .oauth2(secretariat)
                .get("/api/v1/nominations/{id}", nomination)
                .then()
                .extract()
                .path("version");
        version = given().auth()
                .oauth2(secretariat)
                .queryParam("version", version)
                .post("/api/v1/nominations/{id}/appraisal", nomination)
                .then()
                .statusCode(200)
                .extract()
                .path("version");
        Map<String, Object> body = new HashMap<>();
        body.put("pass", pass);
        body.put("note", pass ? "Hồ sơ đầy đủ, đúng quy định" : "Chưa đủ tiêu chuẩn");
        body.put("overrideReason", overrideReason);
        body.put("version", version);
        return given().auth()
                .oauth2(secretariat)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/nominations/{id}/appraisal", nomination)
                .then()
                .statusCode(200)
                .extract()
                .path("status");
    }

    public static int version(String token, String nomination) {
        return given().auth()
                .oauth2(token)
                .get("/api/v1/nominations/{id}", nomination)
                .then()
                .statusCode(200)
                .extract()
                .path("version");
    }
}
