package vn.thidua.platform.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.testing.PdfLayout;

/**
 * The format of administrative documents (Nghị định 30/2020/NĐ-CP, Phụ lục I), read back from what the renderers
 * write: the font, the header with its two rules and no word broken, the number, place and date in italics, a
 * justified body, the signature block, page numbers from page 2, and Word tables with their grid.
 */
class AdministrativeFormatTest {

    private static final float MM = 72f / 25.4f;

    static AdministrativeDocument decision(int articles) {
        List<AdministrativeDocument.Block> body = new ArrayList<>();
        body.add(new AdministrativeDocument.Paragraph(
                null,
                "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022; căn cứ Nghị định số "
                        + "152/2025/NĐ-CP ngày 15 tháng 6 năm 2025 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen "
                        + "thưởng; xét đề nghị của Giám đốc Sở Nội vụ tỉnh Đắk Lắk,",
                true));
        for (int i = 1; i <= articles; i++) {
            body.add(new AdministrativeDocument.Paragraph(
                    "Điều " + i + ".",
                    "Tặng Cờ thi đua của Ủy ban nhân dân tỉnh cho Thanh tra tỉnh "
                            + "Đắk Lắk, đơn vị dẫn đầu phong trào thi đua năm 2025 của Khối thi đua số 3, đã có thành tích xuất sắc trong thực hiện "
                            + "nhiệm vụ chính trị, bảo đảm quốc phòng – an ninh và xây dựng Đảng, chính quyền.",
                    true));
        }
        body.add(new AdministrativeDocument.Signature("KT. CHỦ TỊCH", "Phó Chủ tịch", "Nguyễn Thiên Văn"));
        return new AdministrativeDocument(
                "Ủy ban nhân dân tỉnh Đắk Lắk",
                "Ủy ban nhân dân tỉnh Đắk Lắk",
                "123/QĐ-UBND",
                "Đắk Lắk",
                LocalDate.of(2026, 2, 6),
                "Quyết định",
                List.of("Về việc tặng Cờ thi đua của Ủy ban nhân dân tỉnh năm 2025"),
                body,
                List.of());
    }

    @Test
    void daysUnderTenAndTheFirstTwoMonthsTakeALeadingZero() {
        assertEquals("Đắk Lắk, ngày 06 tháng 02 năm 2026", decision(1).placeAndDate());
        AdministrativeDocument march = new AdministrativeDocument(
                "",
                "Khối thi đua số 3",
                null,
                "Đắk Lắk",
                LocalDate.of(2026, 3, 15),
                "Giao ước",
                List.of(),
                List.of(),
                List.of());
        assertEquals("Đắk Lắk, ngày 15 tháng 3 năm 2026", march.placeAndDate());
    }

