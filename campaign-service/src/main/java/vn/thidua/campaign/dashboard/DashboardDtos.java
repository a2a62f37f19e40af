package vn.thidua.campaign.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.campaign.campaign.CampaignEnums;

public final class DashboardDtos {

    private DashboardDtos() {}

    @Schema(name = "RegistrationCounts", description = "Số đơn vị theo tình trạng đăng ký")
    public record RegistrationCounts(int submitted, int draft, int none) {}

    @Schema(name = "PeriodProgress", description = "Tình hình báo cáo một kỳ")
    public record PeriodProgress(
            @Schema(required = true) int number,
            String name,
            LocalDate endsOn,
            LocalDate closesOn,
            int reported,
            int expected,

            @Schema(description = "Đơn vị chưa báo cáo khi kỳ đã hết")
            int late) {}

    @Schema(name = "TargetProgress", description = "Tổng hợp một chỉ tiêu trên các đơn vị")
    public record TargetProgress(
            int number,
            String name,
            String unitOfMeasure,

            @Schema(description = "Tổng mục tiêu các đơn vị đã đăng ký")
            BigDecimal goalTotal,

            @Schema(description = "Tổng kết quả lũy kế đã báo cáo")
            BigDecimal achievedTotal,

            @Schema(description = "Tổng kết quả / tổng mục tiêu × 100")
            BigDecimal percent,

            @Schema(description = "Số đơn vị đã báo cáo chỉ tiêu này")
            int reportingUnits) {}

    @Schema(name = "UnitProgress", description = "Một đơn vị trong bảng theo dõi")
    public record UnitProgress(
            UUID unitId,
            String unitName,
            @Schema(description = "NONE khi chưa đăng ký") String registration,
            int pledges,
            List<Integer> reportedPeriods,
            BigDecimal overall,
            List<Obligations.Owed> owed,
            boolean late) {}

    @Schema(name = "CampaignDashboard", description = "Bảng theo dõi đăng ký, báo cáo của đơn vị tổ chức")
    public record CampaignDashboard(
            UUID campaignId,
            String title,
            CampaignEnums.Status status,
            LocalDate registrationDeadline,
            int unitsInScope,
            RegistrationCounts registration,
            List<PeriodProgress> periods,
            List<TargetProgress> targets,
            List<UnitProgress> units,
            int lateUnits,
            int models,
            int adoptions) {}

    @Schema(name = "UnitCampaign", description = "Một phong trào đơn vị tham gia và việc còn phải làm")
    public record UnitCampaign(
            UUID campaignId,
            String title,
            CampaignEnums.Kind kind,
            CampaignEnums.Status status,
            String organizingUnitName,
            LocalDate startsOn,
            LocalDate endsOn,
            LocalDate registrationDeadline,
            @Schema(description = "NONE khi chưa đăng ký") String registration,
            List<Integer> reportedPeriods,
            List<Obligations.Owed> owed) {}
}
