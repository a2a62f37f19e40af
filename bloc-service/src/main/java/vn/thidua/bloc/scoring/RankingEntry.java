package vn.thidua.bloc.scoring;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;

/** A unit's place in the ranking computed when scoring closed, and what the head proposed for it. */
@Entity
@Table(name = "ranking_entry")
public class RankingEntry extends PanacheEntityBase {

    @Embeddable
    public record Key(
            @Column(name = "round_id") UUID roundId,
            @Column(name = "unit_id") UUID unitId) implements Serializable {}

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public int rank;

    @Column(nullable = false)
    public boolean tied;

    @Column(name = "self_total")
    public BigDecimal selfTotal;

    @Column(nullable = false)
    public BigDecimal score;

    @Column(name = "scorer_count", nullable = false)
    public int scorerCount;

    @Enumerated(EnumType.STRING)
    public Proposal proposal;

    static RankingEntry of(UUID roundId, Ranking.Ranked ranked) {
        RankingEntry entry = new RankingEntry();
        entry.key = new Key(roundId, ranked.unitId());
        entry.rank = ranked.rank();
        entry.tied = ranked.tied();
        entry.selfTotal = ranked.selfTotal();
        entry.score = ranked.score();
        entry.scorerCount = ranked.scorerCount();
        return entry;
    }

    /** The award the bloc proposes for this unit when the head confirms the ranking. */
    void propose(Proposal award) {
        this.proposal = award;
    }
}
