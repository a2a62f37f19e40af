package vn.thidua.award.voting;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.thidua.award.voting.VotingEnums.Outcome;
import vn.thidua.award.voting.VotingEnums.QuestionKind;
import vn.thidua.award.voting.VotingEnums.SessionKind;
import vn.thidua.platform.documents.AdministrativeDocument;

/** Biên bản kiểm phiếu: attendance against the quorum, written votes by name, and each question's count and rule. */
final class CountMinutes {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH 'giờ' mm 'phút'");

    /** Who signs: the secretary and the chair of a council, or the bloc's head unit. */
    record Signer(String capacity, String name) {}

    private CountMinutes() {}

    static AdministrativeDocument of(
            VotingSession s,
            VotingDtos.ResultView result,
            String issuingBody,
            String parentBody,
            Map<Integer, List<String>> writtenBy,
            List<Signer> signers) {
        List<AdministrativeDocument.Block> body = new ArrayList<>();
        boolean sameDay =
                s.opensAt.atZoneSameInstant(VotingSession.ZONE).toLocalDate().equals(s.heldOn);
        body.add(new AdministrativeDocument.Paragraph(
                null,
                (sameDay
                                ? "Hôm nay, hồi "
                                        + s.opensAt
                                                .atZoneSameInstant(VotingSession.ZONE)
                                                .format(TIME) + " ngày "
                                : "Ngày ")
                        + s.heldOn.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ", " + result.bodyName()
                        + " tổ chức bỏ phiếu kín: " + result.title() + ".",
                true));
        body.add(new AdministrativeDocument.Paragraph(
                null,
                "Hình thức: bỏ phiếu kín trên hệ thống; mỗi phiếu có một mã biên nhận ngẫu nhiên,"
                        + " không gắn với người bỏ phiếu. Danh sách mã biên nhận và lựa chọn được công bố kèm kết quả để mỗi người tự kiểm tra"
                        + " và bất kỳ ai cũng kiểm lại được.",
                true));
        for (VotingDtos.RoundResult round : result.rounds()) {
            if (result.rounds().size() > 1) {
                body.add(new AdministrativeDocument.Heading("VÒNG " + round.round()));
            }
            String noun = s.kind == SessionKind.COUNCIL ? "thành viên" : "đơn vị";
            body.add(new AdministrativeDocument.Paragraph(
                    "1.",
                    "Tổng số " + noun + " có quyền bỏ phiếu: " + round.electorate()
                            + "; có mặt bỏ phiếu: " + round.present() + " (tỷ lệ tối thiểu " + result.quorum() + " là "
                            + round.quorumNeeded()
                            + " – đủ điều kiện kiểm phiếu).",
                    true));
            List<String> written = writtenBy.getOrDefault(round.round(), List.of());
            body.add(new AdministrativeDocument.Paragraph(
                    "2.",
                    "Số phiếu thu về: " + round.ballotsCast() + ", trong đó phiếu bằng văn bản của " + noun
                            + " vắng mặt: " + round.written()
                            + (written.isEmpty() ? "." : " (" + String.join(", ", written) + ")."),
                    true));
            body.add(new AdministrativeDocument.Paragraph("3.", "Kết quả kiểm phiếu:", true));
            List<List<String>> rows = new ArrayList<>();
            int i = 0;
            for (VotingDtos.PublicQuestion q : round.questions()) {
                i++;
                rows.add(List.of(String.valueOf(i), q.title(), q.rule(), counts(q), verdict(q)));
            }
            body.add(new AdministrativeDocument.Table(
                    List.of("STT", "Nội dung", "Quy định", "Số phiếu", "Kết quả"), List.of(3, 10, 6, 8, 9), rows));
        }
        body.add(new AdministrativeDocument.Paragraph(
                null,
                "Biên bản lập xong và thông qua lúc kết thúc kiểm phiếu; danh sách phiếu theo mã"
                        + " biên nhận là phụ lục không tách rời của biên bản.",
                true));
        signers.forEach(sig -> body.add(new AdministrativeDocument.Signature(null, sig.capacity(), sig.name())));
        return new AdministrativeDocument(
                parentBody == null ? "" : parentBody,
                issuingBody,
                null,
                AdministrativeDocument.placeOf(parentBody == null ? issuingBody : parentBody),
                s.heldOn,
                "Biên bản",
                List.of("Kiểm phiếu " + result.title()),
                body,
                List.of());
    }

    private static String counts(VotingDtos.PublicQuestion q) {
        QuestionResult r = q.result();
        if (q.kind() == QuestionKind.APPROVAL) {
            return String.join(
                    "; ",
                    r.counts().stream().map(c -> c.label() + ": " + c.votes()).toList());
        }
        return String.join(
                "; ",
                r.counts().stream()
                        .map(c -> c.label() + ": " + c.votes() + " ("
                                + vn.thidua.award.catalog.Threshold.decimal(c.percent()) + "%)")
                        .toList());
    }

    private static String verdict(VotingDtos.PublicQuestion q) {
        QuestionResult r = q.result();
        String text = r.statement();
        if (q.referral() != null) {
            List<String> labels = q.options().stream()
                    .filter(o -> q.referral().chosen().contains(o.key()))
                    .map(VotingDtos.PublicOption::label)
                    .toList();
            text += ". Lãnh đạo quyết định: " + String.join(", ", labels) + " ("
                    + q.referral().note() + ")";
        } else if (r.outcome() == Outcome.REFERRED) {
            text += ". Chờ lãnh đạo quyết định";
        }
        return text;
    }
}
