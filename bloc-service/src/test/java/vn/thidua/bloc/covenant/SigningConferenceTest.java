package vn.thidua.bloc.covenant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.thidua.bloc.BlocWorld;
import vn.thidua.bloc.blocs.BlocEvents;
import vn.thidua.platform.testing.PdfLayout;
import vn.thidua.platform.testing.TestClock;
import vn.thidua.platform.testing.TopicRecords;

/**
 * A 2023 covenant recorded in the system years later: its signing conference's minutes date it, and its document
 * prints that date and the conference's chair; anyone can check its signatures.
 */
@QuarkusTest
class SigningConferenceTest {

    static Map<String, Object> signingConference(BlocWorld world, String heldOn, String covenantId) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "COVENANT_SIGNING");
        body.put("title", "Hội nghị ký kết giao ước thi đua năm 2023 Khối thi đua số 3");
        body.put("heldOn", heldOn);
        body.put("place", "Hội trường Công an tỉnh Đắk Lắk");
        body.put("chairRank", "Đại tá");
        body.put("chairName", "Nguyễn Văn Bình");
        body.put("chairPosition", "Giám đốc Công an tỉnh");
        body.put(
                "decisions",
                List.of(Map.of(
                        "kind",
                        "COVENANT",
                        "subjectId",
                        covenantId,
                        "summary",
                        "Các đơn vị ký kết giao ước thi đua năm 2023")));
        return body;
    }

    @Test
    void theConferenceDatesTheCovenantAndItsDocument() throws Exception {
        BlocWorld world = BlocWorld.create();
        UUID bloc = world.blocWithMembers(LocalDate.of(2023, 1, 1));
        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(CovenantResourceTest.draft(null, CovenantResourceTest.CLAUSES))
                .put("/api/v1/blocs/{id}/covenants/2023", bloc)
                .then()
                .statusCode(200);
        String covenant = given().auth()
                .oauth2(world.officer())
                .post("/api/v1/blocs/{id}/covenants/2023/open", bloc)
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        for (int i = 0; i < 12; i++) {
            assertEquals(201, CovenantResourceTest.sign(world.leaderOf(i), bloc, 2023));
        }
        given().auth()
                .oauth2(world.officer())
                .get("/api/v1/blocs/{id}/covenants/2023", bloc)
                .then()
                .body("status", equalTo("IN_FORCE"))
                .body("signedOn", equalTo(TestClock.today().toString()))
                .body("signingConference", nullValue());

        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(signingConference(world, "2024-01-10", covenant))
                .post("/api/v1/blocs/{id}/meetings", bloc)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("decisions[0].subjectId"))
                .body("errors[0].message", containsString("01/12/2022 đến 31/12/2023"));
        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(signingConference(world, "2023-02-10", covenant))
                .post("/api/v1/blocs/{id}/meetings", bloc)
                .then()
                .statusCode(201);

        given().auth()
                .oauth2(world.leaderOf(4))
                .get("/api/v1/blocs/{id}/covenants/2023", bloc)
                .then()
                .body("signedOn", equalTo("2023-02-10"))
                .body("signingConference.chairRank", equalTo("Đại tá"))
                .body("signingConference.chairName", equalTo("Nguyễn Văn Bình"))
                .body("signingConference.place", equalTo("Hội trường Công an tỉnh Đắk Lắk"));
        assertTrue(TopicRecords.read(
                                BlocEvents.TOPIC,
                                read -> read.stream()
                                        .anyMatch(r -> r.value().contains(CovenantEvents.SIGNING_RECORDED)
                                                && r.value().contains(covenant)
                                                && r.value().contains("2023-02-10")),
                                Duration.ofSeconds(20))
                        .size()
                > 0);

        byte[] pdf = given().auth()
                .oauth2(world.leaderOf(4))
                .get("/api/v1/blocs/{id}/covenants/2023/document.pdf", bloc)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PdfLayout.assertAdministrativeFormat(pdf, "ngày 10 tháng 02 năm 2023");
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains(", ngày 10 tháng 02 năm 2023 GIAO ƯỚC THI ĐUA NĂM 2023"), text);
            assertTrue(
                    text.contains("TM. HỘI NGHỊ")
                            && text.contains("GIÁM ĐỐC CÔNG AN TỈNH")
                            && text.contains("Đại tá Nguyễn Văn Bình"),
                    text);
            assertTrue(text.contains("Hội nghị ký kết giao ước thi đua năm 2023"), text);
            assertFalse(
                    text.matches(".*ngày \\d{2} tháng \\d{1,2} năm "
                            + TestClock.today().getYear() + ".*"),
                    "not dated the day it was printed");
        }
        byte[] docx = given().auth()
                .oauth2(world.leaderOf(4))
                .get("/api/v1/blocs/{id}/covenants/2023/document.docx", bloc)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = new XWPFWordExtractor(word).getText();
            assertTrue(text.contains("ngày 10 tháng 02 năm 2023") && text.contains("Đại tá Nguyễn Văn Bình"), text);
        }

        // the minutes no longer record the signing there: the covenant is dated again the day it came into force
        String meeting = given().auth()
                .oauth2(world.officer())
                .get("/api/v1/blocs/{id}/meetings", bloc)
                .then()
                .extract()
                .path("[0].id");
        Map<String, Object> edit = signingConference(world, "2023-02-10", covenant);
        edit.put("kind", "OTHER");
        edit.put("decisions", List.of());
        edit.put("version", 0);
        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(edit)
                .put("/api/v1/blocs/{id}/meetings/{m}", bloc, meeting)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(world.officer())
                .get("/api/v1/blocs/{id}/covenants/2023", bloc)
                .then()
                .body("signedOn", equalTo(TestClock.today().toString()))
                .body("signingConference", nullValue());
    }

    @Test
    void anyoneChecksTheSignaturesAgainstTheTextTheySigned() throws Exception {
        BlocWorld world = BlocWorld.create();
        UUID bloc = CovenantResourceTest.openCovenant(world, 2026);
        given().get("/api/v1/blocs/{id}/covenants/2026/signatures", UUID.randomUUID())
                .then()
                .statusCode(404);
        assertEquals(201, CovenantResourceTest.sign(world.leaderOf(0), bloc, 2026));
        assertEquals(201, CovenantResourceTest.sign(world.leaderOf(7), bloc, 2026));

        JsonPath published = given().get("/api/v1/blocs/{id}/covenants/2026/signatures", bloc)
                .then()
                .statusCode(200)
                .body("memberCount", equalTo(12))
                .body("signatures.size()", equalTo(2))
                .extract()
                .jsonPath();
        String sha = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(published.getString("text").getBytes(StandardCharsets.UTF_8)));
        assertEquals(sha, published.getString("textSha256"));
        for (Map<String, Object> signature : published.<Map<String, Object>>getList("signatures")) {
            assertEquals(sha, signature.get("textSha256"));
            assertTrue(
                    signature.get("unitName").toString().startsWith(BlocWorld.KHOI_3.get(0))
                            || signature.get("unitName").toString().startsWith(BlocWorld.KHOI_3.get(7)),
                    signature.toString());
        }
        assertFalse(published.prettify().contains("signerSubject"), "no account ids on a public page");
    }
}
