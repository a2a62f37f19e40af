package vn.thidua.bloc.scoring;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The confirmed ranking on thidua.blocs.v1 (key: the bloc id); award-service drafts nominations from it. */
public final class ScoringEvents {

    public static final String RANKING_CONFIRMED = "vn.thidua.bloc.ranking-confirmed.v1";

    private ScoringEvents() {}

    public record RankedUnit(
            UUID unitId, String unitName, int rank, boolean tied, BigDecimal score, Proposal proposal) {}

    public record RankingConfirmed(
            UUID roundId,
            UUID blocId,
            String blocName,
            int year,
            UUID covenantId,
            String confirmedBy,
            OffsetDateTime confirmedAt,
            List<RankedUnit> ranking) {}
}
