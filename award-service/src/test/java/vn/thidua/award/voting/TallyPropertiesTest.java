package vn.thidua.award.voting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.thidua.award.catalog.CatalogEnums.Denominator;
import vn.thidua.award.catalog.Threshold;
import vn.thidua.award.voting.VotingEnums.Outcome;
import vn.thidua.award.voting.VotingEnums.QuestionKind;

/** Properties of the count for any electorate and ballots: order does not matter, and results keep to the rule. */
class TallyPropertiesTest {

    record Case(Tally.Question question, int electorate, List<List<String>> ballots) {}

    @Property(tries = 400)
    void theCountDoesNotDependOnTheOrderOfTheBallots(@ForAll("cases") Case c) {
        List<List<String>> shuffled = new ArrayList<>(c.ballots());
        Collections.shuffle(shuffled, new java.util.Random(c.ballots().size()));
        assertEquals(
                Tally.count(c.question(), c.electorate(), 0, c.ballots(), false),
                Tally.count(c.question(), c.electorate(), 0, shuffled, false));
    }

    @Property(tries = 400)
    void votesAddUpAndWinnersReachTheThresholdWithinTheSeats(@ForAll("cases") Case c) {
        QuestionResult r = Tally.count(c.question(), c.electorate(), 0, c.ballots(), false);
        int marks = c.ballots().stream().mapToInt(List::size).sum();
        assertEquals(
                marks,
                r.counts().stream().mapToInt(QuestionResult.OptionCount::votes).sum());
        int seats =
                c.question().kind() == QuestionKind.CHOOSE_UP_TO ? c.question().maxChoices() : 1;
        assertTrue(r.chosen().size() <= seats);
        for (QuestionResult.OptionCount count : r.counts()) {
            if (count.chosen()) {
                assertTrue(c.question().threshold().metBy(count.votes(), r.over()), count.statement());
            }
        }
        if (r.outcome() == Outcome.RUNOFF) {
            assertTrue(r.chosen().size() < seats);
            assertTrue(Collections.disjoint(r.chosen(), r.runoff()));
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Integer> optionCount = Arbitraries.integers().between(2, 6);
        Arbitrary<QuestionKind> kinds = Arbitraries.of(QuestionKind.values());
        Arbitrary<Integer> electorates = Arbitraries.integers().between(1, 40);
        Arbitrary<Integer> percents = Arbitraries.of(50, 66, 80, 90);
        return Combinators.combine(
                        kinds, optionCount, electorates, percents, Arbitraries.of(true, false), Arbitraries.longs())
                .as((kind, n, electorate, percent, strict, seed) -> {
                    List<Option> options = kind == QuestionKind.APPROVAL
                            ? Option.APPROVAL
                            : IntStream.range(0, n)
                                    .mapToObj(i -> new Option("o" + i, "Đơn vị " + i, null, null, null))
                                    .toList();
                    int max = kind == QuestionKind.CHOOSE_UP_TO
                            ? 1 + (int) Math.floorMod(seed, (long) options.size())
                            : 1;
                    Tally.Question q = new Tally.Question(
                            kind,
                            new Threshold(
                                    BigDecimal.valueOf(percent),
                                    strict,
                                    strict ? Denominator.ALL_MEMBERS : Denominator.VOTES_CAST),
                            max,
                            options,
                            "thành viên");
                    java.util.Random random = new java.util.Random(seed);
                    int cast = random.nextInt(electorate + 1);
                    List<List<String>> ballots = new ArrayList<>();
                    for (int b = 0; b < cast; b++) {
                        List<String> keys = new ArrayList<>(
                                options.stream().map(Option::key).toList());
                        Collections.shuffle(keys, random);
                        ballots.add(List.copyOf(
                                keys.subList(0, kind == QuestionKind.CHOOSE_UP_TO ? random.nextInt(max + 1) : 1)));
                    }
                    return new Case(q, electorate, ballots);
                });
    }
}
