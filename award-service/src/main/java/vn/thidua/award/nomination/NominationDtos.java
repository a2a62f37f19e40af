package vn.thidua.award.nomination;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.award.catalog.CatalogEnums.DossierKind;
import vn.thidua.award.catalog.CatalogEnums.RecipientKind;
import vn.thidua.award.eligibility.Eligibility;

public final class NominationDtos {

    private NominationDtos() {}

    /** A nomination by a unit (or ad hoc, for an occasion): the nominee is the unit itself, one of its people, or a household. */
    public record NominationInput(
            @NotNull Nomination.OriginKind kind,
            @NotNull UUID proposerUnitId,
            @NotNull RecipientKind nomineeKind,
            UUID nomineeUnitId,
            UUID personId,
            @Size(max = 300) String householdName,
            @NotNull @Min(2000) @Max(2100) Integer year,
            @Size(max = 300) String occasion,
            @Size(max = 60) String awardType,
            @NotBlank @Size(max = 20000) String achievement,
            Long version) {}

    public record AppraisalInput(
            @NotNull Boolean pass,
            @Size(max = 1000) String note,
            @Size(max = 1000) String overrideReason,
            @NotNull Long version) {}

    @Schema(name = "CouncilVoteInput")
    public record VoteInput(
            @NotNull LocalDate heldOn,
            @NotNull @Min(1) Integer members,
            @NotNull @Min(0) Integer votesCast,
            @NotNull @Min(0) Integer approvals,
            @Min(0) Integer writtenVotes,
            @NotNull Long version) {}

    @Schema(name = "NominationReasonInput")
    public record ReasonInput(@NotBlank @Size(max = 1000) String reason, Long version) {}

    @Schema(name = "DossierDocumentView")
    public record DocumentView(
            @Schema(required = true) UUID id,
            @Schema(required = true) DossierKind kind,
            String filename,
            String contentType,
            long size,
            String sha256,
            String uploadedBy,
            OffsetDateTime uploadedAt) {}

    /** What the current user may do with the nomination now. */
    @Schema(name = "NominationActions")
    public record Actions(boolean edit, boolean submit, boolean withdraw, boolean appraise, boolean recordVote) {}

    public record NominationSummary(
            @Schema(required = true) UUID id,
            int year,
            String occasion,
            Nomination.OriginKind proposerKind,
            UUID proposerUnitId,
            String proposerUnitName,
            String originKind,
            String originTitle,
            Integer originRank,
            RecipientKind nomineeKind,
            UUID nomineeUnitId,
            String nomineeUnitName,
            UUID personId,
            String nomineeName,
            String nomineePosition,
            String awardType,
            String awardTypeName,
            String requestedAward,
            NominationStatus status,
            boolean onHold,
            Boolean eligible,
            LocalDate submittedOn) {}

    public record NominationView(
            @Schema(required = true) UUID id,
            int year,
            String occasion,
            Nomination.OriginKind proposerKind,
            UUID proposerUnitId,
            String proposerUnitName,
            String originKind,
            UUID originId,
            String originTitle,
            Integer originRank,
            RecipientKind nomineeKind,
            UUID nomineeUnitId,
            String nomineeUnitName,
            UUID personId,
            String nomineeName,
            String nomineePosition,
            String awardType,
            String awardTypeName,
            String requestedAward,
            String achievement,
            NominationStatus status,
            boolean onHold,
            LocalDate submittedOn,
            String submittedBy,
            List<UUID> ruleSetIds,
            Eligibility eligibility,
            String overrideReason,
            String overrideBy,
            String appraisalNote,
            String appraisedBy,
            OffsetDateTime appraisedAt,
            CouncilVote vote,
            UUID votingSessionId,
            String blocBallot,
            UUID noticeId,
            UUID decisionId,
            String closingReason,
            List<DossierKind> requiredDocuments,
            List<DocumentView> documents,
            Actions actions,
            String createdBy,
            OffsetDateTime createdAt,
            long version) {}
}
