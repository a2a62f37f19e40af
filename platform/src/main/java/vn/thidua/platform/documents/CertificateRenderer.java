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
 * Certificates (Bằng khen, Giấy khen, Giấy chứng nhận danh hiệu) on landscape A4 with a double border:
 * the authority and the national motto, the title, the recipient in large type, the citation, the
 * decision it rests on, place and date, and the signer. One page per certificate.
 */
public final class CertificateRenderer {

    private static final Locale VI = Locale.forLanguageTag("vi");

    /** One certificate; {@code registryNumber} is the honour's number in the registry (số vào sổ). */
    public record Certificate(
            String authority,
            String title,
            String recipientName,
            String recipientDetail,
            String citation,
            String decisionLine,
            String placeAndDate,
            String signerCapacity,
            String signerPosition,
            String signerName,
            String registryNumber) {}

    private CertificateRenderer() {}

    public static byte[] render(List<Certificate> certificates) {
        try (PDDocument pdf = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont regular = font(pdf, "Regular");
            PDFont bold = font(pdf, "Bold");
            PDFont italic = font(pdf, "Italic");
            for (Certificate c : certificates) {
                page(pdf, c, regular, bold, italic);
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(PDDocument pdf, Certificate c, PDFont regular, PDFont bold, PDFont italic)
            throws IOException {
        PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
        PDPage page = new PDPage(size);
        pdf.addPage(page);
        float w = size.getWidth();
        float h = size.getHeight();
        try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
            cs.setStrokingColor(0.62f, 0.07f, 0.07f);
            cs.setLineWidth(3f);
            cs.addRect(24, 24, w - 48, h - 48);
            cs.stroke();
            cs.setLineWidth(0.8f);
            cs.addRect(32, 32, w - 64, h - 64);
            cs.stroke();
            float y = h - 70;
            float half = (w - 120) / 2;
            float ay = y;
            float widest = 0;
            for (String line : wrap(c.authority().toUpperCase(VI), bold, 11, half)) {
                centred(cs, line, bold, 11, 60, half, ay);
                widest = Math.max(widest, bold.getStringWidth(line) / 1000 * 11);
                ay -= 15;
            }
            rule(cs, 60 + half / 2, widest * 0.4f, ay + 10);
            centred(cs, AdministrativeDocument.MOTTO_1, bold, 11, 60 + half, half, y);
            centred(cs, AdministrativeDocument.MOTTO_2, bold, 12, 60 + half, half, y - 15);
            rule(cs, 60 + half + half / 2, bold.getStringWidth(AdministrativeDocument.MOTTO_2) / 1000 * 12, y - 20);
            y -= 75;
            cs.setNonStrokingColor(0.75f, 0.05f, 0.05f);
            centred(cs, c.title().toUpperCase(VI), bold, 34, 60, w - 120, y);
            cs.setNonStrokingColor(0f, 0f, 0f);
            y -= 34;
            centred(cs, "Tặng", italic, 14, 60, w - 120, y);
            y -= 34;
            cs.setNonStrokingColor(0.1f, 0.1f, 0.45f);
            for (String line : wrap(c.recipientName(), bold, 22, w - 160)) {
                centred(cs, line, bold, 22, 60, w - 120, y);
                y -= 28;
            }
            cs.setNonStrokingColor(0f, 0f, 0f);
            if (c.recipientDetail() != null) {
                for (String line : wrap(c.recipientDetail(), regular, 13, w - 160)) {
                    centred(cs, line, regular, 13, 60, w - 120, y);
                    y -= 18;
                }
            }
            y -= 6;
            for (String line : wrap(c.citation(), italic, 13, w - 200)) {
                centred(cs, line, italic, 13, 60, w - 120, y);
                y -= 18;
            }
            float bottom = 150;
            centred(cs, c.decisionLine(), regular, 10, 60, half, bottom);
            if (c.registryNumber() != null) {
                centred(cs, c.registryNumber(), regular, 10, 60, half, bottom - 14);
            }
            centred(cs, c.placeAndDate(), italic, 12, 60 + half, half, bottom + 30);
            float sy = bottom + 12;
            if (c.signerCapacity() != null) {
                centred(cs, c.signerCapacity().toUpperCase(VI), bold, 12, 60 + half, half, sy);
                sy -= 16;
            }
            centred(cs, c.signerPosition().toUpperCase(VI), bold, 12, 60 + half, half, sy);
            centred(cs, c.signerName(), bold, 13, 60 + half, half, 62);
        }
    }

    /** The rule under the authority and under the motto (Nghị định 30/2020). */
    private static void rule(PDPageContentStream cs, float centre, float length, float y) throws IOException {
        cs.setStrokingColor(0f, 0f, 0f);
        cs.setLineWidth(0.6f);
        cs.moveTo(centre - length / 2, y);
        cs.lineTo(centre + length / 2, y);
        cs.stroke();
    }

    private static void centred(
            PDPageContentStream cs, String text, PDFont font, float size, float x, float width, float y)
            throws IOException {
        float tw = font.getStringWidth(text) / 1000 * size;
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x + (width - tw) / 2, y);
        cs.showText(text);
        cs.endText();
    }

    private static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static PDFont font(PDDocument pdf, String file) throws IOException {
        try (InputStream in = CertificateRenderer.class.getResourceAsStream(PdfRenderer.FONTS + file + ".ttf")) {
            if (in == null) {
                throw new IOException("font " + file + " is missing from the class path (openpdf-fonts-extra)");
            }
            return PDType0Font.load(pdf, in);
        }
    }
}
