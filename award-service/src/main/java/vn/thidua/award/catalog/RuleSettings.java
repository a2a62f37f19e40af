package vn.thidua.award.catalog;

import java.time.MonthDay;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Settings of a rule set beside its per-award rules: the disclosure window, the deadline for a year's
 * dossiers (a day of the following year), and the legal sources of the checks every nomination gets.
 * In a local rule set a null field leaves the national setting in force.
 */
public record RuleSettings(
        Integer disclosureWorkingDays,

        @Schema(
                implementation = String.class,
                type = SchemaType.STRING,
                example = "--01-31",
                description = "hạn nộp hồ sơ của một năm: ngày, tháng của năm sau (--MM-dd)")
        MonthDay dossierDeadline,

        String registrationSource,
        String oneAchievementSource,
        String holdsSource,
        String tieBreakSource) {

    /** This rule set's settings with the gaps filled from {@code base}. */
    public RuleSettings over(RuleSettings base) {
        return new RuleSettings(
                disclosureWorkingDays != null ? disclosureWorkingDays : base.disclosureWorkingDays,
                dossierDeadline != null ? dossierDeadline : base.dossierDeadline,
                registrationSource != null ? registrationSource : base.registrationSource,
                oneAchievementSource != null ? oneAchievementSource : base.oneAchievementSource,
                holdsSource != null ? holdsSource : base.holdsSource,
                tieBreakSource != null ? tieBreakSource : base.tieBreakSource);
    }
}
