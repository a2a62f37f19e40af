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
 * Renders an {@link AdministrativeDocument} as PDF in the format of Nghị định 30/2020/NĐ-CP (Phụ lục I): A4 with
 * its margins; the issuing body and the national motto side by side, each with its rule below; the number; place and
 * date in italics; the title; a justified body with indented first lines; the signature block; page numbers from
 * page 2. The font is Liberation Serif, metric-compatible with Times New Roman and covering every Vietnamese letter,
 * embedded (the standard PDF fonts have no Vietnamese).
 */
public final class PdfRenderer {

    /** Liberation Serif, from openpdf-fonts-extra: the widths of Times New Roman, so the layout matches Word's. */
    static final String FONTS = "/liberation/LiberationSerif-";

    private static final float MM = 72f / 25.4f;
    private static final float LEFT = 30 * MM;
    private static final float RIGHT = 15 * MM;
    private static final float TOP = 20 * MM;
    private static final float BOTTOM = 20 * MM;
    private static final float HEADER = 12;
    private static final float BODY = 13;
    private static final float TITLE = 14;
    private static final float LEADING = 1.3f;
    private static final float INDENT = 10 * MM;
    private static final Locale VI = Locale.forLanguageTag("vi");

    private PdfRenderer() {}

    public static byte[] render(AdministrativeDocument doc) {
        try (PDDocument pdf = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new Layout(pdf).write(doc);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A word and the font it is set in. */
    private record Word(String text, PDFont font) {}

    private enum Align {
        LEFT,
        CENTER,
        RIGHT,
        JUSTIFY
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
            this.regular = font("Regular");
            this.bold = font("Bold");
            this.italic = font("Italic");
        }

        private PDFont font(String style) throws IOException {
            try (InputStream in = PdfRenderer.class.getResourceAsStream(FONTS + style + ".ttf")) {
                if (in == null) {
                    throw new IOException(
                            "Liberation Serif " + style + " is missing from the class path (openpdf-fonts-extra)");
                }
                return PDType0Font.load(pdf, in);
            }
        }

        void write(AdministrativeDocument doc) throws IOException {
            newPage();
            header(doc);
            title(doc);
            for (AdministrativeDocument.Block block : doc.body()) {
                if (block instanceof AdministrativeDocument.Heading h) {
                    y -= BODY / 2;
                    lines(words(h.text(), bold), BODY, Align.CENTER, 0, width, LEFT, true);
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
            if (!doc.notes().isEmpty()) {
                y -= BODY / 2;
                for (String note : doc.notes()) {
                    lines(words(note, italic), 10, Align.LEFT, 0, width, LEFT, true);
                }
            }
            content.close();
            pageNumbers();
        }

        /**
         * Left: the parent body, the issuing body in bold with a rule of 2/5 of its width below, the number. Right: the
         * motto in bold with a rule as long as its second line, then place and date in italics. No word is broken.
         */
        private void header(AdministrativeDocument doc) throws IOException {
            float leftWidth = width * 0.42f;
            float rightWidth = width - leftWidth;
            float top = y;
            float left = top;
            if (doc.parentBody() != null && !doc.parentBody().isBlank()) {
                left = column(LEFT, leftWidth, doc.parentBody().toUpperCase(VI), regular, HEADER, left);
            }
            float widest = widest(doc.issuingBody().toUpperCase(VI), bold, HEADER, leftWidth);
            left = column(LEFT, leftWidth, doc.issuingBody().toUpperCase(VI), bold, HEADER, left);
            left = rule(LEFT + leftWidth / 2, widest * 0.4f, left);
            if (doc.numberLine() != null) {
                left = column(LEFT, leftWidth, doc.numberLine(), regular, BODY, left - 2);
            }
            float right = column(LEFT + leftWidth, rightWidth, AdministrativeDocument.MOTTO_1, bold, HEADER, top);
            right = column(LEFT + leftWidth, rightWidth, AdministrativeDocument.MOTTO_2, bold, BODY, right);
            right = rule(
                    LEFT + leftWidth + rightWidth / 2,
                    bold.getStringWidth(AdministrativeDocument.MOTTO_2) / 1000 * BODY,
                    right);
            right = column(LEFT + leftWidth, rightWidth, doc.placeAndDate(), italic, BODY, right - 4);
            y = Math.min(left, right) - BODY;
        }

        /** The title in bold capitals, the summary lines in bold, and a short rule under them. */
        private void title(AdministrativeDocument doc) throws IOException {
            lines(words(doc.title().toUpperCase(VI), bold), TITLE, Align.CENTER, 0, width, LEFT, false);
            float widest = 0;
            for (String subtitle : doc.subtitles()) {
                widest = Math.max(widest, widest(subtitle, bold, BODY, width));
                lines(words(subtitle, bold), BODY, Align.CENTER, 0, width, LEFT, false);
            }
            if (!doc.subtitles().isEmpty()) {
                y = rule(LEFT + width / 2, Math.max(30 * MM, widest / 3), y - 3);
            }
            y -= BODY / 2;
        }

        private void paragraph(AdministrativeDocument.Paragraph p) throws IOException {
            float indent = p.indented() ? INDENT : 0;
            String[] parts = p.text().replace("\t", " ").split("\n", -1);
            for (int i = 0; i < parts.length; i++) {
                List<Word> words = new ArrayList<>();
                if (i == 0 && p.lead() != null) {
                    words.addAll(words(p.lead(), bold));
                }
                words.addAll(words(parts[i], regular));
                lines(words, BODY, Align.JUSTIFY, indent, width, LEFT, true);
            }
            y -= BODY * 0.3f;
        }

        /** The signature block in the right half: capacity and position in bold capitals, room to sign, the name. */
        private void signature(AdministrativeDocument.Signature s) throws IOException {
            ensure(BODY * LEADING * 8);
            float half = width / 2;
            y -= BODY;
            if (s.capacity() != null) {
                y = column(LEFT + half, half, s.capacity().toUpperCase(VI), bold, BODY, y);
            }
            y = column(LEFT + half, half, s.position().toUpperCase(VI), bold, BODY, y);
            y -= BODY * LEADING * 4;
            y = column(LEFT + half, half, s.name(), bold, BODY, y);
        }

        private void table(AdministrativeDocument.Table table) throws IOException {
            int total = table.widths().stream().mapToInt(Integer::intValue).sum();
            float[] widths = new float[table.widths().size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = width * table.widths().get(i) / total;
            }
            y -= BODY * 0.4f;
            row(table.headers(), widths, bold);
            for (List<String> cells : table.rows()) {
                row(cells, widths, regular);
            }
            y -= BODY / 2;
        }

        private void row(List<String> cells, float[] widths, PDFont font) throws IOException {
            float size = BODY - 1;
            float pad = 1.5f * MM;
            List<List<List<Word>>> lines = new ArrayList<>();
            int most = 1;
            for (int c = 0; c < widths.length; c++) {
                List<List<Word>> wrapped =
                        wrap(words(cells.get(c) == null ? "" : cells.get(c), font), size, widths[c] - 2 * pad, 0, true);
                lines.add(wrapped);
                most = Math.max(most, wrapped.size());
            }
            float height = most * size * LEADING + 2 * pad;
            ensure(height);
            float x = LEFT;
            for (int c = 0; c < widths.length; c++) {
                content.addRect(x, y - height, widths[c], height);
                float lineY = y - pad;
                for (List<Word> line : lines.get(c)) {
                    lineY -= size * LEADING;
                    draw(line, size, x + pad, lineY + size * 0.25f, 0);
                }
                x += widths[c];
            }
            content.stroke();
            y -= height;
        }

        /**
         * Centred lines of one font in a column (header, signature), wrapped between words only and balanced ("ỦY BAN
         * NHÂN DÂN / TỈNH ĐẮK LẮK", not a lone last word); returns the y below.
         */
        private float column(float x, float columnWidth, String text, PDFont font, float size, float from)
                throws IOException {
            float at = from;
            for (List<Word> line : balanced(words(text, font), size, columnWidth)) {
                at -= size * LEADING;
                float w = lineWidth(line, size, 0);
                draw(line, size, x + (columnWidth - w) / 2, at, 0);
            }
            return at;
        }

        /** As few lines as the greedy wrap needs, each as short as that allows. */
        private static List<List<Word>> balanced(List<Word> words, float size, float max) throws IOException {
            int lines = wrap(words, size, max, 0, false).size();
            float low = 0;
            float high = max;
            for (int i = 0; i < 20 && lines > 1; i++) {
                float mid = (low + high) / 2;
                if (wrap(words, size, mid, 0, false).size() <= lines) {
                    high = mid;
                } else {
                    low = mid;
                }
            }
            return wrap(words, size, high, 0, false);
        }

        private float widest(String text, PDFont font, float size, float columnWidth) throws IOException {
            float widest = 0;
            for (List<Word> line : balanced(words(text, font), size, columnWidth)) {
                widest = Math.max(widest, lineWidth(line, size, 0));
            }
            return widest;
        }

        /** A solid rule centred at {@code centre}, just below the baseline {@code below}; returns the y under it. */
        private float rule(float centre, float length, float below) throws IOException {
            float at = below - 5f;
            content.moveTo(centre - length / 2, at);
            content.lineTo(centre + length / 2, at);
            content.stroke();
            return at - 2;
        }

        /** Lines flowing over pages; a justified paragraph's last line is left-aligned. */
        private void lines(
                List<Word> words, float size, Align align, float indent, float lineWidth, float x, boolean cut)
                throws IOException {
            List<List<Word>> lines = wrap(words, size, lineWidth, indent, cut);
            for (int i = 0; i < lines.size(); i++) {
                ensure(size * LEADING);
                y -= size * LEADING;
                float first = i == 0 ? indent : 0;
                List<Word> line = lines.get(i);
                float natural = lineWidth(line, size, 0);
                switch (align) {
                    case LEFT -> draw(line, size, x + first, y, 0);
                    case CENTER -> draw(line, size, x + (lineWidth - natural) / 2, y, 0);
                    case RIGHT -> draw(line, size, x + lineWidth - natural, y, 0);
                    case JUSTIFY -> {
                        boolean last = i == lines.size() - 1;
                        float extra = last || line.size() < 2 ? 0 : (lineWidth - first - natural) / (line.size() - 1);
                        draw(line, size, x + first, y, extra);
                    }
                }
            }
        }

        /**
         * One text object per line, its words separated by real spaces (so the text reads back as written); a justified
         * line widens each space by {@code extraGap} with a positioning adjustment.
         */
        private void draw(List<Word> line, float size, float x, float at, float extraGap) throws IOException {
            if (line.isEmpty()) {
                return;
            }
            content.beginText();
            content.newLineAtOffset(x, at);
            int i = 0;
            while (i < line.size()) {
                PDFont font = line.get(i).font();
                List<Object> run = new ArrayList<>();
                while (i < line.size() && line.get(i).font() == font) {
                    run.add(line.get(i).text());
                    if (i < line.size() - 1) {
                        run.add(" ");
                        if (extraGap > 0) {
                            run.add(-extraGap * 1000 / size);
                        }
                    }
                    i++;
                }
                content.setFont(font, size);
                content.showTextWithPositioning(run.toArray());
            }
            content.endText();
        }

        private float lineWidth(List<Word> line, float size, float extraGap) throws IOException {
            float w = 0;
            for (int i = 0; i < line.size(); i++) {
                w += line.get(i).font().getStringWidth(line.get(i).text()) / 1000 * size;
                if (i > 0) {
                    w += space(line.get(i - 1).font(), size) + extraGap;
                }
            }
            return w;
        }

        private static float space(PDFont font, float size) throws IOException {
            return font.getStringWidth(" ") / 1000 * size;
        }

        private static List<Word> words(String text, PDFont font) {
            List<Word> words = new ArrayList<>();
            for (String w : text.replace('\n', ' ').replace('\t', ' ').split(" ")) {
                if (!w.isEmpty()) {
                    words.add(new Word(w, font));
                }
            }
            return words;
        }

        /**
         * Greedy wrap by measured width; the first line is shorter by {@code indent}. A word wider than the line is cut
         * only when {@code cut} (long codes in the body), never in the header.
         */
        private static List<List<Word>> wrap(List<Word> words, float size, float max, float indent, boolean cut)
                throws IOException {
            List<List<Word>> lines = new ArrayList<>();
            List<Word> line = new ArrayList<>();
            float used = 0;
            for (Word word : words) {
                float limit = lines.isEmpty() ? max - indent : max;
                float w = word.font().getStringWidth(word.text()) / 1000 * size;
                float needed = line.isEmpty()
                        ? w
                        : used + space(line.get(line.size() - 1).font(), size) + w;
                if (needed <= limit || (line.isEmpty() && !cut)) {
                    line.add(word);
                    used = needed;
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line);
                    line = new ArrayList<>();
                    used = 0;
                    limit = max;
                }
                Word rest = word;
                while (cut
                        && rest.font().getStringWidth(rest.text()) / 1000 * size > limit
                        && rest.text().length() > 1) {
                    int at = rest.text().length() - 1;
                    while (at > 1 && rest.font().getStringWidth(rest.text().substring(0, at)) / 1000 * size > limit) {
                        at--;
                    }
                    lines.add(List.of(new Word(rest.text().substring(0, at), rest.font())));
                    rest = new Word(rest.text().substring(at), rest.font());
                    limit = max;
                }
                line.add(rest);
                used = rest.font().getStringWidth(rest.text()) / 1000 * size;
            }
            if (!line.isEmpty() || lines.isEmpty()) {
                lines.add(line);
            }
            return lines;
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
            content.setLineWidth(0.6f);
            y = PDRectangle.A4.getHeight() - TOP;
        }

        /** From the second page, the page number centred in the top margin. */
        private void pageNumbers() throws IOException {
            for (int i = 1; i < pdf.getNumberOfPages(); i++) {
                PDPage page = pdf.getPage(i);
                try (PDPageContentStream number =
                        new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                    String n = String.valueOf(i + 1);
                    float w = regular.getStringWidth(n) / 1000 * BODY;
                    number.beginText();
                    number.setFont(regular, BODY);
                    number.newLineAtOffset(LEFT + (width - w) / 2, PDRectangle.A4.getHeight() - 12 * MM);
                    number.showText(n);
                    number.endText();
                }
            }
        }
    }
}
