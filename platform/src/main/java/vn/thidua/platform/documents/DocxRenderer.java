package vn.thidua.platform.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** Renders an {@link AdministrativeDocument} as Word (Times New Roman 13, A4, the decree's margins). */
public final class DocxRenderer {

    static final String FONT = "Times New Roman";
    private static final int SIZE = 13;
    private static final int TWIPS_PER_MM = 57; // 1440 twips per inch

    private DocxRenderer() {
    }

    public static byte[] render(AdministrativeDocument doc) {
        try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            margins(word);
            header(word, doc);
            paragraph(word, ParagraphAlignment.RIGHT, false, true, doc.placeAndDate());
            paragraph(word, ParagraphAlignment.CENTER, true, false, doc.title().toUpperCase(Locale.forLanguageTag("vi")));
            doc.subtitles().forEach(s -> paragraph(word, ParagraphAlignment.CENTER, false, true, s));
            for (AdministrativeDocument.Block block : doc.body()) {
                if (block instanceof AdministrativeDocument.Heading h) {
                    paragraph(word, ParagraphAlignment.LEFT, true, false, h.text());
                } else if (block instanceof AdministrativeDocument.Paragraph p) {
                    bodyParagraph(word, p);
                } else if (block instanceof AdministrativeDocument.Table t) {
                    table(word, t);
                } else if (block instanceof AdministrativeDocument.Signature s) {
                    signature(word, s);
                } else if (block instanceof AdministrativeDocument.PageBreak) {
                    word.createParagraph().setPageBreak(true);
                }
            }
            doc.notes().forEach(n -> paragraph(word, ParagraphAlignment.LEFT, false, true, n));
            word.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void margins(XWPFDocument word) {
        CTSectPr section = word.getDocument().getBody().addNewSectPr();
        section.addNewPgSz().setW(BigInteger.valueOf(11906));
        section.getPgSz().setH(BigInteger.valueOf(16838));
        CTPageMar margin = section.addNewPgMar();
        margin.setTop(BigInteger.valueOf(20L * TWIPS_PER_MM));
        margin.setBottom(BigInteger.valueOf(20L * TWIPS_PER_MM));
        margin.setLeft(BigInteger.valueOf(30L * TWIPS_PER_MM));
        margin.setRight(BigInteger.valueOf(15L * TWIPS_PER_MM));
    }

    /** The issuing body (left) and the national motto (right), side by side in a borderless table. */
    private static void header(XWPFDocument word, AdministrativeDocument doc) {
        XWPFTable table = word.createTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        List<Line> left = new java.util.ArrayList<>(List.of(line(doc.parentBody().toUpperCase(java.util.Locale.forLanguageTag("vi")), false, false),
                line(doc.issuingBody().toUpperCase(java.util.Locale.forLanguageTag("vi")), true, false)));
        if (doc.numberLine() != null) {
            left.add(line(doc.numberLine(), false, false));
        }
        cell(table.getRow(0).getCell(0), left);
        cell(table.getRow(0).getCell(1), List.of(line(AdministrativeDocument.MOTTO_1, true, false),
                line(AdministrativeDocument.MOTTO_2, true, true)));
    }

    private record Line(String text, boolean bold, boolean underline) {
    }

    private static Line line(String text, boolean bold, boolean underline) {
        return new Line(text, bold, underline);
    }

    private static void cell(XWPFTableCell cell, List<Line> lines) {
        XWPFParagraph first = cell.getParagraphs().get(0);
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph p = i == 0 ? first : cell.addParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun run = run(p, lines.get(i).text(), lines.get(i).bold(), false);
            run.setFontSize(12);
            if (lines.get(i).underline()) {
                run.setUnderline(UnderlinePatterns.SINGLE);
            }
        }
    }

    private static void paragraph(XWPFDocument word, ParagraphAlignment align, boolean bold, boolean italic, String text) {
        XWPFParagraph p = word.createParagraph();
        p.setAlignment(align);
        p.setSpacingAfter(120);
        run(p, text, bold, italic);
    }

    /** Centred in the right half of the page, with room to sign above the name. */
    private static void signature(XWPFDocument word, AdministrativeDocument.Signature s) {
        Locale vi = Locale.forLanguageTag("vi");
        List<String> lines = new ArrayList<>();
        if (s.capacity() != null) {
            lines.add(s.capacity().toUpperCase(vi));
        }
        lines.add(s.position().toUpperCase(vi));
        lines.addAll(List.of("", "", ""));
        lines.add(s.name());
        for (String line : lines) {
            XWPFParagraph p = word.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            p.setIndentationLeft(4800);
            run(p, line, true, false);
        }
    }

    private static void bodyParagraph(XWPFDocument word, AdministrativeDocument.Paragraph paragraph) {
        XWPFParagraph p = word.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setSpacingAfter(120);
        if (paragraph.indented()) {
            p.setIndentationFirstLine(567);
        }
        if (paragraph.lead() != null) {
            run(p, paragraph.lead() + " ", true, false);
        }
        run(p, paragraph.text(), false, false);
    }

    private static void table(XWPFDocument word, AdministrativeDocument.Table t) {
        XWPFTable table = word.createTable(t.rows().size() + 1, t.headers().size());
        table.setWidth("100%");
        for (int c = 0; c < t.headers().size(); c++) {
            write(table.getRow(0).getCell(c), t.headers().get(c), true);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            for (int c = 0; c < t.headers().size(); c++) {
                write(table.getRow(r + 1).getCell(c), t.rows().get(r).get(c), false);
            }
        }
        word.createParagraph();
    }

    private static void write(XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        run(p, text == null ? "" : text, bold, false).setFontSize(12);
    }

    private static XWPFRun run(XWPFParagraph p, String text, boolean bold, boolean italic) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(SIZE);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
        return run;
    }
}
