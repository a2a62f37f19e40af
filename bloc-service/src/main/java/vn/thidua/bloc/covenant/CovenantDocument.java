package vn.thidua.bloc.covenant;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.bloc.blocs.Bloc;
import vn.thidua.bloc.unit.Unit;
import vn.thidua.platform.documents.AdministrativeDocument;
import vn.thidua.platform.time.VietnamClock;

/**
 * The covenant as the bloc prints it, dated by its date of record (the signing conference, else the day the last
 * member signed): its clauses, the conference's chair signing for it, then the table of the members' signatures.
 */
final class CovenantDocument {

    private static final DateTimeFormatter SIGNED_AT = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private CovenantDocument() {}

    /** {@code today} dates a covenant not yet signed by every member and without a conference (a draft to read). */
    static AdministrativeDocument of(
            Bloc bloc, Unit organizer, Covenant covenant, CovenantDtos.SigningBoard board, LocalDate today) {
        SigningConference conference = covenant.signingConference;
        LocalDate date = covenant.signedOn != null ? covenant.signedOn : today;
        List<AdministrativeDocument.Block> body = new ArrayList<>();
        body.add(new AdministrativeDocument.Paragraph(
                null,
                conference == null
                        ? "Các đơn vị thành viên " + bloc.name + " thống nhất ký kết giao ước thi đua năm "
                                + covenant.year + " với các nội dung sau:"
                        : "Tại Hội nghị ký kết giao ước thi đua năm " + covenant.year + " của " + bloc.name + " ngày "
                                + date.format(DAY)
                                + (conference.place() == null ? "" : " tại " + conference.place()) + ", do "
                                + conference.chair()
                                + (conference.chairPosition() == null ? "" : ", " + conference.chairPosition())
                                + " chủ trì, các đơn vị thành viên"
                                + " thống nhất ký kết giao ước thi đua với các nội dung sau:",
                true));
        for (Clause clause : covenant.clauses) {
            StringBuilder text = new StringBuilder(clause.content());
            if (clause.criteria() != null) {
                text.append(" Tiêu chí chấm điểm: ").append(clause.criteria()).append('.');
            }
            if (clause.maxPoints() != null) {
                text.append(" Điểm tối đa: ")
                        .append(CovenantText.points(clause.maxPoints()))
                        .append('.');
            }
            body.add(new AdministrativeDocument.Paragraph("Điều " + clause.number() + ".", text.toString(), true));
        }
        if (conference != null) {
            body.add(new AdministrativeDocument.Signature(
                    "TM. HỘI NGHỊ",
                    conference.chairPosition() == null ? "Chủ trì hội nghị" : conference.chairPosition(),
                    conference.chair()));
        }
        body.add(new AdministrativeDocument.Heading("BẢNG KÝ KẾT CỦA CÁC ĐƠN VỊ THÀNH VIÊN"));
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (CovenantDtos.BoardRow row : board.members()) {
            rows.add(List.of(
                    String.valueOf(n++),
                    row.unit().name(),
                    row.signed()
                            ? row.signerName() + (row.signerPosition() == null ? "" : ", " + row.signerPosition())
                            : "Chưa ký",
                    row.signed()
                            ? row.signedAt()
                                    .atZoneSameInstant(VietnamClock.ZONE)
                                    .format(SIGNED_AT)
                            : ""));
        }
        body.add(new AdministrativeDocument.Table(
                List.of("STT", "Đơn vị", "Người ký (họ tên, chức vụ)", "Thời điểm ký"), List.of(2, 9, 9, 6), rows));
        List<String> subtitles = new ArrayList<>();
        subtitles.add(covenant.title);
        if (covenant.theme != null) {
            subtitles.add("“" + covenant.theme + "”");
        }
        List<String> notes = covenant.textSha256 == null
                ? List.of("Bản dự thảo, chưa mở ký kết.")
                : List.of("Bản số " + covenant.revision + ". Đã ký " + board.signedCount() + "/" + board.memberCount()
                        + " đơn vị. Mã SHA-256 của văn bản được ký: " + covenant.textSha256);
        String organizerName = organizer == null ? "" : organizer.name;
        return new AdministrativeDocument(
                organizerName,
                bloc.name,
                null,
                AdministrativeDocument.placeOf(organizerName),
                date,
                "Giao ước thi đua năm " + covenant.year,
                subtitles,
                body,
                notes);
    }
}
