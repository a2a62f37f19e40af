package vn.thidua.campaign.campaign;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.platform.documents.AdministrativeDocument;
import vn.thidua.replicas.unit.UnitReplica;

/** The campaign's plan as its launching document reads: purpose, key contents, targets, pledges, awards, schedule. */
final class CampaignPlanDocument {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String[] ORDINALS = {"Một", "Hai", "Ba", "Bốn", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười"};

    private CampaignPlanDocument() {}

    static AdministrativeDocument of(Campaign campaign, UnitReplica organizer, UnitReplica parent, String scopeText) {
        List<AdministrativeDocument.Block> body = new ArrayList<>();
        body.add(new AdministrativeDocument.Heading("I. THỜI GIAN, PHẠM VI"));
        body.add(new AdministrativeDocument.Paragraph(
                null,
                "Thời gian: từ ngày " + campaign.startsOn.format(DAY) + " đến ngày " + campaign.endsOn.format(DAY)
                        + ". Hạn đăng ký thi đua: ngày " + campaign.registrationDeadline.format(DAY) + ".",
                true));
        body.add(new AdministrativeDocument.Paragraph(null, "Phạm vi: " + scopeText + ".", true));
        body.add(new AdministrativeDocument.Heading("II. NỘI DUNG TRỌNG TÂM"));
        for (CampaignParts.KeyContent content : campaign.contents) {
            body.add(new AdministrativeDocument.Paragraph(ordinal(content.number()) + ",", content.text(), true));
        }
        if (!campaign.targets.isEmpty()) {
            body.add(new AdministrativeDocument.Heading("III. CHỈ TIÊU"));
            List<List<String>> rows = new ArrayList<>();
            for (CampaignParts.Target t : campaign.targets) {
                rows.add(List.of(
                        String.valueOf(t.number()),
                        t.name(),
                        t.unitOfMeasure(),
                        t.perUnit()
                                ? "Đơn vị tự đăng ký"
                                        + (t.targetValue() == null
                                                ? ""
                                                : " (tối thiểu " + number(t.targetValue()) + ")")
                                : number(t.targetValue())));
            }
            body.add(new AdministrativeDocument.Table(
                    List.of("STT", "Chỉ tiêu", "Đơn vị tính", "Mức chỉ tiêu"), List.of(2, 12, 4, 6), rows));
        }
        if (!campaign.pledgeRules.isEmpty()) {
            body.add(new AdministrativeDocument.Heading("IV. ĐĂNG KÝ THI ĐUA"));
            campaign.pledgeRules.forEach(r -> body.add(new AdministrativeDocument.Paragraph("-", r.text(), true)));
        }
        if (!campaign.plannedAwards.isEmpty()) {
            body.add(new AdministrativeDocument.Heading("V. KHEN THƯỞNG"));
            campaign.plannedAwards.forEach(a -> body.add(new AdministrativeDocument.Paragraph(
                    "-",
                    a.awardType() + ": " + a.quantity()
                            + (a.quantity() == 1 ? " tập thể hoặc cá nhân." : " tập thể, cá nhân."),
                    true)));
        }
        if (!campaign.periods.isEmpty()) {
            body.add(new AdministrativeDocument.Heading("VI. CHẾ ĐỘ BÁO CÁO"));
            List<List<String>> rows = new ArrayList<>();
            for (CampaignParts.ReportingPeriod p : campaign.periods) {
                rows.add(List.of(
                        String.valueOf(p.number()),
                        p.name(),
                        p.startsOn().format(DAY) + " – " + p.endsOn().format(DAY),
                        p.closesOn().format(DAY)));
            }
            body.add(new AdministrativeDocument.Table(
                    List.of("STT", "Kỳ báo cáo", "Thời gian", "Hạn chốt"), List.of(2, 8, 8, 5), rows));
        }
        if (campaign.docSignerName != null) {
            body.add(new AdministrativeDocument.Signature(
                    campaign.docSigningFor, campaign.docSignerPosition, campaign.docSignerName));
        }
        List<String> subtitles = new ArrayList<>();
        subtitles.add(campaign.title);
        if (campaign.theme != null) {
            subtitles.add("“" + campaign.theme + "”");
        }
        List<String> notes = campaign.isLaunched()
                ? List.of("Bản số " + campaign.revision + " của kế hoạch đã phát động.")
                : List.of("Bản dự thảo, chưa phát động.");
        String organizerName = organizer == null ? campaign.docIssuer : organizer.name;
        return new AdministrativeDocument(
                parent == null ? "" : parent.name,
                organizerName,
                campaign.docNumber,
                AdministrativeDocument.placeOf(organizerName),
                campaign.docDate,
                documentTitle(campaign.docType),
                subtitles,
                body,
                notes);
    }

    static String documentTitle(CampaignEnums.DocumentType type) {
        return switch (type) {
            case PLAN -> "Kế hoạch";
            case DIRECTIVE -> "Chỉ thị";
            case DECISION -> "Quyết định";
        };
    }

    /** "Một là", "Hai là", … as the launching documents number their contents. */
    static String ordinal(int number) {
        return (number <= ORDINALS.length ? ORDINALS[number - 1] : "Thứ " + number) + " là";
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
