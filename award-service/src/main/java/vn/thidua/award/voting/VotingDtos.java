package vn.thidua.award.voting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.award.catalog.CatalogEnums.Denominator;
import vn.thidua.award.nomination.NominationBallots;
import vn.thidua.award.voting.VotingEnums.LeadershipRole;
import vn.thidua.award.voting.VotingEnums.QuestionKind;
import vn.thidua.award.voting.VotingEnums.SessionKind;
import vn.thidua.award.voting.VotingEnums.SessionStatus;
import vn.thidua.platform.parking.DeliveryProblem;

public final class VotingDtos {

    private VotingDtos() {}

    @Schema(name = "VotingSessionInput")
    public record SessionInput(
            @NotNull SessionKind kind,

            @Schema(description = "the council, for a council session")
            UUID councilId,

            @Schema(description = "the bloc, for a bloc session")
            UUID blocId,

            @NotBlank @Size(max = 400) String title,

            @Schema(
                    description =
                            "date of record: the day the conference was held, which the electorate, the minutes and what it"
                                    + " decides carry; may be earlier than the window (a conference recorded after the fact); default the day the"
                                    + " window opens (Vietnam time)")
            LocalDate heldOn,

            @NotNull OffsetDateTime opensAt,
            @NotNull OffsetDateTime closesAt,

            @Min(1) @Max(100) @Schema(description = "quorum numerator, default 2 (of 3)")
            Integer quorumNumerator,

            @Min(1) @Max(100) @Schema(description = "quorum denominator, default 3")
            Integer quorumDenominator,

            @Min(1) @Max(5) @Schema(description = "rounds before a tie goes to the leadership, default 2")
            Integer maxRounds,

            @Min(2000) @Max(2100) @Schema(description = "the year a bloc leadership election fills")
            Integer electionYear,

            @NotNull @Size(min = 1, max = 60) List<@NotNull @Valid QuestionInput> questions) {}

    @Schema(name = "VotingQuestionInput")
    public record QuestionInput(
            @NotNull QuestionKind kind,

            @Size(max = 500) @Schema(description = "required unless the question is about a nomination")
            String title,

            @Schema(
                    description =
                            "APPROVAL: the nomination decided (council: awaiting the council's vote; bloc: the bloc's draft)")
            UUID nominationId,

            @Schema(description = "APPROVAL in a bloc: the member unit proposed, when there is no draft")
            UUID unitId,

            @Schema(description = "ELECTION in a bloc: the office it fills")
            LeadershipRole role,

            @Min(1) @Max(50) @Schema(description = "CHOOSE_UP_TO: at most this many")
            Integer maxChoices,

            @Size(max = 60) List<@NotNull @Valid OptionInput> options,

            @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Schema(
                    description =
                            "percent; a nomination's comes from its award's rule; default more than 50% of all members")
            BigDecimal threshold,

            @Schema(description = "true: more than the threshold; false: at least")
            Boolean strict,

            Denominator denominator) {}

    @Schema(name = "VotingOptionInput")
    public record OptionInput(
            UUID unitId,
            UUID nominationId,
            @Size(max = 300) String label,
            @Size(max = 500) String detail) {}

    @Schema(name = "BallotInput")
    public record BallotInput(
            @NotNull @Size(min = 1, max = 60) List<@NotNull @Valid AnswerInput> answers) {}

    @Schema(name = "WrittenBallotInput")
    public record WrittenBallotInput(
            @NotNull @Schema(description = "the absent member whose written vote this is")
            UUID electorId,

            @NotNull @Size(min = 1, max = 60) List<@NotNull @Valid AnswerInput> answers) {}

    @Schema(name = "BallotAnswer")
    public record AnswerInput(
            @NotNull UUID questionId,

            @NotNull @Size(max = 50) @Schema(description = "option keys; for an approval AGREE, DISAGREE or ABSTAIN")
            List<@NotBlank String> choices) {}

    @Schema(name = "VotingRoundInput")
    public record RoundInput(
            @NotNull OffsetDateTime closesAt, @NotNull Long version) {}

    @Schema(name = "VotingReferralInput")
    public record ReferralInput(
            @NotNull @Size(min = 1, max = 50) List<@NotBlank String> chosen,

            @NotBlank @Size(max = 1000) @Schema(description = "how the leadership decided, e.g. the minutes of their meeting")
            String note,

            @NotNull Long version) {}

    @Schema(name = "VotingReceipt")
    public record ReceiptView(
            UUID sessionId,
            String title,
            int round,
            String receipt,
            boolean written,

            @Schema(description = "for the voter: the receipt is shown once and never linked to them")
            String message) {}

    @Schema(name = "VotingOption")
    public record OptionView(
            @Schema(required = true) String key, String label, String detail, UUID unitId, UUID nominationId) {}

