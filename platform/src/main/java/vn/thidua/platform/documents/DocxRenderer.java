package vn.thidua.platform.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * Renders an {@link AdministrativeDocument} as Word in the format of Nghị định 30/2020/NĐ-CP: Times New Roman, A4 with
 * its margins, the issuing body and the motto side by side with their rules, the number, place and date in italics,
 * the title, a justified body, the signature block, page numbers from page 2. Tables carry their grid (w:tblGrid).
 */
public final class DocxRenderer {

    static final String FONT = "Times New Roman";
    private static final int BODY = 13;
    private static final int HEADER = 12;
    private static final int TWIPS_PER_MM = 57; // 1440 twips per inch
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int LEFT = 30 * TWIPS_PER_MM;
    private static final int RIGHT = 15 * TWIPS_PER_MM;
    private static final int TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT;
    private static final Locale VI = Locale.forLanguageTag("vi");

    private DocxRenderer() {}

    public static byte[] render(AdministrativeDocument doc) {
        try (XWPFDocument word = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(word);
            header(word, doc);
            title(word, doc);
            for (AdministrativeDocument.Block block : doc.body()) {
                if (block instanceof AdministrativeDocument.Heading h) {
                    paragraph(word, ParagraphAlignment.CENTER, h.text(), BODY, true, false);
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
            doc.notes().forEach(n -> paragraph(word, ParagraphAlignment.LEFT, n, 10, false, true));
            word.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A4, the decree's margins, and the page number centred at the top from page 2 (the first page has its own, empty header). */
    private static void page(XWPFDocument word) {
        CTSectPr section = word.getDocument().getBody().isSetSectPr()
                ? word.getDocument().getBody().getSectPr()
                : word.getDocument().getBody().addNewSectPr();
        section.addNewPgSz().setW(BigInteger.valueOf(PAGE_WIDTH));
        section.getPgSz().setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margin = section.addNewPgMar();
        margin.setTop(BigInteger.valueOf(20L * TWIPS_PER_MM));
        margin.setBottom(BigInteger.valueOf(20L * TWIPS_PER_MM));
        margin.setLeft(BigInteger.valueOf(LEFT));
        margin.setRight(BigInteger.valueOf(RIGHT));
        margin.setHeader(BigInteger.valueOf(10L * TWIPS_PER_MM));
        margin.setFooter(BigInteger.valueOf(10L * TWIPS_PER_MM));
        margin.setGutter(BigInteger.ZERO);
        word.createHeader(HeaderFooterType.FIRST).createParagraph();
        XWPFHeader numbered = word.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = numbered.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr("PAGE");
        field.addNewR().addNewT().setStringValue("2");
        if (!section.isSetTitlePg()) {
            section.addNewTitlePg();
        }
    }

    /** The issuing body (left) and the motto (right) in a borderless two-column table, each with its rule below. */
    private static void header(XWPFDocument word, AdministrativeDocument doc) {
        int leftWidth = TEXT_WIDTH * 42 / 100;
        XWPFTable table = table(word, 1, List.of(leftWidth, TEXT_WIDTH - leftWidth));
        table.removeBorders();
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        List<XWPFParagraph> leftLines = new ArrayList<>();
        if (doc.parentBody() != null && !doc.parentBody().isBlank()) {
            leftLines.add(cellLine(left, leftLines.isEmpty(), doc.parentBody().toUpperCase(VI), HEADER, false, false));
        }
        leftLines.add(cellLine(left, leftLines.isEmpty(), doc.issuingBody().toUpperCase(VI), HEADER, true, false));
        rule(left.addParagraph(), leftWidth * 3 / 10);
        if (doc.numberLine() != null) {
            cellLine(left, false, doc.numberLine(), BODY, false, false);
        }
        cellLine(right, true, AdministrativeDocument.MOTTO_1, HEADER, true, false);
        cellLine(right, false, AdministrativeDocument.MOTTO_2, BODY, true, false);
        rule(right.addParagraph(), (TEXT_WIDTH - leftWidth) / 5);
        cellLine(right, false, doc.placeAndDate(), BODY, false, true);
    }

    private static XWPFParagraph cellLine(
            XWPFTableCell cell, boolean first, String text, int size, boolean bold, boolean italic) {
        XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        run(p, text, size, bold, italic);
        return p;
    }

    /** A solid rule: an empty paragraph's bottom border, indented to its length and centred. */
    private static void rule(XWPFParagraph p, int indent) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setBorderBottom(Borders.SINGLE);
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
        p.setSpacingAfter(60);
        run(p, "", 2, false, false);
    }

    private static void title(XWPFDocument word, AdministrativeDocument doc) {
        XWPFParagraph title =
                paragraph(word, ParagraphAlignment.CENTER, doc.title().toUpperCase(VI), 14, true, false);
        title.setSpacingBefore(240);
        doc.subtitles().forEach(s -> paragraph(word, ParagraphAlignment.CENTER, s, BODY, true, false));
        if (!doc.subtitles().isEmpty()) {
            rule(word.createParagraph(), TEXT_WIDTH * 2 / 5);
        }
    }

    private static XWPFParagraph paragraph(
            XWPFDocument word, ParagraphAlignment align, String text, int size, boolean bold, boolean italic) {
        XWPFParagraph p = word.createParagraph();
        p.setAlignment(align);
        p.setSpacingAfter(120);
        run(p, text, size, bold, italic);
        return p;
    }

    /** Centred in the right half of the page, with room to sign above the name. */
    private static void signature(XWPFDocument word, AdministrativeDocument.Signature s) {
        List<String> lines = new ArrayList<>();
        if (s.capacity() != null) {
            lines.add(s.capacity().toUpperCase(VI));
        }
        lines.add(s.position().toUpperCase(VI));
        lines.addAll(List.of("", "", "", ""));
        lines.add(s.name());
        for (String line : lines) {
            XWPFParagraph p = word.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            p.setIndentationLeft(TEXT_WIDTH / 2);
            p.setSpacingAfter(0);
            run(p, line, BODY, true, false);
        }
    }

    private static void bodyParagraph(XWPFDocument word, AdministrativeDocument.Paragraph paragraph) {
        String[] parts = paragraph.text().split("\n", -1);
        for (int i = 0; i < parts.length; i++) {
            XWPFParagraph p = word.createParagraph();
            p.setAlignment(ParagraphAlignment.BOTH);
            p.setSpacingAfter(120);
            if (paragraph.indented()) {
                p.setIndentationFirstLine(567);
            }
            if (i == 0 && paragraph.lead() != null) {
                run(p, paragraph.lead() + " ", BODY, true, false);
            }
            run(p, parts[i], BODY, false, false);
        }
    }

    private static void table(XWPFDocument word, AdministrativeDocument.Table t) {
        int total = t.widths().stream().mapToInt(Integer::intValue).sum();
        List<Integer> widths =
                t.widths().stream().map(w -> TEXT_WIDTH * w / total).toList();
        XWPFTable table = table(word, t.rows().size() + 1, widths);
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

    /** A table of fixed column widths (twips), with the w:tblGrid Word requires. */
    private static XWPFTable table(XWPFDocument word, int rows, List<Integer> widths) {
        XWPFTable table = word.createTable(rows, widths.size());
        table.setWidth(
                String.valueOf(widths.stream().mapToInt(Integer::intValue).sum()));
        CTTblLayoutType layout = table.getCTTbl().getTblPr().isSetTblLayout()
                ? table.getCTTbl().getTblPr().getTblLayout()
                : table.getCTTbl().getTblPr().addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null
                ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < widths.size(); c++) {
                table.getRow(r).getCell(c).setWidth(String.valueOf(widths.get(c)));
            }
        }
        return table;
    }

    private static void write(XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setSpacingAfter(0);
        run(p, text == null ? "" : text, HEADER, bold, false);
    }

    private static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
        return run;
    }
}
