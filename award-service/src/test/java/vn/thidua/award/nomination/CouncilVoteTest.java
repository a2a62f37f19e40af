package vn.thidua.award.nomination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.thidua.award.catalog.CatalogEnums.Denominator;
import vn.thidua.platform.problem.ProblemException;

class CouncilVoteTest {

    private static final LocalDate DAY = LocalDate.of(2026, 1, 12);

    @Test
    void thirteenOfFifteenPassesEightyButNotNinetyPercentOfAllMembers() {
        CouncilVote eighty =
                CouncilVote.count(null, DAY, 15, 14, 13, 2, BigDecimal.valueOf(80), Denominator.ALL_MEMBERS, "tk");
        assertTrue(eighty.passed());
        assertEquals("13 / 15 thành viên hội đồng = 86,7% ≥ 80% → đạt", eighty.statement());
        CouncilVote ninety =
                CouncilVote.count(null, DAY, 15, 14, 13, 2, BigDecimal.valueOf(90), Denominator.ALL_MEMBERS, "tk");
        assertFalse(ninety.passed());
        assertEquals("13 / 15 thành viên hội đồng = 86,7% < 90% → không đạt", ninety.statement());
    }

    @Test
    void absentMembersCountAgainstTheThresholdOverAllMembersButNotOverVotesCast() {
        // 12 approvals of 12 votes cast in a council of 15: 80% of all members, 100% of the votes cast
        assertTrue(CouncilVote.count(null, DAY, 15, 12, 12, 0, BigDecimal.valueOf(80), Denominator.ALL_MEMBERS, "tk")
                .passed());
        assertFalse(CouncilVote.count(null, DAY, 15, 12, 12, 0, BigDecimal.valueOf(90), Denominator.ALL_MEMBERS, "tk")
                .passed());
        CouncilVote cast =
                CouncilVote.count(null, DAY, 15, 12, 12, 0, BigDecimal.valueOf(90), Denominator.VOTES_CAST, "tk");
        assertTrue(cast.passed());
        assertEquals("12 / 12 phiếu thu về = 100% ≥ 90% → đạt", cast.statement());
    }

    @Test
    void theThresholdIsComparedExactlyNotOnTheRoundedPercentage() {
        // 8 of 9 = 88.88…% must not round up to pass 88.9%
        assertFalse(CouncilVote.count(null, DAY, 9, 9, 8, 0, new BigDecimal("88.9"), Denominator.ALL_MEMBERS, "tk")
                .passed());
        assertTrue(CouncilVote.count(null, DAY, 10, 10, 9, 0, BigDecimal.valueOf(90), Denominator.ALL_MEMBERS, "tk")
                .passed());
    }

    @Test
    void countsThatCannotBeTrueNameTheirField() {
        ProblemException more = assertThrows(
                ProblemException.class,
                () -> CouncilVote.count(null, DAY, 15, 16, 10, 0, BigDecimal.TEN, Denominator.ALL_MEMBERS, "tk"));
        assertEquals("votesCast", more.errors().get(0).field());
        ProblemException approvals = assertThrows(
                ProblemException.class,
                () -> CouncilVote.count(null, DAY, 15, 10, 11, 0, BigDecimal.TEN, Denominator.ALL_MEMBERS, "tk"));
        assertEquals("approvals", approvals.errors().get(0).field());
    }
}
