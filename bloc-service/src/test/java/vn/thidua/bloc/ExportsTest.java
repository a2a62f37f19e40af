package vn.thidua.bloc;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.thidua.bloc.covenant.CovenantResourceTest;

/** The covenant with its signature table as PDF and Word, members and ranking as Excel. */
@QuarkusTest
class ExportsTest {

    private static byte[] download(String token, String path, String mediaType, Object... params) {
        return given().auth()
                .oauth2(token)
                .get(path, params)
                .then()
                .statusCode(200)
                .contentType(mediaType)
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment; filename*=UTF-8''"))
                .extract()
                .asByteArray();
    }

    @Test
    void theSignedCovenantPrintsWithItsSignatureTable() throws Exception {
        BlocWorld world = BlocWorld.create();
        UUID bloc = CovenantResourceTest.inForceCovenant(world);

        byte[] pdf =
                download(world.leaderOf(3), "/api/v1/blocs/{id}/covenants/2026/document.pdf", "application/pdf", bloc);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), text);
            assertTrue(text.contains("GIAO ƯỚC THI ĐUA NĂM 2026"), text);
            assertTrue(text.contains("Vì An ninh Tổ quốc"), text);
            assertTrue(text.contains("Điều 6."), text);
            assertTrue(text.contains("Lữ đoàn 198, Bộ Tư lệnh Đặc công " + world.suffix), text);
            assertTrue(text.contains("Phạm Văn Sáu 11, Thủ trưởng đơn vị"), text);
            assertTrue(text.contains("Đã ký 12/12 đơn vị"), text);
        }

        byte[] docx = download(
                world.officer(),
                "/api/v1/blocs/{id}/covenants/2026/document.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                bloc);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = new XWPFWordExtractor(doc).getText();
            assertTrue(text.contains("BẢNG KÝ KẾT CỦA CÁC ĐƠN VỊ THÀNH VIÊN"), text);
            assertEquals(13, doc.getTables().get(1).getNumberOfRows(), "a header and twelve members");
        }

        given().auth()
                .oauth2(BlocWorld.outsideOfficer())
                .get("/api/v1/blocs/{id}/covenants/2026/document.pdf", bloc)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void membersAndRankingExportToExcel() throws Exception {
        BlocWorld world = BlocWorld.create();
        UUID bloc = CovenantResourceTest.inForceCovenant(world);
        byte[] members = download(
                world.officer(),
                "/api/v1/blocs/{id}/members/export.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                bloc);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(members))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertEquals(2 + 12, sheet.getLastRowNum(), "title, a blank row, the header, then twelve members");
            assertTrue(sheet.getRow(3).getCell(1).getStringCellValue().startsWith("Bộ Chỉ huy Bộ đội Biên phòng"));
        }

        given().auth()
                .oauth2(world.officer())
                .post("/api/v1/blocs/{id}/scoring/2026", bloc)
                .then()
                .statusCode(201);
        for (int i = 0; i < 12; i++) {
            java.util.List<Map<String, Object>> points = new java.util.ArrayList<>();
            for (int clause = 1; clause <= 6; clause++) {
                points.add(Map.of("clause", clause, "points", clause == 6 ? 10 - i / 2.0 : 9));
            }
            given().auth()
                    .oauth2(world.leaderOf(i))
                    .contentType(ContentType.JSON)
                    .body(Map.of("points", points))
                    .put("/api/v1/blocs/{id}/scoring/2026/scorecards/{unit}", bloc, world.units.get(i))
                    .then()
                    .statusCode(200);
        }
        given().auth()
                .oauth2(world.officer())
                .post("/api/v1/blocs/{id}/scoring/2026/close", bloc)
                .then()
                .statusCode(200);
        byte[] ranking = download(
                world.leaderOf(2),
                "/api/v1/blocs/{id}/scoring/2026/ranking.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                bloc);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ranking))) {
            XSSFSheet sheet = book.getSheet("Xếp hạng");
            assertEquals(1.0, sheet.getRow(3).getCell(0).getNumericCellValue());
            assertTrue(sheet.getRow(3).getCell(2).getStringCellValue().startsWith("Thanh tra tỉnh"));
            assertEquals(55.0, sheet.getRow(3).getCell(4).getNumericCellValue());
        }
    }
}
