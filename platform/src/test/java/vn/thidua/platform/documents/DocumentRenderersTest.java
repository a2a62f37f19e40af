package vn.thidua.platform.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class DocumentRenderersTest {

    static AdministrativeDocument covenant(int clauses) {
        List<AdministrativeDocument.Block> body = new ArrayList<>();
        for (int i = 1; i <= clauses; i++) {
            body.add(new AdministrativeDocument.Paragraph(
                    "Điều " + i + ".",
                    "Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; thực hiện thắng lợi nhiệm vụ "
                            + "chính trị được giao, bảo đảm quốc phòng – an ninh",
                    true));
        }
        body.add(new AdministrativeDocument.Signature("TM. HỘI NGHỊ", "Chủ trì hội nghị", "Đại tá Nguyễn Văn Bình"));
        body.add(new AdministrativeDocument.Heading("BẢNG KÝ KẾT"));
        body.add(new AdministrativeDocument.Table(
                List.of("STT", "Đơn vị", "Người ký"),
                List.of(1, 5, 5),
                List.of(
                        List.of("1", "Thanh tra tỉnh Đắk Lắk", "Phạm Văn Sáu, Phó Chánh Thanh tra tỉnh"),
                        List.of("2", "Lữ đoàn 198, Bộ Tư lệnh Đặc công", "Chưa ký"))));
        return new AdministrativeDocument(
                "Ủy ban nhân dân tỉnh Đắk Lắk",
                "Khối thi đua số 3",
                "05/GƯ-K3",
                "Đắk Lắk",
                LocalDate.of(2026, 1, 15),
                "Giao ước thi đua năm 2026",
                List.of("“Vì An ninh Tổ quốc”"),
                body,
                List.of("Mã SHA-256 của văn bản: abc"));
    }

    @Test
    void thePdfEmbedsAFontThatKeepsEveryVietnameseDiacritic() throws Exception {
        byte[] pdf = PdfRenderer.render(covenant(6));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), text);
            assertTrue(text.contains("Độc lập - Tự do - Hạnh phúc"), text);
            assertTrue(text.contains("ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK"), text);
            assertTrue(text.contains("GIAO ƯỚC THI ĐUA NĂM 2026"), text);
            assertTrue(text.contains("Đắk Lắk, ngày 15 tháng 01 năm 2026"), text);
            assertTrue(text.contains("Số: 05/GƯ-K3"), text);
            assertTrue(text.contains("Lữ đoàn 198, Bộ Tư lệnh Đặc công"), text);
            assertTrue(text.contains("Điều 6."), text);
        }
    }

    @Test
    void aLongDocumentFlowsOntoMorePages() throws Exception {
        try (PDDocument doc = Loader.loadPDF(PdfRenderer.render(covenant(40)))) {
            assertTrue(doc.getNumberOfPages() > 1);
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Điều 40."), "no clause is lost at a page break");
        }
    }

    @Test
    void aParagraphsLeadIsBoldAndItsTextIsNot() throws Exception {
        Map<String, String> fontOf = new HashMap<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                if (text.startsWith("Điều 1.")) {
                    fontOf.put("lead", positions.get(0).getFont().getName());
                    fontOf.put(
                            "text",
                            positions.get(positions.size() - 1).getFont().getName());
                }
            }
        };
        try (PDDocument doc = Loader.loadPDF(PdfRenderer.render(covenant(1)))) {
            stripper.getText(doc);
        }
        assertTrue(fontOf.get("lead").contains("Bold"), fontOf.toString());
        assertTrue(!fontOf.get("text").contains("Bold"), fontOf.toString());
    }

    @Test
    void theWordDocumentHasTheHeaderTitleClausesAndTable() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DocxRenderer.render(covenant(6))))) {
            String text = new XWPFWordExtractor(doc).getText();
            assertTrue(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), text);
            assertTrue(text.contains("GIAO ƯỚC THI ĐUA NĂM 2026"), text);
            assertTrue(text.contains("Điều 6."), text);
            assertEquals(2, doc.getTables().size(), "the header and the signature table");
            assertTrue(
                    doc.getTables().get(0).getRow(0).getCell(0).getText().contains("Số: 05/GƯ-K3"),
                    "the number under the issuing body");
            assertEquals(
                    "Lữ đoàn 198, Bộ Tư lệnh Đặc công",
                    doc.getTables().get(1).getRow(2).getCell(1).getText());
            assertTrue(text.contains("ĐẠI TÁ NGUYỄN VĂN BÌNH") || text.contains("Đại tá Nguyễn Văn Bình"), text);
        }
    }

    @Test
    void aSpreadsheetKeepsNumbersAsNumbersAndWritesDatesTheVietnameseWay() throws Exception {
        byte[] xlsx = Spreadsheets.table(
                "Xếp hạng",
                "Kết quả xếp hạng năm 2026",
                List.of("Hạng", "Đơn vị", "Điểm", "Ngày"),
                List.of(
                        List.of(1, "Thanh tra tỉnh Đắk Lắk", 55.0, LocalDate.of(2026, 12, 20)),
                        List.of(2, "Trại giam Đắk Tân", 53.5, "")));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = book.getSheet("Xếp hạng");
            assertEquals("Kết quả xếp hạng năm 2026", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Đơn vị", sheet.getRow(2).getCell(1).getStringCellValue());
            assertEquals(53.5, sheet.getRow(4).getCell(2).getNumericCellValue());
            assertEquals("Trại giam Đắk Tân", sheet.getRow(4).getCell(1).getStringCellValue());
            assertEquals("20/12/2026", sheet.getRow(3).getCell(3).getStringCellValue());
        }
    }
}
