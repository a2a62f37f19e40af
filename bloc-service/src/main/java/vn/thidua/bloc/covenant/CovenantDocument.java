package vn.thidua.bloc.covenant;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.bloc.blocs.Bloc;
import vn.thidua.bloc.unit.Unit;
import vn.thidua.platform.documents.AdministrativeDocument;

/** The covenant as the bloc prints it: its clauses, then the table of the members' signatures. */
final class CovenantDocument {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final java.time.format.DateTimeFormatter SIGNED_AT =
            java.time.format.DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private CovenantDocument() {
    }

    static AdministrativeDocument of(Bloc bloc, Unit organizer, Covenant covenant, CovenantDtos.SigningBoard board) {
        List<AdministrativeDocument.Block> body = new ArrayList<>();
        body.add(new AdministrativeDocument.Paragraph(null, "Các đơn vị thành viên " + bloc.name + " thống nhất ký kết giao ước thi "
                + "đua năm " + covenant.year + " với các nội dung sau:", true));
        for (Clause clause : covenant.clauses) {
            StringBuilder text = new StringBuilder(clause.content());
            if (clause.criteria() != null) {
                text.append(" Tiêu chí chấm điểm: ").append(clause.criteria()).append('.');
            }
            if (clause.maxPoints() != null) {
                text.append(" Điểm tối đa: ").append(CovenantText.points(clause.maxPoints())).append('.');
            }
            body.add(new AdministrativeDocument.Paragraph("Điều " + clause.number() + ".", text.toString(), true));
        }
        body.add(new AdministrativeDocument.Heading("BẢNG KÝ KẾT CỦA CÁC ĐƠN VỊ THÀNH VIÊN"));
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (CovenantDtos.BoardRow row : board.members()) {
            rows.add(List.of(String.valueOf(n++), row.unit().name(),
                    row.signed() ? row.signerName() + (row.signerPosition() == null ? "" : ", " + row.signerPosition()) : "Chưa ký",
                    row.signed() ? row.signedAt().atZoneSameInstant(VIETNAM).format(SIGNED_AT) : ""));
        }
        body.add(new AdministrativeDocument.Table(List.of("STT", "Đơn vị", "Người ký (họ tên, chức vụ)", "Thời điểm ký"),
                List.of(2, 9, 9, 6), rows));
        LocalDate date = covenant.openedAt == null ? LocalDate.now(VIETNAM) : covenant.openedAt.atZoneSameInstant(VIETNAM).toLocalDate();
        List<String> subtitles = new ArrayList<>();
        subtitles.add(covenant.title);
        if (covenant.theme != null) {
            subtitles.add("“" + covenant.theme + "”");
        }
        List<String> notes = covenant.textSha256 == null ? List.of("Bản dự thảo, chưa mở ký kết.")
                : List.of("Bản số " + covenant.revision + ". Đã ký " + board.signedCount() + "/" + board.memberCount()
                        + " đơn vị. Mã SHA-256 của văn bản được ký: " + covenant.textSha256);
        return new AdministrativeDocument(organizer == null ? "" : organizer.name, bloc.name, null, AdministrativeDocument.placeOf(organizer == null ? null : organizer.name), date,
                "Giao ước thi đua năm " + covenant.year, subtitles, body, notes);
    }
}
