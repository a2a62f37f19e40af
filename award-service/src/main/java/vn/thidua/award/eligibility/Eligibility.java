package vn.thidua.award.eligibility;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The result of an eligibility check: every rule looked at, each with its outcome and legal source. */
public record Eligibility(
        boolean eligible, List<Outcome> outcomes, LocalDate judgedOn, String ruleSets, OffsetDateTime checkedAt) {

    /** One rule: {@code code} names it (e.g. REGISTRATION, CONSECUTIVE_TITLES), {@code message} says why in Vietnamese. */
    @Schema(name = "EligibilityOutcome")
    public record Outcome(String code, boolean passed, String message, String legalSource) {}

    public List<Outcome> failures() {
        return outcomes.stream().filter(o -> !o.passed()).toList();
    }
}
