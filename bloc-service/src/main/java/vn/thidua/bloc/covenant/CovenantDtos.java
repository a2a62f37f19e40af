package vn.thidua.bloc.covenant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.bloc.unit.UnitDtos.UnitRef;

public final class CovenantDtos {

    private CovenantDtos() {}

    @Schema(name = "ClauseInput", description = "Một điều khoản; được đánh số theo thứ tự gửi lên")
    public record ClauseInput(
            @NotBlank @Size(max = 4000) @Schema(examples = "Thực hiện tốt công tác tiếp công dân, giải quyết khiếu nại, tố cáo")
            String content,

            @Size(max = 4000) @Schema(description = "Tiêu chí chấm điểm")
            String criteria,

            @DecimalMin(value = "0.01", message = "điểm tối đa phải lớn hơn 0") @Digits(integer = 5, fraction = 2) @Schema(description = "Điểm tối đa của điều khoản")
            BigDecimal maxPoints) {}

    @Schema(name = "CovenantDraft", description = "Nội dung giao ước thi đua")
    public record CovenantDraft(
            @NotBlank @Size(max = 500) @Schema(examples = "Giao ước thi đua năm 2026 của Khối thi đua số 3")
            String title,

            @Size(max = 500) @Schema(examples = "Vì An ninh Tổ quốc")
            String theme,

            @NotEmpty @Size(max = 100) List<@NotNull @Valid ClauseInput> clauses,

            @Schema(description = "Phiên bản hiện có khi sửa; bỏ trống khi lập mới")
            Long version) {}

    @Schema(name = "SignCovenant", description = "Ký giao ước: mã SHA-256 của đúng bản đã đọc")
    public record SignCovenant(
            @NotBlank @Pattern(regexp = "[0-9a-fA-F]{64}", message = "phải là mã SHA-256 (64 ký tự hex)")
            String textSha256) {}

    @Schema(name = "Clause", description = "Điều khoản của giao ước")
    public record ClauseView(int number, String content, String criteria, BigDecimal maxPoints) {}

    @Schema(name = "CovenantSignature", description = "Chữ ký của một đơn vị")
    public record SignatureView(
            UnitRef unit,
            int revision,
            String signerName,
            String signerPosition,
            OffsetDateTime signedAt,
            String textSha256) {}

    @Schema(name = "PublicCovenantSignature", description = "Chữ ký của một đơn vị, công khai")
    public record PublicSignature(
            String unitName,
            String signerName,
            String signerPosition,
            OffsetDateTime signedAt,
            int revision,

            @Schema(description = "SHA-256 (hex) của đúng văn bản đơn vị đã ký")
            String textSha256) {}

    @Schema(
            name = "PublicCovenantSignatures",
            description = "Giao ước và các chữ ký của bản hiện hành, công khai để kiểm tra: "
                    + "SHA-256 của text (UTF-8) phải bằng textSha256 của văn bản và của từng chữ ký")
    public record PublicSignatures(
            String blocName,
            int year,
            String title,
            CovenantStatus status,
            int revision,
            LocalDate signedOn,
            String text,
            String textSha256,
            long memberCount,
            List<PublicSignature> signatures) {}

    @Schema(name = "CovenantSigningConference", description = "Hội nghị ký kết giao ước, theo biên bản")
    public record SigningConferenceView(
            UUID meetingId, String place, String chairRank, String chairName, String chairPosition) {}

    @Schema(name = "Covenant", description = "Giao ước thi đua của khối trong một năm")
    public record CovenantView(
            UUID id,
            UUID blocId,
            @Schema(required = true) int year,
            String title,
            String theme,
            @Schema(required = true) CovenantStatus status,
            int revision,
            List<ClauseView> clauses,

            @Schema(description = "Toàn văn đúng như khi ký; textSha256 là mã băm của văn bản này")
            String text,

            String textSha256,
            OffsetDateTime openedAt,
            OffsetDateTime inForceAt,
            OffsetDateTime closedAt,
            long memberCount,
            long signedCount,

            @Schema(
                    description =
                            "Ngày ký kết (ngày của văn bản): ngày hội nghị ký kết khi đã ghi biên bản, nếu không là ngày đơn vị"
                                    + " cuối cùng ký; trống khi chưa đủ chữ ký")
            LocalDate signedOn,

            @Schema(description = "Hội nghị ký kết, khi biên bản đã ghi")
            SigningConferenceView signingConference,

            @Schema(description = "Người dùng hiện tại được ký thay đơn vị mình lúc này")
            boolean signable,

            @Schema(description = "Người dùng hiện tại được sửa, mở, kết thúc giao ước")
            boolean manageable,

            @Schema(description = "Chữ ký của đơn vị người dùng cho bản hiện hành, nếu đã ký")
            SignatureView mySignature,

            long version,
            OffsetDateTime updatedAt) {}

    @Schema(name = "SigningBoardRow", description = "Một thành viên trên bảng theo dõi ký kết")
    public record BoardRow(
            UnitRef unit, boolean signed, String signerName, String signerPosition, OffsetDateTime signedAt) {}

    @Schema(name = "SigningBoard", description = "Bảng theo dõi ký kết giao ước, để chiếu tại hội nghị")
    public record SigningBoard(
            UUID covenantId,
            String blocName,
            int year,
            String title,
            @Schema(required = true) CovenantStatus status,
            int revision,
            long memberCount,
            long signedCount,
            boolean allSigned,
            List<BoardRow> members) {}
}