    @Schema(name = "VotingQuestion")
    public record QuestionView(
            @Schema(required = true) UUID id,
            @Schema(required = true) int round,
            int position,
            @Schema(required = true) QuestionKind kind,
            String title,
            UUID nominationId,
            LeadershipRole role,
            BigDecimal threshold,
            boolean strict,
            Denominator denominator,

            @Schema(description = "the rule in words, e.g. \"≥ 80% tổng số thành viên hội đồng\"")
            String rule,

            int maxChoices,
            List<OptionView> options,
            UUID runoffOf,
            QuestionResult result,
            Question.Referral referral) {}

    @Schema(name = "VotingElector")
    public record ElectorView(
            @Schema(required = true) UUID id, String name, String detail, boolean voted, boolean written) {}

    @Schema(name = "VotingMe")
    public record Me(
            boolean elector,
            String electorName,
            boolean voted,
            boolean canVote,
            @Schema(required = true) boolean organizer,
            boolean decidesTies) {}

    @Schema(name = "VotingSessionSummary")
    public record SessionSummary(
            UUID id,
            SessionKind kind,
            String title,
            String bodyName,
            LocalDate heldOn,
            OffsetDateTime opensAt,
            OffsetDateTime closesAt,
            @Schema(required = true) int round,
            @Schema(required = true) SessionStatus status,
            boolean accepting,
            int electorate,
            int voted,
            Me me) {}

    @Schema(name = "VotingSession")
    public record SessionView(
            UUID id,
            @Schema(required = true) SessionKind kind,
            String title,
            UUID councilId,
            UUID blocId,
            String bodyName,
            UUID organizingUnitId,
            LocalDate heldOn,
            Integer electionYear,
            OffsetDateTime opensAt,
            OffsetDateTime closesAt,
            String quorum,
            int quorumNeeded,
            int maxRounds,
            @Schema(required = true) int round,
            @Schema(required = true) SessionStatus status,
            boolean accepting,
            int electorate,
            int voted,
            int written,
            List<QuestionView> questions,

            @Schema(
                    required = true,
                    description = "what voters read: nominee, award, achievement, eligibility and dossier files")
            Map<UUID, NominationBallots.Brief> briefs,

            @Schema(description = "the roll, for the organizer: who has voted in the current round, never how")
            List<ElectorView> electors,

            @Schema(required = true) Me me,
            String openedBy,
            OffsetDateTime closedAt,
            String closedBy,

            @Schema(
                    description =
                            "for the organizer: what the session decided that another service could not take (e.g. the bloc"
                                    + " refused the election result), with the reason, until it is applied after a fix or set aside")
            List<DeliveryProblem.View> deliveryProblems,

            long version) {}

    @Schema(name = "VotingProgress")
    public record Progress(
            UUID id,
            String title,
            String bodyName,
            @Schema(required = true) SessionStatus status,
            int round,
            int electorate,
            int voted,
            int written,
            int present,
            int quorumNeeded,
            boolean quorumReached,
            OffsetDateTime opensAt,
            OffsetDateTime closesAt,
            boolean accepting,
            OffsetDateTime now) {}

    @Schema(name = "PublishedBallot")
    public record PublishedBallot(String receipt, Map<UUID, List<String>> choices) {}

    @Schema(name = "PublicVotingOption", description = "a choice as the published result shows it")
    public record PublicOption(@Schema(required = true) String key, String label, String detail) {}

    @Schema(name = "PublicVotingReferral", description = "the leadership's decision of a tie, without who entered it")
    public record PublicReferral(@Schema(required = true) List<String> chosen, String note, OffsetDateTime decidedAt) {}

    @Schema(
            name = "PublicVotingQuestion",
            description = "a question as the published result shows it: what was asked, the rule,"
                    + " the count; no reference to a nomination or a unit record, which are not public")
    public record PublicQuestion(
            @Schema(required = true) UUID id,
            @Schema(required = true) int round,
            int position,
            @Schema(required = true) QuestionKind kind,
            String title,
            LeadershipRole role,

            @Schema(description = "the rule in words, e.g. \"≥ 80% tổng số thành viên hội đồng\"")
            String rule,

            int maxChoices,
            List<PublicOption> options,
            QuestionResult result,
            PublicReferral referral) {}

    @Schema(name = "VotingRoundResult")
    public record RoundResult(
            int round,
            int electorate,
            int ballotsCast,
            int written,
            int present,
            int quorumNeeded,
            List<PublicQuestion> questions,

            @Schema(description = "every ballot of the round by receipt: anyone can recount")
            List<PublishedBallot> ballots) {}

    @Schema(name = "VotingResult")
    public record ResultView(
            UUID id,
            SessionKind kind,
            String title,
            String bodyName,
            LocalDate heldOn,
            SessionStatus status,
            String quorum,
            List<RoundResult> rounds) {}
}
