package vn.thidua.platform.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * A document in the Vietnamese administrative layout (Nghị định 30/2020/NĐ-CP): the issuing body at the
 * top left with the document's number under it, the national motto at the top right, place and date, a centred title, then the body. One
 * model, rendered as DOCX ({@link DocxRenderer}) and PDF ({@link PdfRenderer}).
 */
public record AdministrativeDocument(
        String parentBody,
        String issuingBody,
        String number,
        String place,
        LocalDate date,
        String title,
        List<String> subtitles,
        List<Block> body,
        List<String> notes) {

    public static final String MOTTO_1 = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO_2 = "Độc lập - Tự do - Hạnh phúc";

    /** A part of the body. */
    public sealed interface Block permits Heading, Paragraph, Table, Signature, PageBreak {}

    public record Heading(String text) implements Block {}

    /** A paragraph; {@code lead} is written in bold before the text (e.g. "Điều 1."). */
    public record Paragraph(String lead, String text, boolean indented) implements Block {}

    /** A table with a header row; {@code widths} are relative column widths. */
    public record Table(List<String> headers, List<Integer> widths, List<List<String>> rows) implements Block {}

    /** The signature block at the right: "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH", room to sign, then the signer's name. */
    public record Signature(String capacity, String position, String name) implements Block {}

    /** The rest starts on a new page (an annex). */
    public record PageBreak() implements Block {}

    /** "Số: 3337/KH-CAT-PX03", or nothing for a document without a number. */
    public String numberLine() {
        return number == null || number.isBlank() ? null : "Số: " + number;
    }

    /**
     * "Đắk Lắk, ngày 05 tháng 02 năm 2026", "Hà Nội, ngày 15 tháng 3 năm 2026": days under 10 and the months 1 and 2
     * take a leading zero (Nghị định 30/2020, Phụ lục I).
     */
    public String placeAndDate() {
        return place + ", " + written(date);
    }

    /** "ngày 06 tháng 02 năm 2026", as the date line writes a day. */
    public static String written(LocalDate day) {
        int month = day.getMonthValue();
        return "ngày %02d tháng %s năm %d"
                .formatted(day.getDayOfMonth(), month <= 2 ? "0" + month : month, day.getYear());
    }

    /** The place the date line names: "Ủy ban nhân dân tỉnh Đắk Lắk" → "Đắk Lắk"; other names stay whole. */
    public static String placeOf(String organizerName) {
        if (organizerName == null) {
            return "";
        }
        for (String marker : new String[] {"thành phố ", "tỉnh "}) {
            int at = organizerName.lastIndexOf(marker);
            if (at >= 0) {
                return organizerName.substring(at + marker.length()).strip();
            }
        }
        return organizerName;
    }
}
