package vn.thidua.bloc.scoring;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Points one member unit gave one unit on one clause. */
@Entity
@Table(name = "score_entry")
public class ScoreEntry extends PanacheEntityBase {

    @Embeddable
    public record Key(
            @Column(name = "round_id") UUID roundId,
            @Column(name = "scorer_unit_id") UUID scorerUnitId,
            @Column(name = "scored_unit_id") UUID scoredUnitId,
            @Column(name = "clause_number") int clauseNumber)
            implements Serializable {}

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public BigDecimal points;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    static ScoreEntry of(Key key, BigDecimal points, String by, OffsetDateTime now) {
        ScoreEntry entry = new ScoreEntry();
        entry.key = key;
        entry.points = points;
        entry.submittedBy = by;
        entry.submittedAt = now;
        return entry;
    }
}
