package vn.thidua.campaign.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class ReportDtos {

    private ReportDtos() {}

    @Schema(name = "AchievedValue", description = "Kết quả đạt được của một chỉ tiêu")
    public record ValueInput(
            @NotNull Integer number,

            @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal value) {}

    @Schema(name = "ReportInput", description = "Báo cáo tiến độ của đơn vị cho một kỳ")
    public record ReportInput(
            @Size(max = 50) List<@NotNull @Valid ValueInput> values,
            @Size(max = 20000) String narrative,

            @Schema(description = "Phiên bản hiện có khi sửa")
            Long version) {}

    @Schema(name = "ReportEvidence", description = "Tệp minh chứng")
    public record EvidenceView(
            UUID id,
            String filename,
            String contentType,
            long size,
            String sha256,
            String uploadedBy,
            OffsetDateTime uploadedAt) {}

    @Schema(name = "ProgressReport", description = "Báo cáo tiến độ")
    public record ReportView(
            UUID id,
            UUID campaignId,
            UUID unitId,
            String unitName,
            int period,
            String periodName,
            List<ValueInput> values,
            String narrative,
            List<EvidenceView> evidence,
            String reportedBy,
            boolean correctable,
            long version,
            OffsetDateTime updatedAt) {}
}
