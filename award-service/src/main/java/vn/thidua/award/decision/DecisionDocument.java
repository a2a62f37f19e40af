package vn.thidua.award.decision;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import vn.thidua.award.catalog.CatalogEnums.RecipientKind;
import vn.thidua.platform.documents.AdministrativeDocument;
import vn.thidua.platform.documents.CertificateRenderer;

/** The decision in the administrative layout with its annex, and the certificate of each recipient. */
final class DecisionDocument {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private DecisionDocument() {}

    static AdministrativeDocument of(DecisionDtos.DecisionView d, String parentBody, String legalBasis) {
        List<AdministrativeDocument.Block> body = new ArrayList<>();
        body.add(new AdministrativeDocument.Heading(d.authority().toUpperCase(VI)));
        body.add(new AdministrativeDocument.Paragraph(
                null, "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;", true));
        body.add(new AdministrativeDocument.Paragraph(null, "Căn cứ " + legalBasis + ";", true));
        body.add(new AdministrativeDocument.Paragraph(
                null,
                "Xét đề nghị của Hội đồng Thi đua – Khen thưởng và kết quả công khai danh sách đề nghị khen thưởng,",
                true));
        body.add(new AdministrativeDocument.Heading("QUYẾT ĐỊNH:"));
        body.add(new AdministrativeDocument.Paragraph(
                "Điều 1.",
                "Tặng thưởng cho " + counts(d.lines()) + " đã có thành tích xuất sắc (có danh sách kèm theo):",
                true));
        awardsByType(d.lines())
                .forEach((award, n) ->
                        body.add(new AdministrativeDocument.Paragraph("-", award + ": " + n + ";", true)));
        body.add(new AdministrativeDocument.Paragraph(
                "Điều 2.",
                "Tiền thưởng kèm theo thực hiện theo quy định hiện hành, tính trên mức lương cơ sở "
                        + money(d.baseSalary()) + " đồng; tổng số tiền thưởng là " + money(d.cashTotal()) + " đồng ("
                        + "chi từ Quỹ thi đua, khen thưởng).",
                true));
        body.add(new AdministrativeDocument.Paragraph(
                "Điều 3.",
                "Quyết định có hiệu lực kể từ ngày ký. Thủ trưởng các cơ quan, đơn vị có liên quan"
                        + " và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.",
                true));
        body.add(new AdministrativeDocument.Signature(d.signingFor(), d.signerPosition(), d.signerName()));
        body.add(new AdministrativeDocument.PageBreak());
        body.add(new AdministrativeDocument.Heading("DANH SÁCH KHEN THƯỞNG"));
        body.add(new AdministrativeDocument.Paragraph(
                null,
                "(Kèm theo Quyết định số " + d.number() + " ngày "
                        + d.issuedOn().format(DAY) + " của " + d.authority() + ")",
                false));
        List<List<String>> rows = new ArrayList<>();
        for (DecisionDtos.Line line : d.lines()) {
            rows.add(List.of(
                    String.valueOf(line.position()),
                    line.recipientName(),
                    line.recipientDetail() == null ? "" : line.recipientDetail(),
                    line.awardTypeName(),
                    money(line.cashAmount())));
        }
        rows.add(List.of("", "Tổng cộng", "", d.lines().size() + " khen thưởng", money(d.cashTotal())));
        body.add(new AdministrativeDocument.Table(
                List.of("STT", "Tập thể, cá nhân", "Chức vụ, đơn vị", "Hình thức", "Tiền thưởng (đồng)"),
                List.of(3, 9, 8, 8, 7),
                rows));
        return new AdministrativeDocument(
                parentBody == null ? "" : parentBody,
                d.issuingBody(),
                d.number(),
                AdministrativeDocument.placeOf(d.issuingBody()),
                d.issuedOn(),
                "Quyết định",
                List.of(d.title()),
                body,
                List.of());
    }

    static List<CertificateRenderer.Certificate> certificates(
            DecisionDtos.DecisionView d, List<DecisionDtos.Line> lines, Function<DecisionDtos.Line, String> citation) {
        String place = AdministrativeDocument.placeOf(d.issuingBody());
        String date = "%s, ngày %02d tháng %02d năm %d"
                .formatted(
                        place,
                        d.issuedOn().getDayOfMonth(),
                        d.issuedOn().getMonthValue(),
                        d.issuedOn().getYear());
        return lines.stream()
                .map(line -> new CertificateRenderer.Certificate(
                        d.authority(),
                        certificateTitle(line),
                        line.recipientName(),
                        line.recipientDetail(),
                        citation.apply(line),
                        "Quyết định số " + d.number() + " ngày " + d.issuedOn().format(DAY),
                        date,
                        d.signingFor(),
                        d.signerPosition(),
                        d.signerName(),
                        line.honourId() == null
                                ? null
                                : "Số vào sổ: "
                                        + line.honourId()
                                                .toString()
                                                .substring(0, 8)
                                                .toUpperCase(VI)))
                .toList();
    }

    /** Bằng khen and Giấy khen carry their own name; titles get a certificate of the title. */
    private static String certificateTitle(DecisionDtos.Line line) {
        String name = line.awardTypeName();
        if (name.startsWith("Bằng khen")) {
            return "Bằng khen";
        }
        if (name.startsWith("Giấy khen")) {
            return "Giấy khen";
        }
        if (name.startsWith("Cờ thi đua")) {
            return "Cờ thi đua";
        }
        return name;
    }

    private static String counts(List<DecisionDtos.Line> lines) {
        long collectives = lines.stream()
                .filter(l -> l.recipientKind() == RecipientKind.COLLECTIVE)
                .count();
        long people = lines.stream()
                .filter(l -> l.recipientKind() == RecipientKind.INDIVIDUAL)
                .count();
        long households = lines.stream()
                .filter(l -> l.recipientKind() == RecipientKind.HOUSEHOLD)
                .count();
        List<String> parts = new ArrayList<>();
        if (collectives > 0) {
            parts.add(collectives + " tập thể");
        }
        if (people > 0) {
            parts.add(people + " cá nhân");
        }
        if (households > 0) {
            parts.add(households + " hộ gia đình");
        }
        return String.join(", ", parts);
    }

    private static Map<String, Long> awardsByType(List<DecisionDtos.Line> lines) {
        Map<String, Long> byType = new LinkedHashMap<>();
        lines.forEach(l -> byType.merge(l.awardTypeName(), 1L, Long::sum));
        return byType;
    }

    static String money(BigDecimal amount) {
        return NumberFormat.getIntegerInstance(VI).format(amount == null ? BigDecimal.ZERO : amount);
    }
}
