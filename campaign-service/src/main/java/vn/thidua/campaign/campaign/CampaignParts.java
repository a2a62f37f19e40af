package vn.thidua.campaign.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The numbered parts of a campaign's plan, kept in the order of the launching document. */
public final class CampaignParts {

    private CampaignParts() {}

    /** Nội dung trọng tâm: "Một là, …" */
    @Embeddable
    public record KeyContent(
            @Column(nullable = false) int number,
            @Column(nullable = false) String text) {}

    /** Chỉ tiêu; {@code perUnit} when each unit sets its own value at registration. */
    @Embeddable
    public record Target(
            @Column(nullable = false) int number,
            @Column(nullable = false) String name,

            @Column(name = "unit_of_measure", nullable = false)
            String unitOfMeasure,

            @Column(name = "target_value") BigDecimal targetValue,
            @Column(name = "per_unit", nullable = false) boolean perUnit) {}

    @Embeddable
    public record PledgeRule(
            @Column(nullable = false) int position,
            @Column(nullable = false) String text) {}

    @Embeddable
    public record PlannedAward(
            @Column(nullable = false) int position,

            @Schema(required = true) @Column(name = "award_type", nullable = false)
            String awardType,

            @Column(nullable = false) int quantity) {}

    /** Kỳ báo cáo: reports for it can be corrected until {@code closesOn}. */
    @Embeddable
    public record ReportingPeriod(
            @Schema(required = true) @Column(nullable = false)
            int number,

            @Column(nullable = false) String name,
            @Column(name = "starts_on", nullable = false) java.time.LocalDate startsOn,
            @Column(name = "ends_on", nullable = false) java.time.LocalDate endsOn,
            @Column(name = "closes_on", nullable = false) java.time.LocalDate closesOn) {}
}
