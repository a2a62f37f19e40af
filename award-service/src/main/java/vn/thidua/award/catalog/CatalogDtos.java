package vn.thidua.award.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.award.catalog.CatalogEnums.AwardCategory;
import vn.thidua.award.catalog.CatalogEnums.AwardLevel;
import vn.thidua.award.catalog.CatalogEnums.RecipientKind;
import vn.thidua.award.catalog.CatalogEnums.RuleSetScope;

public final class CatalogDtos {

    private CatalogDtos() {}

    /** An award type with the rule in force on {@code on} for the asked unit, and the rule set that states it. */
    public record AwardTypeView(
            @Schema(required = true) String code,
            String name,
            AwardCategory category,
            List<RecipientKind> recipientKinds,
            AwardLevel level,
            AwardRule rule,
            UUID ruleSetId,
            String ruleSetName,
            LocalDate on) {}

    /** What the public registry shows of an award: its name, to filter by. */
    public record PublicAwardType(
            @Schema(required = true) String code,
            @Schema(required = true) String name,
            AwardCategory category,
            AwardLevel level) {}

    public record RuleSetSummary(
            UUID id,
            String code,
            String name,
            String legalSource,
            RuleSetScope scope,
            UUID organizingUnitId,
            String organizingUnitName,
            LocalDate effectiveFrom,
            LocalDate effectiveTo,
            boolean inForce,
            int ruleCount) {}

    public record RuleSetView(
            UUID id,
            String code,
            String name,
            String legalSource,
            RuleSetScope scope,
            UUID organizingUnitId,
            String organizingUnitName,
            LocalDate effectiveFrom,
            LocalDate effectiveTo,
            boolean inForce,
            RuleSettings settings,
            List<AwardRule> rules,
            boolean editable,
            long version,
            String updatedBy,
            OffsetDateTime updatedAt) {}

    public record RuleSetInput(
            @NotBlank @Size(max = 60) String code,
            @NotBlank @Size(max = 300) String name,
            @NotBlank @Size(max = 500) String legalSource,
            @NotNull UUID organizingUnitId,
            @NotNull LocalDate effectiveFrom,
            LocalDate effectiveTo,
            @NotNull @Valid RuleSettings settings,
            @NotNull List<@NotNull AwardRule> rules,
            Long version) {}

    public record BaseSalaryView(LocalDate effectiveFrom, BigDecimal amount, String legalSource) {}
}
