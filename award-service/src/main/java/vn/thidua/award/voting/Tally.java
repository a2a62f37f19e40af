package vn.thidua.award.voting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.award.catalog.Threshold;
import vn.thidua.award.voting.VotingEnums.Outcome;
import vn.thidua.award.voting.VotingEnums.QuestionKind;

/**
 * Counts one question from the answers on the ballots. Pure: the same answers always give the same result,
 * so anyone can recount from the published receipts.
 */
public final class Tally {

    private Tally() {}

    /** What is being counted. {@code membersNoun} names the electorate in statements ("thành viên hội đồng"). */
    public record Question(
            QuestionKind kind, Threshold threshold, int maxChoices, List<Option> options, String membersNoun) {}

    /**
     * @param answers each ballot's chosen option keys for this question
     * @param lastRound no further round may be held: a tie is referred instead of going to a runoff
     */
    public static QuestionResult count(
            Question q, int electorate, int written, List<List<String>> answers, boolean lastRound) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        q.options().forEach(o -> votes.put(o.key(), 0));
        for (List<String> answer : answers) {
            for (String key : answer) {
                votes.computeIfPresent(key, (k, v) -> v + 1);
            }
        }
        int over = q.threshold().over(electorate, answers.size());
        return switch (q.kind()) {
            case APPROVAL -> approval(q, electorate, written, answers.size(), over, votes);
            case ELECTION, CHOOSE_UP_TO -> choice(q, electorate, written, answers.size(), over, votes, lastRound);
        };
    }

    private static QuestionResult approval(
            Question q, int electorate, int written, int ballots, int over, Map<String, Integer> votes) {
        int agree = votes.get(VotingEnums.AGREE);
        boolean passed = q.threshold().metBy(agree, over);
        String statement = q.threshold().statement(agree, over, q.membersNoun(), "đạt", "không đạt");
        List<QuestionResult.OptionCount> counts = q.options().stream()
                .map(o -> new QuestionResult.OptionCount(
                        o.key(),
                        o.label(),
                        votes.get(o.key()),
                        Threshold.percentOf(votes.get(o.key()), over),
                        passed && o.key().equals(VotingEnums.AGREE),
                        o.key().equals(VotingEnums.AGREE) ? statement : null))
                .toList();
        return new QuestionResult(
                ballots,
                written,
                electorate,
                over,
                counts,
                passed ? Outcome.PASSED : Outcome.FAILED,
                passed ? List.of(VotingEnums.AGREE) : List.of(),
                List.of(),
                statement);
    }

    /**
     * An election chooses one, a choose-up-to-N question at most N; each winner must reach the threshold. When
     * more reach it than there are seats and the last seat is tied, or (election) nobody reaches it, the tied
     * or leading options go to another round, or after the last round to the leadership.
     */
    private static QuestionResult choice(
            Question q,
            int electorate,
            int written,
            int ballots,
            int over,
            Map<String, Integer> votes,
            boolean lastRound) {
        int seats = q.kind() == QuestionKind.ELECTION ? 1 : q.maxChoices();
        List<Option> ranked = new ArrayList<>(q.options());
        ranked.sort(Comparator.comparingInt((Option o) -> votes.get(o.key())).reversed());
        List<Option> qualified = ranked.stream()
                .filter(o -> q.threshold().metBy(votes.get(o.key()), over))
                .toList();
        List<String> chosen = new ArrayList<>();
        List<String> runoff = new ArrayList<>();
        if (qualified.size() <= seats) {
            qualified.forEach(o -> chosen.add(o.key()));
            if (chosen.isEmpty() && q.kind() == QuestionKind.ELECTION && !ranked.isEmpty()) {
                runoff.addAll(leaders(ranked, votes));
            }
        } else {
            int last = votes.get(qualified.get(seats - 1).key());
            qualified.stream().filter(o -> votes.get(o.key()) > last).forEach(o -> chosen.add(o.key()));
            if (votes.get(qualified.get(seats).key()) == last) {
                qualified.stream().filter(o -> votes.get(o.key()) == last).forEach(o -> runoff.add(o.key()));
            } else {
                qualified.stream()
                        .limit(seats)
                        .filter(o -> votes.get(o.key()) == last)
                        .forEach(o -> chosen.add(o.key()));
            }
        }
        Outcome outcome = runoff.isEmpty() ? Outcome.DECIDED : lastRound ? Outcome.REFERRED : Outcome.RUNOFF;
        String verdict = q.kind() == QuestionKind.ELECTION ? "trúng cử" : "được chọn";
        List<QuestionResult.OptionCount> counts = ranked.stream()
                .map(o -> {
                    int v = votes.get(o.key());
                    return new QuestionResult.OptionCount(
                            o.key(),
                            o.label(),
                            v,
                            Threshold.percentOf(v, over),
                            chosen.contains(o.key()),
                            q.threshold().statement(v, over, q.membersNoun(), "đạt", "không đạt"));
                })
                .toList();
        return new QuestionResult(
                ballots,
                written,
                electorate,
                over,
                counts,
                outcome,
                chosen,
                runoff,
                summary(q, ranked, chosen, runoff, outcome, verdict));
    }

    /** Nobody won outright: the top two, or everyone tied for first. */
    private static List<String> leaders(List<Option> ranked, Map<String, Integer> votes) {
        int first = votes.get(ranked.get(0).key());
        List<String> tiedFirst = ranked.stream()
                .filter(o -> votes.get(o.key()) == first)
                .map(Option::key)
                .toList();
        if (tiedFirst.size() >= 2 || ranked.size() < 2) {
            return tiedFirst;
        }
        int second = votes.get(ranked.get(1).key());
        List<String> keys = new ArrayList<>(tiedFirst);
        ranked.stream().filter(o -> votes.get(o.key()) == second).forEach(o -> keys.add(o.key()));
        return keys;
    }

    private static String summary(
            Question q,
            List<Option> ranked,
            List<String> chosen,
            List<String> runoff,
            Outcome outcome,
            String verdict) {
        List<String> parts = new ArrayList<>();
        if (!chosen.isEmpty()) {
            parts.add(labels(ranked, chosen) + " " + verdict);
        } else if (runoff.isEmpty()) {
            parts.add("không có lựa chọn nào đạt " + (q.threshold().strict() ? "quá " : "")
                    + Threshold.decimal(q.threshold().percent()) + "%");
        }
        if (outcome == Outcome.RUNOFF) {
            parts.add("bỏ phiếu vòng sau giữa " + labels(ranked, runoff));
        } else if (outcome == Outcome.REFERRED) {
            parts.add("vẫn bằng phiếu sau vòng cuối giữa " + labels(ranked, runoff) + ": chuyển lãnh đạo quyết định");
        }
        return String.join("; ", parts);
    }

    private static String labels(List<Option> ranked, List<String> keys) {
        return String.join(
                ", ",
                ranked.stream()
                        .filter(o -> keys.contains(o.key()))
                        .map(Option::label)
                        .toList());
    }
}
