package vn.thidua.award.voting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.award.catalog.CatalogEnums.Denominator;
import vn.thidua.award.catalog.Threshold;
import vn.thidua.award.voting.VotingEnums.Outcome;
import vn.thidua.award.voting.VotingEnums.QuestionKind;

class TallyTest {

    private static final List<Option> UNITS = List.of(
            new Option("a", "Công an tỉnh", null, null, null),
            new Option("b", "Sở Tư pháp", null, null, null),
            new Option("c", "Thanh tra tỉnh", null, null, null),
            new Option("d", "Sở Nội vụ", null, null, null),
            new Option("e", "Sở Tài chính", null, null, null));

    @Test
    void anApprovalIsCountedOverAllMembersWithTheRuleStated() {
        Tally.Question eighty = new Tally.Question(
                QuestionKind.APPROVAL,
                Threshold.atLeast(BigDecimal.valueOf(80), Denominator.ALL_MEMBERS),
                1,
                Option.APPROVAL,
                "thành viên hội đồng");
        QuestionResult r = Tally.count(eighty, 15, 2, answers(12, "AGREE", 2, "DISAGREE", 1, "ABSTAIN"), false);
        assertEquals(Outcome.PASSED, r.outcome());
        assertEquals(15, r.over());
        assertEquals("12 / 15 thành viên hội đồng = 80% ≥ 80% → đạt", r.statement());
        Tally.Question ninety = new Tally.Question(
                QuestionKind.APPROVAL,
                Threshold.atLeast(BigDecimal.valueOf(90), Denominator.ALL_MEMBERS),
                1,
                Option.APPROVAL,
                "thành viên hội đồng");
        assertEquals(
                "13 / 15 thành viên hội đồng = 86,7% < 90% → không đạt",
                Tally.count(ninety, 15, 0, answers(13, "AGREE", 2, "DISAGREE"), false)
                        .statement());
    }

    @Test
    void aBlocMajorityMeansMoreThanHalfOfTheMemberUnits() {
        Tally.Question flag = new Tally.Question(
                QuestionKind.APPROVAL, Threshold.MAJORITY_OF_MEMBERS, 1, Option.APPROVAL, "đơn vị thành viên");
        QuestionResult half = Tally.count(flag, 10, 0, answers(5, "AGREE", 5, "DISAGREE"), false);
        assertEquals(Outcome.FAILED, half.outcome());
        assertEquals("5 / 10 đơn vị thành viên = 50% ≤ 50% → không đạt", half.statement());
        assertEquals(
                Outcome.PASSED,
                Tally.count(flag, 10, 0, answers(6, "AGREE", 4, "DISAGREE"), false)
                        .outcome());
    }

    @Test
    void anElectionWithoutAMajorityGoesToASecondRoundBetweenTheTopTwoThenToTheLeadership() {
        Tally.Question head = new Tally.Question(
                QuestionKind.ELECTION, Threshold.MAJORITY_OF_MEMBERS, 1, UNITS.subList(0, 3), "đơn vị thành viên");
        QuestionResult first = Tally.count(head, 9, 0, answers(4, "a", 3, "b", 2, "c"), false);
        assertEquals(Outcome.RUNOFF, first.outcome());
        assertEquals(List.of("a", "b"), first.runoff());
        assertEquals(List.of(), first.chosen());
        assertEquals("bỏ phiếu vòng sau giữa Công an tỉnh, Sở Tư pháp", first.statement());

        Tally.Question runoff = new Tally.Question(
                QuestionKind.ELECTION, Threshold.MAJORITY_OF_MEMBERS, 1, UNITS.subList(0, 2), "đơn vị thành viên");
        QuestionResult second = Tally.count(runoff, 9, 0, answers(5, "a", 4, "b"), true);
        assertEquals(Outcome.DECIDED, second.outcome());
        assertEquals(List.of("a"), second.chosen());
        assertEquals(
                "5 / 9 đơn vị thành viên = 55,6% > 50% → đạt",
                second.counts().get(0).statement());

        QuestionResult tied = Tally.count(runoff, 10, 0, answers(5, "a", 5, "b"), true);
        assertEquals(Outcome.REFERRED, tied.outcome());
        assertEquals(List.of("a", "b"), tied.runoff());
    }

    @Test
    void chooseUpToThreeTakesTheTopThreeThatReachTheThresholdAndSendsATieForTheLastSeatToAnotherRound() {
        Tally.Question merit = new Tally.Question(
                QuestionKind.CHOOSE_UP_TO, Threshold.MAJORITY_OF_MEMBERS, 3, UNITS, "đơn vị thành viên");
        // 9 units, each choosing up to three: a 8, b 7, c 6, d 3, e 3
        List<List<String>> ballots = new ArrayList<>();
        ballots.addAll(Collections.nCopies(3, List.of("a", "b", "c")));
        ballots.addAll(Collections.nCopies(3, List.of("a", "b", "d")));
        ballots.addAll(Collections.nCopies(2, List.of("a", "c", "e")));
        ballots.add(List.of("b", "c", "e"));
        QuestionResult r = Tally.count(merit, 9, 0, ballots, false);
        assertEquals(Outcome.DECIDED, r.outcome());
        assertEquals(List.of("a", "b", "c"), r.chosen());

        // c and d tie with 5 of 9 for the third seat
        List<List<String>> tie = new ArrayList<>();
        tie.addAll(Collections.nCopies(4, List.of("a", "b", "c")));
        tie.addAll(Collections.nCopies(4, List.of("a", "b", "d")));
        tie.add(List.of("c", "d"));
        QuestionResult tied = Tally.count(merit, 9, 0, tie, false);
        assertEquals(Outcome.RUNOFF, tied.outcome());
        assertEquals(List.of("a", "b"), tied.chosen());
        assertEquals(List.of("c", "d"), tied.runoff());
    }

    @Test
    void anOptionUnderTheThresholdIsNotChosenEvenWithSeatsLeft() {
        Tally.Question merit = new Tally.Question(
                QuestionKind.CHOOSE_UP_TO, Threshold.MAJORITY_OF_MEMBERS, 3, UNITS, "đơn vị thành viên");
        QuestionResult r = Tally.count(merit, 9, 0, answers(5, "a", 4, "b"), false);
        assertEquals(List.of("a"), r.chosen());
        assertEquals(Outcome.DECIDED, r.outcome());
    }

    /** n1 ballots choosing k1, n2 choosing k2, ... */
    private static List<List<String>> answers(Object... countsAndKeys) {
        List<List<String>> ballots = new ArrayList<>();
        for (int i = 0; i < countsAndKeys.length; i += 2) {
            ballots.addAll(Collections.nCopies((Integer) countsAndKeys[i], List.of((String) countsAndKeys[i + 1])));
        }
        return ballots;
    }
}
