package vn.thidua.award.decision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.thidua.award.Dossiers;
import vn.thidua.award.Kontum;
import vn.thidua.platform.documents.AdministrativeDocument;
import vn.thidua.platform.honours.AwardEvents;
import vn.thidua.platform.testing.PdfLayout;
import vn.thidua.platform.testing.TestClock;
import vn.thidua.platform.testing.TopicRecords;

/** Công khai, kiến nghị, quyết định: the end of the year's round of Bằng khen for the Kon Tum police. */
@QuarkusTest
class DisclosureAndDecisionTest {

    static final int YEAR = TestClock.today().getYear() - 1;

    @Test
    void anObjectionHoldsOneNominationAndTheDecisionGrantsTheRestWithItsDocumentsAndEvents() throws Exception {
        Kontum k = Kontum.create();
        UUID police = k.police();
        String hung = k.person(
                k.policeOfficer(),
                k.divisions().get(2),
                "Nguyễn Văn Hùng",
                "MALE",
                Map.of(YEAR, "EXCELLENT"),
                List.of());
        List<String> ids = List.of(
                Dossiers.draft(
                        k.policeOfficer(),
                        Dossiers.forUnit(police, k.divisions().get(0), "PROVINCIAL_CERTIFICATE_OF_MERIT", YEAR)),
                Dossiers.draft(
                        k.policeOfficer(),
                        Dossiers.forUnit(police, k.divisions().get(1), "PROVINCIAL_CERTIFICATE_OF_MERIT", YEAR)),
                Dossiers.draft(
                        k.policeOfficer(), Dossiers.forPerson(police, hung, "PROVINCIAL_CERTIFICATE_OF_MERIT", YEAR)));
        for (String id : ids) {
            Dossiers.submit(k.policeOfficer(), id);
            assertEquals("RECOMMENDED", Dossiers.appraise(k.secretariat(), id, true, null));
        }

        // the list went up on the notice board a month ago; the window is 7 working days
        LocalDate posted = TestClock.today().minusDays(30);
        String notice = given().auth()
                .oauth2(k.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "organizingUnitId",
                        k.province(),
                        "title",
                        "Danh sách đề nghị tặng Bằng khen năm " + YEAR,
                        "opensOn",
                        posted.toString(),
                        "nominationIds",
                        ids))
                .post("/api/v1/notices")
                .then()
                .statusCode(201)
                .body("workingDays", equalTo(7))
                .body("entries", hasSize(3))
                .body("ended", equalTo(true))
                .extract()
                .path("id");
        given().get("/api/v1/notices/public")
                .then()
                .statusCode(200)
                .body("find { it.id == '%s' }.entries.nomineeName".formatted(notice), hasItem("Nguyễn Văn Hùng"));

        given().auth()
                .oauth2(Kontum.citizen())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Đơn vị còn để xảy ra vụ việc mất an ninh trật tự nghiêm trọng chưa được xử lý"))
                .post("/api/v1/notices/nominations/{id}/objections", ids.get(1))
                .then()
                .statusCode(201)
                .body("status", equalTo("OPEN"));
        given().get("/api/v1/notices/public")
                .then()
                .statusCode(200)
                .body(
                        "find { it.id == '%s' }.entries.find { it.nominationId == '%s' }.onHold"
                                .formatted(notice, ids.get(1)),
                        equalTo(true));

