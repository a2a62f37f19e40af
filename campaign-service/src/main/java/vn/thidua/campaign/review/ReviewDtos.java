package vn.thidua.campaign.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.campaign.results.ResultSheet;

public final class ReviewDtos {

    private ReviewDtos() {}

    @Schema(name = "ReviewInput", description = "Mở hội nghị sơ kết hoặc tổng kết")
    public record ReviewInput(
            @NotNull Review.Kind kind,

            @NotBlank @Size(max = 300) @Schema(examples = "Tổng kết đợt thi đua cao điểm")
            String title,

            @NotNull LocalDate heldOn) {}

    @Schema(name = "ExemplarInput", description = "Điển hình tiên tiến: tập thể (đơn vị) hoặc cá nhân")
    public record ExemplarInput(
            @NotNull Review.ExemplarKind kind,
            @NotNull UUID unitId,

            @Size(max = 200) @Schema(description = "Họ tên (cá nhân)")
            String personName,

            @Size(max = 200) @Schema(description = "Chức vụ (cá nhân)")
            String personPosition,

            @NotBlank @Size(max = 1000) @Schema(description = "Thành tích tóm tắt")
            String citation,

            @Size(max = 300) @Schema(description = "Hình thức khen thưởng dự kiến đề nghị (một trong kế hoạch)")
            String awardType) {}

    @Schema(name = "ExemplarSelection", description = "Danh sách điển hình tiên tiến (thay toàn bộ)")
    public record SelectionInput(
            @NotNull @Size(max = 200) List<@NotNull @Valid ExemplarInput> exemplars,
            @NotNull Long version) {}

    @Schema(name = "Exemplar", description = "Điển hình tiên tiến")
    public record ExemplarView(
            @Schema(required = true) Review.ExemplarKind kind,
            UUID unitId,
            String unitName,
            String personName,
            String personPosition,
            String citation,
            String awardType) {}

    @Schema(name = "ReviewTarget", description = "Chỉ tiêu trong bảng kết quả")
    public record TargetHeader(int number, String name, String unitOfMeasure) {}

    @Schema(name = "Review", description = "Hội nghị sơ kết, tổng kết với bảng kết quả và điển hình")
    public record ReviewView(
            @Schema(required = true) UUID id,
            UUID campaignId,
            Review.Kind kind,
            String title,
            LocalDate heldOn,
            Review.Status status,

            @Schema(description = "Cách tính tỷ lệ hoàn thành và xếp hạng")
            String method,

            List<TargetHeader> targets,

            @Schema(description = "Khi đang mở: tính theo số liệu hiện có; khi đã kết thúc: như lúc kết thúc")
            List<ResultSheet.Standing> standings,

            List<ExemplarView> exemplars,
            String openedBy,
            OffsetDateTime openedAt,
            String closedBy,
            OffsetDateTime closedAt,
            boolean manageable,
            long version) {}
}
