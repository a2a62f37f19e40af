package vn.thidua.award.catalog;

import java.time.MonthDay;

/**
 * Settings of a rule set beside its per-award rules: the disclosure window, the deadline for a year's
 * dossiers (a day of the following year), and the legal sources of the checks every nomination gets.
 * In a local rule set a null field leaves the national setting in force.
 */
public record RuleSettings(
        Integer disclosureWorkingDays,
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