        String number = (100 + new java.util.Random().nextInt(800)) + "/QĐ-UBND-"
                + UUID.randomUUID().toString().substring(0, 4);
        Map<String, Object> decision = decision(k, number, List.of());
        given().auth()
                .oauth2(k.secretariat())
                .contentType(ContentType.JSON)
                .body(decision)
                .post("/api/v1/decisions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("nominationIds"));
        decision.put("nominationIds", ids);
        given().auth()
                .oauth2(k.secretariat())
                .contentType(ContentType.JSON)
                .body(decision)
                .post("/api/v1/decisions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("nominationIds[1]"))
                .body("errors[0].message", containsString("đang tạm dừng do có kiến nghị"));
        decision.put("nominationIds", List.of(ids.get(0), ids.get(2)));
        String id = given().auth()
                .oauth2(k.secretariat())
                .contentType(ContentType.JSON)
                .body(decision)
                .post("/api/v1/decisions")
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("lines", hasSize(2))
                .extract()
                .path("id");
        given().auth()
                .oauth2(k.secretariat())
                .contentType(ContentType.JSON)
                .body(decision)
                .post("/api/v1/decisions")
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("number"));

        int version = given().auth()
                .oauth2(k.secretariat())
                .get("/api/v1/decisions/{id}", id)
                .then()
                .extract()
                .path("version");
        List<String> honours = given().auth()
                .oauth2(k.secretariat())
                .queryParam("version", version)
                .post("/api/v1/decisions/{id}/issue", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("ISSUED"))
                .body("baseSalary", equalTo(2340000))
                .body("cashTotal", equalTo(4680000 + 2340000))
                .body("lines[0].cashAmount", equalTo(4680000))
                .body("lines[1].cashAmount", equalTo(2340000))
                .extract()
                .path("lines.honourId");

        List<ConsumerRecord<String, String>> granted = TopicRecords.read(
                        AwardEvents.TOPIC,
                        read -> read.stream()
                                        .filter(r -> honours.contains(r.key())
                                                && r.value().contains(AwardEvents.GRANTED))
                                        .count()
                                == 2,
                        Duration.ofSeconds(20))
                .stream()
                .filter(r -> honours.contains(r.key()))
                .toList();
        assertEquals(2, granted.size());
        assertTrue(granted.stream().allMatch(r -> r.value().contains("\"decisionNumber\":\"" + number + "\"")));

        byte[] pdf = given().auth()
                .oauth2(k.secretariat())
                .get("/api/v1/decisions/{id}/document.pdf", id)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(2, doc.getNumberOfPages());
            PdfLayout.assertAdministrativeFormat(pdf, AdministrativeDocument.written(TestClock.today()));
            String text = new PDFTextStripper().getText(doc);
            assertThat(text, containsString("Số: " + number));
            assertThat(text, containsString("QUYẾT ĐỊNH"));
            assertThat(text, containsString("Tặng thưởng cho 1 tập thể, 1 cá nhân"));
            assertThat(text, containsString("KT. CHỦ TỊCH"));
            assertThat(text, containsString("DANH SÁCH KHEN THƯỞNG"));
            assertThat(text, containsString("Nguyễn Văn Hùng"));
            assertThat(text, containsString("7.020.000"));
        }
        byte[] docx = given().auth()
                .oauth2(k.secretariat())
                .get("/api/v1/decisions/{id}/document.docx", id)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (XWPFWordExtractor word = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            assertThat(word.getText(), containsString("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: 2;"));
        }
        byte[] certificates = given().auth()
                .oauth2(k.secretariat())
                .get("/api/v1/decisions/{id}/certificates.pdf", id)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (PDDocument doc = Loader.loadPDF(certificates)) {
            assertEquals(2, doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            assertThat(text, containsString("BẰNG KHEN"));
            assertThat(text, containsString("Nguyễn Văn Hùng"));
            assertThat(text, containsString("Quyết định số " + number));
        }

        given().queryParam("decision", number)
                .get("/api/v1/honours/public")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.recipientName", hasItem("Nguyễn Văn Hùng"));
        given().auth()
                .oauth2(k.secretariat())
                .queryParam("unitId", k.police())
                .queryParam("year", YEAR)
                .get("/api/v1/honours")
                .then()
                .statusCode(200)
                .body("total", equalTo(2));
        given().queryParam("unitId", k.police())
                .get("/api/v1/honours/statistics")
                .then()
                .statusCode(200)
                .body("byAwardType[0].label", equalTo("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"))
                .body("byAwardType[0].count", equalTo(2));
        String csv = given().queryParam("year", YEAR)
                .get("/api/v1/honours/open-data.csv")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(csv, containsString(number));

        // the objection was looked into: dismissed, the nomination is back; a second one is upheld and it leaves the
        // list
        Map<String, Object> objection = given().auth()
                .oauth2(k.secretariat())
                .get("/api/v1/notices/{id}/objections", notice)
                .then()
                .statusCode(200)
                .body("", hasSize(1))
                .extract()
                .path("[0]");
        given().auth()
                .oauth2(k.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "outcome",
                        "DISMISSED",
                        "resolution",
                        "Vụ việc đã được xử lý theo Kết luận 15/KL-CAT",
                        "version",
                        objection.get("version")))
                .put("/api/v1/notices/objections/{id}", objection.get("id"))
                .then()
                .statusCode(200)
                .body("status", equalTo("DISMISSED"));
        given().auth()
                .oauth2(k.secretariat())
                .get("/api/v1/nominations/{id}", ids.get(1))
                .then()
                .body("onHold", equalTo(false));
        String second = given().auth()
                .oauth2(Kontum.citizen())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Báo cáo thành tích kê khai số liệu chưa đúng thực tế"))
                .post("/api/v1/notices/nominations/{id}/objections", ids.get(1))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(k.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of("outcome", "UPHELD", "resolution", "Số liệu kê khai không đúng", "version", 0))
                .put("/api/v1/notices/objections/{id}", second)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(k.secretariat())
                .get("/api/v1/nominations/{id}", ids.get(1))
                .then()
                .body("status", equalTo("REJECTED"));

