package vn.thidua.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads a rendered PDF back as a reader sees its layout: lines of text with their font and place, and the rules drawn. */
public final class PdfLayout {

    private static final float MM = 72f / 25.4f;

    private PdfLayout() {}

    /**
     * The format of Nghị định 30/2020 on a service's own document: the embedded Times-metric font throughout, the two
     * rules of the header, the date of record in italics under the motto, the page numbers from page 2.
     */
    public static void assertAdministrativeFormat(byte[] bytes, String dateLine) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                PDPage page = pdf.getPage(i);
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(
                            font.isEmbedded() && font.getName().contains("LiberationSerif"),
                            "page " + (i + 1) + ": " + font.getName());
                }
            }
            float height = PDRectangle.A4.getHeight();
            assertEquals(
                    2,
                    lines(pdf, 0).stream().filter(l -> l.y() > height - 60 * MM).count(),
                    "the rules under the issuing body and the motto");
            List<Text> first = texts(pdf, 0);
            assertTrue(
                    first.stream().anyMatch(t -> t.text().equals("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")),
                    first.toString());
            Text date = first.stream()
                    .filter(t -> t.text().contains(dateLine))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no date line " + dateLine + " in " + first));
            assertTrue(date.font().contains("Italic"), date.font());
            for (int i = 1; i < pdf.getNumberOfPages(); i++) {
                String number = String.valueOf(i + 1);
                assertTrue(
                        texts(pdf, i).stream()
                                .anyMatch(t ->
                                        t.y() > height - 20 * MM && t.text().equals(number)),
                        "page number " + number);
            }
        }
    }

    public record Line(float x1, float x2, float y) {
        public float length() {
            return x2 - x1;
        }
    }

    public record Text(String text, String font, float x, float end, float y) {}

    /** Horizontal strokes on a page, in PDF coordinates (origin bottom left). */
    public static List<Line> lines(PDDocument pdf, int pageIndex) throws IOException {
        List<Line> found = new ArrayList<>();
        PDPage page = pdf.getPage(pageIndex);
        new PDFGraphicsStreamEngine(page) {
            private java.awt.geom.Point2D from;
            private final List<Line> path = new ArrayList<>();

            @Override
            public void moveTo(float x, float y) {
                from = new java.awt.geom.Point2D.Float(x, y);
            }

            @Override
            public void lineTo(float x, float y) {
                if (Math.abs(from.getY() - y) < 0.01 && Math.abs(from.getX() - x) > 1) {
                    path.add(new Line((float) Math.min(from.getX(), x), (float) Math.max(from.getX(), x), y));
                }
                from = new java.awt.geom.Point2D.Float(x, y);
            }

            @Override
            public void strokePath() {
                found.addAll(path);
                path.clear();
            }

            @Override
            public void appendRectangle(
                    java.awt.geom.Point2D p0,
                    java.awt.geom.Point2D p1,
                    java.awt.geom.Point2D p2,
                    java.awt.geom.Point2D p3) {}

            @Override
            public void drawImage(PDImage image) {}

            @Override
            public void clip(int windingRule) {}

            @Override
            public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {}

            @Override
            public java.awt.geom.Point2D getCurrentPoint() {
                return from;
            }

            @Override
            public void closePath() {}

            @Override
            public void endPath() {
                path.clear();
            }

            @Override
            public void fillPath(int windingRule) {
                path.clear();
            }

            @Override
            public void fillAndStrokePath(int windingRule) {
                found.addAll(path);
                path.clear();
            }

            @Override
            public void shadingFill(COSName shadingName) {}

            void run() throws IOException {
                processPage(page);
            }
        }.run();
        return found;
    }

    /** Each line of text on a page with its first font and its extent, in PDF coordinates. */
    public static List<Text> texts(PDDocument pdf, int pageIndex) throws IOException {
        List<Text> texts = new ArrayList<>();
        float height = PDRectangle.A4.getHeight();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                TextPosition first = positions.get(0);
                TextPosition last = positions.get(positions.size() - 1);
                texts.add(new Text(
                        text,
                        first.getFont().getName(),
                        first.getXDirAdj(),
                        last.getXDirAdj() + last.getWidthDirAdj(),
                        height - first.getYDirAdj()));
            }
        };
        stripper.setStartPage(pageIndex + 1);
        stripper.setEndPage(pageIndex + 1);
        stripper.getText(pdf);
        return texts;
    }
}
