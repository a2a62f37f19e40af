package vn.thidua.campaign.report;

import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(componentModel = "cdi")
public interface ReportMapper {

    ReportDtos.EvidenceView toView(Evidence evidence);

    @Mapping(target = "number", source = "targetNumber")
    ReportDtos.ValueInput toValue(ProgressReport.Achieved achieved);

    @Mapping(target = "targetNumber", source = "number")
    ProgressReport.Achieved toAchieved(ReportDtos.ValueInput input);

    /** A unit's report of a period, its evidence, and whether it may still be corrected. */
    @Mapping(target = "id", source = "report.id")
    @Mapping(target = "period", source = "report.periodNumber")
    ReportDtos.ReportView toView(
            ProgressReport report,
            String unitName,
            String periodName,
            List<ReportDtos.EvidenceView> evidence,
            boolean correctable);
}
