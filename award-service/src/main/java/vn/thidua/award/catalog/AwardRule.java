package vn.thidua.award.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.award.catalog.CatalogEnums.Denominator;
import vn.thidua.award.catalog.CatalogEnums.DisciplineForm;
import vn.thidua.award.catalog.CatalogEnums.DossierKind;
import vn.thidua.award.catalog.CatalogEnums.InitiativeLevel;
import vn.thidua.award.catalog.CatalogEnums.PrerequisiteKind;
import vn.thidua.award.catalog.CatalogEnums.QuotaScope;
import vn.thidua.award.catalog.CatalogEnums.RecipientKind;
import vn.thidua.award.catalog.CatalogEnums.TaskRating;

/**
 * How one award type is given under a rule set: who decides, whether the council votes and over
 * what threshold, what must hold first, how many, which dossier documents, and the cash award as
 * multiples of the base salary per recipient kind. Stored as data in {@link RuleSet#rules}.
 */
public record AwardRule(
        @Schema(required = true) String awardType,
        String authority,
        boolean councilVote,
        BigDecimal threshold,
        Denominator denominator,
        String voteSource,
        List<Prerequisite> prerequisites,
        Quota quota,
        List<DossierKind> requiredDocuments,
        Map<RecipientKind, BigDecimal> cash,
        String legalSource) {

    public AwardRule {
        prerequisites = prerequisites == null ? List.of() : List.copyOf(prerequisites);
        requiredDocuments = requiredDocuments == null ? List.of() : List.copyOf(requiredDocuments);
        cash = cash == null ? Map.of() : Map.copyOf(cash);
    }

    @Schema(name = "AwardPrerequisite")
    public record Prerequisite(
            PrerequisiteKind kind,
            String awardType,
            Integer years,
            Integer count,
            BigDecimal percent,
            TaskRating rating,
            InitiativeLevel level,
            DisciplineForm discipline,
            String legalSource) {}

    @Schema(name = "AwardQuota")
    public record Quota(QuotaScope scope, Integer maxCount, BigDecimal maxPercent, String legalSource) {}

    public BigDecimal cashMultiple(RecipientKind kind) {
        return cash.getOrDefault(kind, BigDecimal.ZERO);
    }
}
