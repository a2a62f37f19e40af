package vn.thidua.bloc.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How a bloc's year-end scores become a ranking (the method the SPA and the export explain):
 * <ol>
 * <li>A scorer's total for a unit is the sum of its points over the covenant's scored clauses.</li>
 * <li>Without cross-scoring a unit's score is its own total (tự chấm). With cross-scoring it is the
 * average of the totals every member that scored it gave it, its own included, rounded half up to
 * two decimals; members that did not score it are not in the denominator.</li>
 * <li>Units are ordered by score, highest first. Equal scores share a rank and the next rank skips
 * (1, 2, 2, 4): ties are shown, never broken silently.</li>
 * </ol>
 */
public final class Ranking {

    private Ranking() {}

    /** One scorer's total for one scored unit. */
    public record Total(UUID scorer, UUID scored, BigDecimal points) {}

    public record Ranked(
            UUID unitId, int rank, boolean tied, BigDecimal selfTotal, BigDecimal score, int scorerCount) {}

    public static List<Ranked> rank(Collection<UUID> members, Collection<Total> totals, boolean crossScoring) {
        Map<UUID, List<Total>> byScored = new HashMap<>();
        for (Total t : totals) {
            if (members.contains(t.scored())
                    && members.contains(t.scorer())
                    && (crossScoring || t.scorer().equals(t.scored()))) {
                byScored.computeIfAbsent(t.scored(), k -> new ArrayList<>()).add(t);
            }
        }
        List<Ranked> unranked = new ArrayList<>();
        for (UUID unit : members) {
            List<Total> received = byScored.getOrDefault(unit, List.of());
            BigDecimal self = received.stream()
                    .filter(t -> t.scorer().equals(unit))
                    .map(Total::points)
                    .findFirst()
                    .orElse(null);
            BigDecimal score = received.isEmpty()
                    ? BigDecimal.ZERO.setScale(2)
                    : received.stream()
                            .map(Total::points)
                            .reduce(BigDecimal.ZERO, BigDecimal::add)
                            .divide(BigDecimal.valueOf(received.size()), 2, RoundingMode.HALF_UP);
            unranked.add(new Ranked(unit, 0, false, self, score, received.size()));
        }
        unranked.sort(Comparator.comparing(Ranked::score)
                .reversed()
                .thenComparing(r -> r.unitId().toString()));
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            Ranked r = unranked.get(i);
            int rank = i > 0 && unranked.get(i - 1).score().compareTo(r.score()) == 0
                    ? ranked.get(i - 1).rank()
                    : i + 1;
            boolean tied = (i > 0 && unranked.get(i - 1).score().compareTo(r.score()) == 0)
                    || (i + 1 < unranked.size() && unranked.get(i + 1).score().compareTo(r.score()) == 0);
            ranked.add(new Ranked(r.unitId(), rank, tied, r.selfTotal(), r.score(), r.scorerCount()));
        }
        return ranked;
    }
}
