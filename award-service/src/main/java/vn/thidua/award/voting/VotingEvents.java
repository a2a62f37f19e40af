package vn.thidua.award.voting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.thidua.award.voting.VotingEnums.LeadershipRole;
import vn.thidua.award.voting.VotingEnums.Outcome;
import vn.thidua.award.voting.VotingEnums.QuestionKind;
import vn.thidua.award.voting.VotingEnums.SessionKind;

/** The voting engine's events on thidua.awards.v1 (key: the session id). */
public final class VotingEvents {

    public static final String SESSION_CLOSED = "vn.thidua.voting.session-closed.v1";
    public static final String BLOC_ELECTION_DECIDED = "vn.thidua.voting.bloc-election-decided.v1";

    private VotingEvents() {}

    /** A session counted for the last time: each question's final result (no ballots: they are in the published result). */
    public record SessionClosed(
            UUID sessionId,
            SessionKind kind,
            UUID councilId,
            UUID blocId,
            UUID organizingUnitId,
            String title,
            LocalDate heldOn,
            int rounds,
            int electorate,
            List<QuestionClosed> questions) {}

    public record QuestionClosed(
            UUID questionId,
            int round,
            QuestionKind kind,
            String title,
            UUID nominationId,
            LeadershipRole role,
            Outcome outcome,
            String statement,
            int ballots,
            int over,
            List<Chosen> chosen) {}

    public record Chosen(String key, String label, UUID unitId, UUID nominationId, int votes) {}

    /** bloc-service's contract: the head and deputy a bloc elected for a year. */
    public record BlocElectionDecided(
            UUID sessionId,
            UUID blocId,
            int year,
            UUID headUnitId,
            UUID deputyUnitId,
            LocalDate decidedOn,
            int voters,
            int headVotes,
            int deputyVotes) {}
}
