package vn.thidua.award.voting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.thidua.award.nomination.NominationBallots;
import vn.thidua.award.voting.VotingEnums.LeadershipRole;
import vn.thidua.award.voting.VotingEnums.Outcome;
import vn.thidua.award.voting.VotingEnums.QuestionKind;
import vn.thidua.award.voting.VotingEnums.SessionKind;
import vn.thidua.award.voting.VotingEnums.SessionStatus;
import vn.thidua.platform.audit.AuditTrail;
import vn.thidua.platform.honours.AwardEvents;
import vn.thidua.platform.outbox.Outbox;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.security.CurrentUser;

/**
 * The count of a round and what follows from it, in the counting transaction: each question's result, the
 * sealed ballots, the nominations moved, and once the session is settled its events.
 */
@ApplicationScoped
public class SessionCount {

    @Inject
    Clock clock;

    @Inject
    BallotBox box;

    @Inject
    NominationBallots nominations;

    @Inject
    CurrentUser user;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    /** Counts the session's current round; refused below the quorum. */
    void countRound(VotingSession s) {
        int electorate = Elector.countIn(s.id);
        BallotBox.Turnout turnout = box.turnout(s.id, s.round);
        int present = turnout.voted() - turnout.written();
        int quorum = s.quorumOf(electorate);
        if (present < quorum) {
            throw ProblemException.rule(
                    "Chưa đủ số tham dự để kiểm phiếu: " + present + " / " + electorate + " " + s.membersNoun()
                            + " có mặt bỏ phiếu, cần ít nhất " + quorum + " (" + s.quorumText() + ")"
                            + (turnout.written() > 0 ? "; phiếu bằng văn bản không tính vào số có mặt" : ""));
        }
        List<Ballot> ballots = Ballot.of(s.id, s.round);
        List<Question> questions = Question.of(s.id, s.round);
        for (Question q : questions) {
            List<List<String>> answers = ballots.stream()
                    .map(b -> b.choices.getOrDefault(q.id, List.of()))
                    .toList();
            q.result = Tally.count(
                    q.tallyQuestion(s.membersNoun()), electorate, turnout.written(), answers, s.lastRound());
        }
        s.counted(
                questions.stream().anyMatch(q -> q.result.outcome() == Outcome.RUNOFF),
                user.username(),
                OffsetDateTime.now(clock));
        box.seal(s.id, s.round);
        for (Question q : questions) {
            apply(s, q);
        }
        audit.record(
                "award.voting.count",
                "voting-session",
                s.id,
                null,
                questions.stream()
                        .map(q -> new Counted(q.id, q.title, q.result.statement()))
                        .toList());
        settle(s);
    }

    record Counted(UUID questionId, String title, String statement) {}

    /** A tie the leadership settled: the tied nominations follow, and the session may now be settled. */
    void referred(VotingSession s, Question q) {
        for (Option o : q.options) {
            if (o.nominationId() != null && q.result.runoff().contains(o.key())) {
                nominations.blocCounted(
                        o.nominationId(),
                        s.id,
                        q.settled().contains(o.key()),
                        optionCount(q, o.key()).statement() + "; bằng phiếu sau vòng cuối, lãnh đạo khối quyết định: "
                                + q.referral.note());
            }
        }
        settle(s);
    }

    /** What a question's count does to the nominations on it; those tied wait for the next round or the leadership. */
    private void apply(VotingSession s, Question q) {
        QuestionResult r = q.result;
        if (q.kind == QuestionKind.APPROVAL && q.nominationId != null) {
            int agree = votes(r, VotingEnums.AGREE);
            if (s.kind == SessionKind.COUNCIL) {
                nominations.councilCounted(
                        q.nominationId, s.id, s.heldOn, r.electorate(), r.ballots(), agree, r.written());
            } else {
                nominations.blocCounted(q.nominationId, s.id, r.outcome() == Outcome.PASSED, r.statement());
            }
            return;
        }
        for (Option o : q.options) {
            if (o.nominationId() != null && !r.runoff().contains(o.key())) {
                nominations.blocCounted(
                        o.nominationId(),
                        s.id,
                        r.chosen().contains(o.key()),
                        optionCount(q, o.key()).statement());
            }
        }
    }

    private static QuestionResult.OptionCount optionCount(Question q, String key) {
        return q.result.counts().stream()
                .filter(c -> c.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    /** Once nothing waits for a round or a tie decision: the closing event, and a bloc's new head and deputy. */
    private void settle(VotingSession s) {
        if (s.status != SessionStatus.CLOSED) {
            return;
        }
        List<Question> all = Question.of(s.id);
        if (all.stream().anyMatch(Question::awaitsReferral)) {
            return;
        }
        int electorate = Elector.countIn(s.id);
        outbox.publish(
                AwardEvents.TOPIC,
                VotingEvents.SESSION_CLOSED,
                s.id,
                new VotingEvents.SessionClosed(
                        s.id,
                        s.kind,
                        s.councilId,
                        s.blocId,
                        s.organizingUnitId,
                        s.title,
                        s.heldOn,
                        s.round,
                        electorate,
                        all.stream().map(SessionCount::closed).toList()));
        if (s.kind == SessionKind.BLOC && !s.electionReported) {
            Optional<Question> head = last(all, LeadershipRole.HEAD);
            Optional<Question> deputy = last(all, LeadershipRole.DEPUTY);
            if (head.isPresent() && deputy.isPresent()) {
                String headKey = head.get().settled().get(0);
                String deputyKey = deputy.get().settled().get(0);
                outbox.publish(
                        AwardEvents.TOPIC,
                        VotingEvents.BLOC_ELECTION_DECIDED,
                        s.id,
                        new VotingEvents.BlocElectionDecided(
                                s.id,
                                s.blocId,
                                s.electionYear,
                                UUID.fromString(headKey),
                                UUID.fromString(deputyKey),
                                s.heldOn,
                                head.get().result.ballots(),
                                votes(head.get().result, headKey),
                                votes(deputy.get().result, deputyKey)));
                s.electionReported = true;
            }
        }
    }

    /** The question of the last round for an office: the one whose result stands. */
    private static Optional<Question> last(List<Question> all, LeadershipRole role) {
        return all.stream().filter(q -> q.role == role).max(Comparator.comparingInt(q -> q.round));
    }

    private static int votes(QuestionResult r, String key) {
        return r.counts().stream()
                .filter(c -> c.key().equals(key))
                .mapToInt(QuestionResult.OptionCount::votes)
                .findFirst()
                .orElse(0);
    }

    private static VotingEvents.QuestionClosed closed(Question q) {
        List<String> settled = q.settled();
        return new VotingEvents.QuestionClosed(
                q.id,
                q.round,
                q.kind,
                q.title,
                q.nominationId,
                q.role,
                q.result.outcome(),
                q.result.statement() + (q.referral != null ? "; lãnh đạo quyết định: " + q.referral.note() : ""),
                q.result.ballots(),
                q.result.over(),
                q.options.stream()
                        .filter(o -> settled.contains(o.key()))
                        .map(o -> new VotingEvents.Chosen(
                                o.key(), o.label(), o.unitId(), o.nominationId(), votes(q.result, o.key())))
                        .toList());
    }
}
