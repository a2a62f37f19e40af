package vn.thidua.award.people;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import vn.thidua.award.catalog.CatalogEnums.TaskRating;

/** A collective's own task rating in a year, and whether it is under inspection (the collective rules read it). */
@Entity
@Table(name = "unit_assessment")
public class UnitAssessment extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "unit_id") UUID unitId, int year) implements Serializable {}

    @EmbeddedId
    public Key key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TaskRating rating;

    @Column(name = "under_inspection", nullable = false)
    public boolean underInspection;

    @Column(name = "rated_by", nullable = false)
    public String ratedBy;

    @Column(name = "rated_at", nullable = false)
    public OffsetDateTime ratedAt;

    public static Optional<UnitAssessment> of(UUID unitId, int year) {
        return findByIdOptional(new Key(unitId, year));
    }

    /** A unit's first assessment of a year; {@link #rate} says what it is. */
    static UnitAssessment first(UUID unitId, int year) {
        UnitAssessment a = new UnitAssessment();
        a.key = new Key(unitId, year);
        return a;
    }

    /** The year's rating of the unit (and whether it is under inspection), by whom and when; a later one replaces it. */
    void rate(TaskRating rating, boolean underInspection, String by, OffsetDateTime at) {
        this.rating = rating;
        this.underInspection = underInspection;
        this.ratedBy = by;
        this.ratedAt = at;
    }
}