    @Test
    void everyFontIsTheTimesMetricSerifAndEmbedded() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(PdfRenderer.render(decision(3)))) {
            PDPage page = pdf.getPage(0);
            Set<String> names = new HashSet<>();
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                names.add(font.getName());
                assertTrue(font.isEmbedded(), font.getName());
                assertTrue(font.getName().contains("LiberationSerif"), font.getName());
            }
            assertTrue(
                    names.stream().anyMatch(n -> n.contains("Bold"))
                            && names.stream().anyMatch(n -> n.contains("Italic")),
                    names.toString());
        }
    }

    @Test
    void theHeaderHasBothRulesTheNumberAndThePlaceAndDateInItalics() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(PdfRenderer.render(decision(3)))) {
            List<PdfLayout.Line> lines = PdfLayout.lines(pdf, 0);
            float height = PDRectangle.A4.getHeight();
            List<PdfLayout.Line> header =
                    lines.stream().filter(l -> l.y() > height - 60 * MM).toList();
            assertEquals(2, header.size(), "a rule under the issuing body and one under the motto: " + header);
            PdfLayout.Line issuer =
                    header.stream().min((a, b) -> Float.compare(a.x1(), b.x1())).orElseThrow();
            PdfLayout.Line motto =
                    header.stream().max((a, b) -> Float.compare(a.x1(), b.x1())).orElseThrow();
            float textWidth = PDRectangle.A4.getWidth() - 45 * MM;
            assertTrue(issuer.x2() < 30 * MM + textWidth * 0.42f, "the issuing body's rule sits in the left column");
            assertTrue(motto.length() > issuer.length(), "the motto's rule runs the length of its line");

            List<PdfLayout.Text> texts = PdfLayout.texts(pdf, 0);
            PdfLayout.Text date = texts.stream()
                    .filter(t -> t.text().contains("ngày 06 tháng 02 năm 2026"))
                    .findFirst()
                    .orElseThrow();
            assertTrue(date.font().contains("Italic"), date.font());
            assertTrue(date.y() < motto.y(), "the place and date come under the motto's rule");
            assertTrue(texts.stream().anyMatch(t -> t.text().equals("Số: 123/QĐ-UBND")), texts.toString());
            PdfLayout.Text title = texts.stream()
                    .filter(t -> t.text().equals("QUYẾT ĐỊNH"))
                    .findFirst()
                    .orElseThrow();
            assertTrue(title.font().contains("Bold"), title.font());
        }
    }

    @Test
    void noWordOfTheHeaderIsBrokenAcrossLines() throws Exception {
        AdministrativeDocument longName = new AdministrativeDocument(
                "Bộ Công an",
                "Phòng Công tác Đảng và công tác chính trị Công an " + "tỉnh Kon Tum",
                "3337/KH-CAT-PX03",
                "Kon Tum",
                LocalDate.of(2022, 10, 27),
                "Kế hoạch",
                List.of(),
                List.of(),
                List.of());
        try (PDDocument pdf = Loader.loadPDF(PdfRenderer.render(longName))) {
            Set<String> expected = new HashSet<>(
                    Arrays.asList("PHÒNG CÔNG TÁC ĐẢNG VÀ CÔNG TÁC CHÍNH TRỊ CÔNG AN TỈNH KON TUM".split(" ")));
            List<PdfLayout.Text> texts = PdfLayout.texts(pdf, 0);
            Set<String> issuerWords = texts.stream()
                    .filter(t -> t.font().contains("Bold")
                            && t.y() > PDRectangle.A4.getHeight() - 50 * MM
                            && t.x() < 99 * MM)
                    .flatMap(t -> Arrays.stream(t.text().split(" ")))
                    .collect(Collectors.toSet());
            assertTrue(
                    texts.stream()
                                    .filter(t -> t.font().contains("Bold")
                                            && t.x() < 99 * MM
                                            && t.y() > PDRectangle.A4.getHeight() - 50 * MM)
                                    .count()
                            > 1,
                    "the long name takes more than one line");
            assertEquals(expected, issuerWords, "every line holds whole words: " + texts);
        }
    }

    @Test
    void theBodyIsJustifiedWithAnIndentedFirstLine() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(PdfRenderer.render(decision(3)))) {
            List<PdfLayout.Text> body = PdfLayout.texts(pdf, 0).stream()
                    .filter(t -> t.text().startsWith("Căn cứ")
                            || t.text().startsWith("Điều 1.")
                            || t.text().contains("nhiệm vụ"))
                    .toList();
            PdfLayout.Text first = PdfLayout.texts(pdf, 0).stream()
                    .filter(t -> t.text().startsWith("Điều 1."))
                    .findFirst()
                    .orElseThrow();
            assertEquals(40 * MM, first.x(), 1.0, "the first line starts 1 cm in from the 3 cm margin");
            float right = PDRectangle.A4.getWidth() - 15 * MM;
            List<PdfLayout.Text> full = PdfLayout.texts(pdf, 0).stream()
                    .filter(t -> t.y() < first.y() && t.y() > first.y() - 20)
                    .toList();
            assertFalse(full.isEmpty(), body.toString());
            assertEquals(right, full.get(0).end(), 1.0, "a full line of the body reaches the right margin");
        }
    }

    @Test
    void pagesAreNumberedFromTheSecond() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(PdfRenderer.render(decision(30)))) {
            assertTrue(pdf.getNumberOfPages() >= 3);
            float top = PDRectangle.A4.getHeight() - 20 * MM;
            assertTrue(PdfLayout.texts(pdf, 0).stream().noneMatch(t -> t.y() > top), "no number on the first page");
            for (int i = 1; i < pdf.getNumberOfPages(); i++) {
                int page = i;
                PdfLayout.Text number = PdfLayout.texts(pdf, i).stream()
                        .filter(t -> t.y() > top)
                        .findFirst()
                        .orElseThrow();
                assertEquals(String.valueOf(i + 1), number.text());
                assertEquals(
                        PDRectangle.A4.getWidth() / 2 + 7.5f * MM,
                        number.x() + (number.end() - number.x()) / 2,
                        2.0,
                        "centred over the text of page " + page);
            }
            String last = new PDFTextStripper().getText(pdf);
            assertTrue(
                    last.contains("KT. CHỦ TỊCH") && last.contains("PHÓ CHỦ TỊCH") && last.contains("Nguyễn Thiên Văn"),
                    "the signature block");
        }
    }

    @Test
    void theWordDocumentFollowsTheSameFormatAndIsValidOoxml() throws Exception {
        try (XWPFDocument word =
                new XWPFDocument(new ByteArrayInputStream(DocxRenderer.render(DocumentRenderersTest.covenant(6))))) {
            List<XmlError> errors = new ArrayList<>();
            XmlOptions options = new XmlOptions().setErrorListener(errors);
            assertTrue(word.getDocument().validate(options), errors.toString());
            for (XWPFTable table : word.getTables()) {
                assertEquals(
                        table.getRow(0).getTableCells().size(),
                        table.getCTTbl().getTblGrid().sizeOfGridColArray(),
                        "w:tblGrid");
            }
            XWPFTable header = word.getTables().get(0);
            List<XWPFParagraph> left = header.getRow(0).getCell(0).getParagraphs();
            assertTrue(
                    left.stream().anyMatch(p -> p.getBorderBottom() == org.apache.poi.xwpf.usermodel.Borders.SINGLE),
                    "the issuing body's rule");
            List<XWPFParagraph> right = header.getRow(0).getCell(1).getParagraphs();
            assertTrue(
                    right.stream().anyMatch(p -> p.getBorderBottom() == org.apache.poi.xwpf.usermodel.Borders.SINGLE),
                    "the motto's rule");
            XWPFRun date = right.get(right.size() - 1).getRuns().get(0);
            assertEquals("Đắk Lắk, ngày 15 tháng 01 năm 2026", date.text());
            assertTrue(date.isItalic());
            assertTrue(
                    word.getDocument().getBody().getSectPr().isSetTitlePg(),
                    "the first page has its own header, without number");
            assertTrue(word.getHeaderList().stream()
                    .anyMatch(h -> h.getParagraphs().stream()
                            .anyMatch(p -> p.getCTP().sizeOfFldSimpleArray() == 1
                                    && "PAGE"
                                            .equals(p.getCTP()
                                                    .getFldSimpleArray(0)
                                                    .getInstr()))));
            XWPFParagraph clause = word.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("Điều 1."))
                    .findFirst()
                    .orElseThrow();
            assertEquals(ParagraphAlignment.BOTH, clause.getAlignment());
            for (XWPFParagraph p : word.getParagraphs()) {
                for (XWPFRun run : p.getRuns()) {
                    assertEquals(DocxRenderer.FONT, run.getFontFamily(), p.getText());
                }
            }
        }
    }
}
