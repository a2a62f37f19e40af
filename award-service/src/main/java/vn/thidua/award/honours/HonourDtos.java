package vn.thidua.award.honours;

import jakarta.validation.constraints.Max;
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
import vn.thidua.award.catalog.CatalogEnums.AwardLevel;
import vn.thidua.award.catalog.CatalogEnums.RecipientKind;

public final class HonourDtos {

    private HonourDtos() {}

    public record HonourView(
            @Schema(required = true) UUID id,
            Honour.Source source,
            UUID decisionId,
            String decisionNumber,
            LocalDate decidedOn,
            String authority,
            String awardType,
            String awardTypeName,
            AwardLevel level,
            RecipientKind recipientKind,
            UUID unitId,
            String unitName,
            UUID personId,
            String recipientName,
            String recipientPosition,
            int year,
            String citation,
            String originKind,
            UUID originId,
            UUID nominationId,
            BigDecimal cashAmount,
            boolean revoked,
            String revokingDecisionNumber,
            String revokedReason,
            LocalDate revokedOn,
            String recordedBy,
            OffsetDateTime recordedAt,
            long version) {}

    /** The public registry line, as the decision publishes it: no cash, no personal data beyond name and position, no internal id. */
    public record PublicHonour(
            String decisionNumber,
            LocalDate decidedOn,
            String authority,
            String awardTypeName,
            AwardLevel level,
            RecipientKind recipientKind,
            String recipientName,
            String recipientPosition,
            String unitName,
            int year,
            boolean revoked) {}

    /** An honour from an earlier decision on paper, entered into the registry. */
    @Schema(name = "HonourRecordInput")
    public record RecordInput(
            @NotBlank @Size(max = 60) String awardType,
            @NotNull RecipientKind recipientKind,
            @NotNull UUID unitId,
            UUID personId,
            @Size(max = 300) String householdName,
            @NotNull @Min(1945) @Max(2100) Integer year,
            @NotBlank @Size(max = 60) String decisionNumber,
            @NotNull LocalDate decidedOn,
            @NotBlank @Size(max = 300) String authority,
            @Size(max = 4000) String citation) {}

    @Schema(name = "HonourRevokeInput")
    public record RevokeInput(
            @NotBlank @Size(max = 60) String revokingDecisionNumber,
            @NotNull LocalDate revokedOn,
            @NotBlank @Size(max = 2000) String reason,
            @NotNull Long version) {}

    @Schema(name = "HonourCount")
    public record Count(String key, String label, long count) {}

    /** Counts of honours in force by year, by level and by award type (optionally within one year). */
    @Schema(name = "HonourStatistics")
    public record Statistics(
            Integer year,
            long total,
            List<Count> byYear,
            List<Count> byLevel,
            List<Count> byAwardType,
            List<Count> byRecipientKind) {}
}
