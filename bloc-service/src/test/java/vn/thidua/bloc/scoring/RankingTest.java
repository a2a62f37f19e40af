package vn.thidua.bloc.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID C = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final UUID D = UUID.fromString("00000000-0000-0000-0000-00000000000d");

    private static Ranking.Total total(UUID scorer, UUID scored, String points) {
        return new Ranking.Total(scorer, scored, new BigDecimal(points));
    }

    private static Ranking.Ranked of(List<Ranking.Ranked> ranking, UUID unit) {
        return ranking.stream().filter(r -> r.unitId().equals(unit)).findFirst().orElseThrow();
    }

    @Test
    void withoutCrossScoringTheOwnTotalCountsAndTiesShareARank() {
        List<Ranking.Ranked> ranking = Ranking.rank(
                List.of(A, B, C, D),
                List.of(
                        total(A, A, "58"),
                        total(B, B, "55.5"),
                        total(C, C, "55.5"),
                        total(D, D, "50"),
                        total(A, B, "10")),
                false);

        assertEquals(List.of(A, B, C, D).size(), ranking.size());
        assertEquals(1, of(ranking, A).rank());
        assertFalse(of(ranking, A).tied());
        assertEquals(2, of(ranking, B).rank());
        assertEquals(2, of(ranking, C).rank());
        assertTrue(of(ranking, B).tied() && of(ranking, C).tied());
        assertEquals(4, of(ranking, D).rank(), "the rank after a tie is skipped");
        assertEquals(new BigDecimal("55.50"), of(ranking, B).score());
        assertEquals(1, of(ranking, B).scorerCount(), "another unit's score is ignored without cross-scoring");
    }

    @Test
    void withCrossScoringTheScoreIsTheAverageOfTheTotalsReceived() {
        List<Ranking.Ranked> ranking = Ranking.rank(
                List.of(A, B, C),
                List.of(
                        total(A, A, "60"),
                        total(B, A, "50"),
                        total(C, A, "52"),
                        total(B, B, "57"),
                        total(A, B, "56"),
                        total(C, C, "40"),
                        total(UUID.randomUUID(), C, "60")),
                true);

        assertEquals(new BigDecimal("54.00"), of(ranking, A).score());
        assertEquals(3, of(ranking, A).scorerCount());
        assertEquals(
                new BigDecimal("56.50"),
                of(ranking, B).score(),
                "B's average of two, the third member did not score it");
        assertEquals(new BigDecimal("40.00"), of(ranking, C).score(), "a non-member's score is not counted");
        assertEquals(new BigDecimal("60"), of(ranking, A).selfTotal());
        assertEquals(
                List.of(B, A, C), ranking.stream().map(Ranking.Ranked::unitId).toList());
    }

    @Test
    void averagesRoundHalfUpToTwoDecimals() {
        List<Ranking.Ranked> ranking =
                Ranking.rank(List.of(A, B, C), List.of(total(A, A, "10"), total(B, A, "10"), total(C, A, "11")), true);
        assertEquals(new BigDecimal("10.33"), of(ranking, A).score());
        assertNull(of(ranking, B).selfTotal());
        assertEquals(new BigDecimal("0.00"), of(ranking, B).score());
    }
}