        // an award is revoked by the authority's own decision
        String honour = honours.get(0);
        given().auth()
                .oauth2(k.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "revokingDecisionNumber",
                        "9/QĐ-UBND-" + UUID.randomUUID().toString().substring(0, 4),
                        "revokedOn",
                        TestClock.today().toString(),
                        "reason",
                        "Kê khai thành tích không trung thực",
                        "version",
                        0))
                .post("/api/v1/honours/{id}/revoke", honour)
                .then()
                .statusCode(200)
                .body("revoked", equalTo(true));
        assertEquals(
                1,
                TopicRecords.read(
                                AwardEvents.TOPIC,
                                read -> read.stream()
                                        .anyMatch(r -> honour.equals(r.key())
                                                && r.value().contains(AwardEvents.REVOKED)),
                                Duration.ofSeconds(20))
                        .stream()
                        .filter(r -> honour.equals(r.key()) && r.value().contains(AwardEvents.REVOKED))
                        .count());
        given().auth()
                .oauth2(k.secretariat())
                .get("/api/v1/nominations/{id}", ids.get(0))
                .then()
                .body("status", equalTo("REVOKED"));
    }

    @Test
    void aDecisionWaitsForTheEndOfTheDisclosureWindow() throws Exception {
        Kontum k = Kontum.create();
        String id = Dossiers.draft(
                k.policeOfficer(),
                Dossiers.forUnit(k.police(), k.divisions().get(0), "PROVINCIAL_CERTIFICATE_OF_MERIT", YEAR));
        Dossiers.submit(k.policeOfficer(), id);
        Dossiers.appraise(k.secretariat(), id, true, null);
        given().auth()
                .oauth2(k.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "organizingUnitId", k.province(), "title", "Danh sách công khai", "nominationIds", List.of(id)))
                .post("/api/v1/notices")
                .then()
                .statusCode(201)
                .body("opensOn", equalTo(TestClock.today().toString()));
        Map<String, Object> decision =
                decision(k, "77/QĐ-UBND-" + UUID.randomUUID().toString().substring(0, 4), List.of(id));
        given().auth()
                .oauth2(k.secretariat())
                .contentType(ContentType.JSON)
                .body(decision)
                .post("/api/v1/decisions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("nominationIds[0]"))
                .body("errors[0].message", containsString("quyết định phải ban hành sau thời gian công khai"));
    }

    static Map<String, Object> decision(Kontum k, String number, List<String> nominations) {
        Map<String, Object> body = new HashMap<>();
        body.put("organizingUnitId", k.province());
        body.put("number", number);
        body.put("issuedOn", TestClock.today().toString());
        body.put("authority", "Chủ tịch Ủy ban nhân dân tỉnh Kon Tum");
        body.put("issuingBody", "Ủy ban nhân dân tỉnh Kon Tum");
        body.put("signerName", "Nguyễn Ngọc Sâm");
        body.put("signerPosition", "Phó Chủ tịch");
        body.put("signingFor", "KT. Chủ tịch");
        body.put(
                "title",
                "Về việc tặng Bằng khen cho các tập thể, cá nhân thuộc Công an tỉnh đã có thành tích xuất sắc năm "
                        + YEAR);
        body.put("nominationIds", nominations);
        return body;
    }
}
