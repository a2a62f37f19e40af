package vn.thidua.campaign.campaign;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.testing.PdfLayout;

@QuarkusTest
class CampaignPlanDocumentTest {

    @Test
    void thePlanPrintsAsTheLaunchingDocumentReadsInPdfAndWord() throws Exception {
        CampaignResourceTest.Police p = CampaignResourceTest.police();
        String id =
                CampaignResourceTest.launch(p, CampaignResourceTest.plan(p.police(), "SUBTREE", List.of(p.police())));

        var pdf = given().auth()
                .oauth2(p.unitOfficer(1))
                .get("/api/v1/campaigns/{id}/plan.pdf", id)
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract();
        assertTrue(
                pdf.header("Content-Disposition")
                        .contains("filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%203337-KH-CAT-PX03.pdf"),
                pdf.header("Content-Disposition"));
        try (PDDocument doc = Loader.loadPDF(pdf.asByteArray())) {
            PdfLayout.assertAdministrativeFormat(pdf.asByteArray(), "ngày 27 tháng 10 năm 2022");
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            for (String expected : List.of(
                    "CÔNG AN TỈNH KON TUM",
                    "Số: 3337/KH-CAT-PX03",
                    "Kon Tum",
                    "ngày 27 tháng 10 năm 2022",
                    "KẾ HOẠCH",
                    "Một là, Đẩy mạnh việc tuyên truyền",
                    "Năm là, Tổ chức đợt tuyên truyền",
                    "Mô hình, phần việc thiết thực",
                    "Giấy khen của Giám đốc Công an tỉnh: 5",
                    "(5 đơn vị khi phát động)")) {
                assertTrue(text.contains(expected), expected + " in " + text);
            }
        }
        byte[] docx = given().auth()
                .oauth2(p.officer())
                .get("/api/v1/campaigns/{id}/plan.docx", id)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = new XWPFWordExtractor(doc).getText();
            assertTrue(text.contains("Số: 3337/KH-CAT-PX03"), text);
            assertTrue(text.contains("Ba là,"), text);
            assertTrue(text.contains("Mỗi đơn vị đăng ký ít nhất 1 mô hình hoặc 1 phần việc thiết thực"), text);
        }
        given().auth()
                .oauth2(vn.thidua.platform.testing.TestTokens.user("x")
                        .roles("unit-officer")
                        .unit(p.province())
                        .get())
                .get("/api/v1/campaigns/{id}/plan.pdf", id)
                .then()
                .statusCode(404);
    }
}
