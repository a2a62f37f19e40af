package vn.thidua.award.decision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.award.catalog.CatalogEnums.RecipientKind;

public final class DecisionDtos {

    private DecisionDtos() {}

    @Schema(name = "AwardDecisionInput")
    public record DecisionInput(
            @NotNull UUID organizingUnitId,

            @NotBlank @Size(max = 60) @Pattern(regexp = "\\d+/[\\p{L}\\d\\-]+", message = "số quyết định dạng 123/QĐ-UBND") String number,

            @NotNull LocalDate issuedOn,
            @NotBlank @Size(max = 300) String authority,
            @NotBlank @Size(max = 300) String issuingBody,
            @NotBlank @Size(max = 200) String signerName,
            @NotBlank @Size(max = 200) String signerPosition,
            @Size(max = 100) String signingFor,
            @NotBlank @Size(max = 500) String title,
            List<@NotNull UUID> nominationIds) {}

    /** One line of the annex: who, for what, how much. */
    @Schema(name = "DecisionLine")
    public record Line(
            int position,
            UUID nominationId,
            RecipientKind recipientKind,
            String recipientName,
            String recipientDetail,
            String awardType,
            String awardTypeName,
            BigDecimal cashMultiple,
            BigDecimal cashAmount,
            UUID honourId) {}

    public record DecisionView(
            UUID id,
            UUID organizingUnitId,
            String organizingUnitName,
            String number,
            LocalDate issuedOn,
            String authority,
            String issuingBody,
            String signerName,
            String signerPosition,
            String signingFor,
            String title,
            Decision.Status status,
            List<Line> lines,
            BigDecimal baseSalary,
            BigDecimal cashTotal,
            String createdBy,
            OffsetDateTime createdAt,
            String issuedBy,
            OffsetDateTime issuedAt,
            long version) {}

    public record DecisionSummary(
            UUID id,
            String number,
            LocalDate issuedOn,
            String authority,
            String title,
            Decision.Status status,
            int awards,
            BigDecimal cashTotal) {}
}
