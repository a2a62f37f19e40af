package vn.thidua.award.voting;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.award.voting.VotingEnums.Outcome;

/** The count of one question in one round, as published and written in the minutes. */
@Schema(name = "VotingQuestionResult")
public record QuestionResult(
        @Schema(description = "ballots cast in the round") int ballots,

        @Schema(description = "of them entered from written votes")
        int written,

        int electorate,

        @Schema(description = "what the votes are counted over: the electorate or the ballots cast")
        int over,

        List<OptionCount> counts,
        @Schema(required = true) Outcome outcome,

        @Schema(description = "keys of the options passed, elected or chosen")
        List<String> chosen,

        @Schema(description = "keys of the options going to the next round, or to the leadership after the last")
        List<String> runoff,

        @Schema(description = "e.g. \"13 / 15 thành viên hội đồng = 86,7% ≥ 80% → đạt\"")
        String statement) {

    @Schema(name = "VotingOptionCount")
    public record OptionCount(
            @Schema(required = true) String key,
            String label,
            int votes,
            BigDecimal percent,
            boolean chosen,
            String statement) {}
}
