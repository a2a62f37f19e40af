package vn.thidua.platform.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders an {@link AdministrativeDocument} as PDF on A4 with the decree's margins, embedding DejaVu
 * Sans: it has every precomposed Vietnamese letter (DejaVu Serif Bold lacks some, such as Ố), and the
 * standard 14 PDF fonts have none.
 */
public final class PdfRenderer {

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final float MM = 72f / 25.4f;
    private static final float LEFT = 30 * MM;
    private static final float RIGHT = 15 * MM;
    private static final float TOP = 20 * MM;
    private static final float BOTTOM = 20 * MM;
    private static final float SIZE = 12;
    private static final float LEADING = 1.35f;
    private static final Locale VI = Locale.forLanguageTag("vi");

    private PdfRenderer() {
    }

    public static byte[] render(AdministrativeDocument doc) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new Layout(pdf).write(doc);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Layout {
        private final PDDocument pdf;
        private final PDFont regular;
        private final PDFont bold;
        private final PDFont italic;
        private final float width = PDRectangle.A4.getWidth() - LEFT - RIGHT;
        private PDPageContentStream content;
        private float y;

        Layout(PDDocument pdf) throws IOException {
            this.pdf = pdf;
            this.regular = font("DejaVuSans.ttf");
            this.bold = font("DejaVuSans-Bold.ttf");
            this.italic = font("DejaVuSans-Oblique.ttf");
        }

        private PDFont font(String file) throws IOException {
            try (InputStream in = PdfRenderer.class.getResourceAsStream(FONTS + file)) {
                if (in == null) {
                    throw new IOException("font " + file + " is missing from the class path (jasperreports-fonts)");
                }
                return PDType0Font.load(pdf, in);
            }
        }

        void write(AdministrativeDocument doc) throws IOException {
            newPage();
            // the issuing body takes two fifths of the line, the motto the rest (it must not wrap)
            float left = width * 0.4f;
            float right = width - left;
            float top = y;
            float header = 10.5f;
            float leftEnd = column(LEFT, left, List.of(doc.parentBody().toUpperCase(VI)), regular, header, top);
            leftEnd = Math.min(leftEnd, column(LEFT, left, List.of(doc.issuingBody().toUpperCase(VI)), bold, header, leftEnd));
            if (doc.numberLine() != null) {
                leftEnd = column(LEFT, left, List.of(doc.numberLine()), regular, header, leftEnd);
            }
            float rightEnd = column(LEFT + left, right, List.of(AdministrativeDocument.MOTTO_1), bold, header, top);
            rightEnd = column(LEFT + left, right, List.of(AdministrativeDocument.MOTTO_2), bold, header, rightEnd);
            y = Math.min(leftEnd, rightEnd) - SIZE;
            text(doc.placeAndDate(), italic, SIZE, Align.RIGHT, 0);
            y -= SIZE / 2;
            text(doc.title().toUpperCase(VI), bold, SIZE + 2, Align.CENTER, 0);
            for (String subtitle : doc.subtitles()) {
                text(subtitle, italic, SIZE, Align.CENTER, 0);
            }
            y -= SIZE / 2;
            for (AdministrativeDocument.Block block : doc.body()) {
                if (block instanceof AdministrativeDocument.Heading h) {
                    y -= SIZE / 2;
                    text(h.text(), bold, SIZE, Align.LEFT, 0);
                } else if (block instanceof AdministrativeDocument.Paragraph p) {
                    paragraph(p);
                } else if (block instanceof AdministrativeDocument.Table t) {
                    table(t);
                } else if (block instanceof AdministrativeDocument.Signature s) {
                    signature(s);
                } else if (block instanceof AdministrativeDocument.PageBreak) {
                    content.close();
                    newPage();
                }
            }
            y -= SIZE / 2;
            for (String note : doc.notes()) {
                text(note, italic, 9, Align.LEFT, 0);
            }
            content.close();
        }

        private enum Align { LEFT, CENTER, RIGHT }

        private void signature(AdministrativeDocument.Signature s) throws IOException {
            ensure(SIZE * LEADING * 7);
            float half = width / 2;
            y -= SIZE;
            List<String> top = s.capacity() == null ? List.of(s.position().toUpperCase(VI))
                    : List.of(s.capacity().toUpperCase(VI), s.position().toUpperCase(VI));
            y = column(LEFT + half, half, top, bold, SIZE, y);
            y -= SIZE * LEADING * 3;
            y = column(LEFT + half, half, List.of(s.name()), bold, SIZE, y);
        }

        /** Centred lines in a column; returns the y below them. */
        private float column(float x, float columnWidth, List<String> texts, PDFont font, float size, float from) throws IOException {
            float at = from;
            for (String text : texts) {
                for (String line : wrap(text, font, size, columnWidth)) {
                    at -= size * LEADING;
                    float w = font.getStringWidth(line) / 1000 * size;
                    show(line, font, size, x + (columnWidth - w) / 2, at);
                }
            }
            return at;
        }

        private void text(String text, PDFont font, float size, Align align, float indent) throws IOException {
            boolean first = true;
            for (String line : wrap(text, font, size, width - indent)) {
                ensure(size * LEADING);
                y -= size * LEADING;
                float w = font.getStringWidth(line) / 1000 * size;
                float x = switch (align) {
                    case LEFT -> LEFT + (first ? indent : 0);
                    case CENTER -> LEFT + (width - w) / 2;
                    case RIGHT -> LEFT + width - w;
                };
                show(line, font, size, x, y);
                first = false;
            }
        }

        /** A body paragraph; its lead ("Điều 1.", "Một là,") is drawn in bold at the start of the first line. */
        private void paragraph(AdministrativeDocument.Paragraph p) throws IOException {
            float indent = p.indented() ? 10 * MM : 0;
            if (p.lead() == null) {
                text(p.text(), regular, SIZE, Align.LEFT, indent);
                return;
            }
            String lead = p.lead() + " ";
            boolean first = true;
            for (String line : wrap(lead + p.text(), regular, SIZE, width - indent)) {
                ensure(SIZE * LEADING);
                y -= SIZE * LEADING;
                if (first && line.startsWith(lead)) {
                    show(lead, bold, SIZE, LEFT + indent, y);
                    show(line.substring(lead.length()), regular, SIZE, LEFT + indent + bold.getStringWidth(lead) / 1000 * SIZE, y);
                } else {
                    show(line, regular, SIZE, LEFT + (first ? indent : 0), y);
                }
                first = false;
            }
        }

        private void table(AdministrativeDocument.Table table) throws IOException {
            int total = table.widths().stream().mapToInt(Integer::intValue).sum();
            float[] widths = new float[table.widths().size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = width * table.widths().get(i) / total;
            }
            // y is the baseline of the line above: leave its descenders clear of the top border
            y -= SIZE * 0.4f;
            row(table.headers(), widths, bold);
            for (List<String> cells : table.rows()) {
                row(cells, widths, regular);
            }
            y -= SIZE / 2;
        }

        private void row(List<String> cells, float[] widths, PDFont font) throws IOException {
            float size = SIZE - 1;
            float pad = 1.5f * MM;
            List<List<String>> lines = new ArrayList<>();
            int most = 1;
            for (int c = 0; c < widths.length; c++) {
                List<String> wrapped = wrap(cells.get(c) == null ? "" : cells.get(c), font, size, widths[c] - 2 * pad);
                lines.add(wrapped);
                most = Math.max(most, wrapped.size());
            }
            float height = most * size * LEADING + 2 * pad;
            ensure(height);
            float x = LEFT;
            for (int c = 0; c < widths.length; c++) {
                content.addRect(x, y - height, widths[c], height);
                float lineY = y - pad;
                for (String line : lines.get(c)) {
                    lineY -= size * LEADING;
                    show(line, font, size, x + pad, lineY + size * 0.25f);
                }
                x += widths[c];
            }
            content.stroke();
            y -= height;
        }

        private void show(String text, PDFont font, float size, float x, float at) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, at);
            content.showText(text);
            content.endText();
        }

        private void ensure(float height) throws IOException {
            if (y - height < BOTTOM) {
                content.close();
                newPage();
            }
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            content = new PDPageContentStream(pdf, page);
            content.setLineWidth(0.5f);
            y = PDRectangle.A4.getHeight() - TOP;
        }

        /** Greedy word wrap by measured width; a word longer than the line is cut. */
        private static List<String> wrap(String text, PDFont font, float size, float max) throws IOException {
            List<String> lines = new ArrayList<>();
            for (String paragraph : text.replace("\t", " ").split("\n", -1)) {
                StringBuilder line = new StringBuilder();
                for (String word : paragraph.split(" ")) {
                    String candidate = line.isEmpty() ? word : line + " " + word;
                    if (font.getStringWidth(candidate) / 1000 * size <= max) {
                        line.setLength(0);
                        line.append(candidate);
                        continue;
                    }
                    if (!line.isEmpty()) {
                        lines.add(line.toString());
                    }
                    line.setLength(0);
                    String rest = word;
                    while (font.getStringWidth(rest) / 1000 * size > max && rest.length() > 1) {
                        int cut = rest.length() - 1;
                        while (cut > 1 && font.getStringWidth(rest.substring(0, cut)) / 1000 * size > max) {
                            cut--;
                        }
                        lines.add(rest.substring(0, cut));
                        rest = rest.substring(cut);
                    }
                    line.append(rest);
                }
                lines.add(line.toString());
            }
            return lines;
        }
    }
}
