package vn.thidua.campaign.campaign;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class CampaignDtos {

    private CampaignDtos() {}

    @Schema(name = "LaunchDocument", description = "Văn bản phát động")
    public record LaunchDocument(
            @NotBlank @Size(max = 100) @Schema(examples = "3337/KH-CAT-PX03")
            String number,

            @NotNull CampaignEnums.DocumentType type,
            @NotNull LocalDate date,

            @NotBlank @Size(max = 300) @Schema(examples = "Công an tỉnh Kon Tum")
            String issuer,

            @Size(max = 100) @Schema(description = "quyền hạn khi cấp phó ký thay", examples = "KT. GIÁM ĐỐC")
            String signingFor,

            @Size(max = 300) @Schema(examples = "Phó Giám đốc")
            String signerPosition,

            @Size(max = 300) @Schema(description = "cấp bậc và họ tên người ký", examples = "Đại tá Nguyễn Văn Bình")
            String signerName) {}

    @Schema(name = "CampaignScope", description = "Phạm vi: cây đơn vị (một gốc), các đơn vị, hoặc thành viên các khối")
    public record Scope(
            @NotNull CampaignEnums.ScopeKind kind,
            @NotNull @Size(min = 1, max = 500) List<@NotNull UUID> refs) {}

    @Schema(name = "TargetInput", description = "Chỉ tiêu")
    public record TargetInput(
            @NotBlank @Size(max = 500) @Schema(examples = "Số mô hình, phần việc thiết thực")
            String name,

            @NotBlank @Size(max = 100) @Schema(examples = "mô hình")
            String unitOfMeasure,

            @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal targetValue,

            @Schema(description = "Mỗi đơn vị tự đặt giá trị khi đăng ký")
            boolean perUnit) {}

    @Schema(name = "PlannedAwardInput", description = "Hình thức khen thưởng dự kiến khi tổng kết")
    public record PlannedAwardInput(
            @NotBlank @Size(max = 300) @Schema(examples = "Giấy khen của Giám đốc Công an tỉnh")
            String awardType,

            @NotNull @Min(1) Integer quantity) {}

    @Schema(name = "ReportingPeriodInput", description = "Kỳ báo cáo")
    public record PeriodInput(
            @NotBlank @Size(max = 200) @Schema(examples = "Quý IV năm 2022")
            String name,

            @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn,

            @NotNull @Schema(description = "Hạn chốt: sau ngày này không sửa báo cáo được nữa")
            LocalDate closesOn) {}

    @Schema(name = "CampaignInput", description = "Kế hoạch phong trào, đợt thi đua")
    public record CampaignInput(
            @Schema(description = "Đơn vị tổ chức (chỉ khi lập mới)")
            UUID organizingUnitId,

            @NotBlank @Size(max = 500) String title,
            @NotNull CampaignEnums.Kind kind,
            @Size(max = 1000) String theme,
            @NotNull @Valid LaunchDocument launchDocument,
            @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn,
            @NotNull LocalDate registrationDeadline,
            @NotNull @Valid Scope scope,
            @Size(max = 50) List<@NotBlank @Size(max = 4000) String> contents,
            @Size(max = 50) List<@NotNull @Valid TargetInput> targets,
            @Size(max = 20) List<@NotBlank @Size(max = 1000) String> pledgeRules,
            @Size(max = 20) List<@NotNull @Valid PlannedAwardInput> plannedAwards,
            @Size(max = 60) List<@NotNull @Valid PeriodInput> reportingPeriods,

            @Schema(description = "Phiên bản hiện có khi sửa")
            Long version,

            @Size(max = 1000) @Schema(description = "Lý do sửa (bắt buộc sau khi đã phát động)")
            String changeReason) {}

    @Schema(name = "CampaignContent", description = "Nội dung trọng tâm")
    public record ContentView(int number, String text) {}

    @Schema(name = "CampaignTarget", description = "Chỉ tiêu")
    public record TargetView(int number, String name, String unitOfMeasure, BigDecimal targetValue, boolean perUnit) {}

    @Schema(name = "PlannedAward", description = "Khen thưởng dự kiến")
    public record PlannedAwardView(int position, String awardType, int quantity) {}

    @Schema(name = "ReportingPeriod", description = "Kỳ báo cáo")
    public record PeriodView(int number, String name, LocalDate startsOn, LocalDate endsOn, LocalDate closesOn) {}

    @Schema(name = "Campaign", description = "Phong trào, đợt thi đua")
    public record CampaignView(
            @Schema(required = true) UUID id,
            UUID organizingUnitId,
            String organizingUnitName,
            String title,
            CampaignEnums.Kind kind,
            String theme,
            LaunchDocument launchDocument,
            LocalDate startsOn,
            LocalDate endsOn,
            LocalDate registrationDeadline,
            Scope scope,
            List<ContentView> contents,
            List<TargetView> targets,
            List<String> pledgeRules,
            List<PlannedAwardView> plannedAwards,
            List<PeriodView> periods,
            CampaignEnums.Status status,
            int revision,

            @Schema(description = "Số đơn vị trong phạm vi khi phát động")
            int unitsInScope,

            OffsetDateTime launchedAt,
            boolean manageable,
            long version,
            OffsetDateTime updatedAt) {}

    @Schema(name = "CampaignRevision", description = "Một lần sửa kế hoạch sau khi phát động")
    public record RevisionView(int revision, OffsetDateTime changedAt, String changedBy, String reason) {}
}
