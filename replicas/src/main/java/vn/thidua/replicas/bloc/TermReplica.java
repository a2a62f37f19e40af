package vn.thidua.replicas.bloc;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** A bloc's head and deputy (Trưởng khối, Phó khối) for a year, as bloc-service last reported them. */
@Entity
@Table(name = "bloc_term_replica")
public class TermReplica extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "bloc_id", nullable = false)
    public UUID blocId;

    @Column(nullable = false)
    public int year;

    @Column(name = "head_unit_id", nullable = false)
    public UUID headUnitId;

    @Column(name = "deputy_unit_id", nullable = false)
    public UUID deputyUnitId;

    /** The day the term was decided (elected or appointed). */
    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(nullable = false)
    public long version;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    public static Optional<TermReplica> of(UUID blocId, int year) {
        return find("blocId = ?1 and year = ?2", blocId, year).firstResultOptional();
    }

    /**
     * The term that leads the bloc's business on {@code day}: that year's, once decided by that day; until then,
     * from 1 January, the previous year's (the outgoing head hands over at the year-end conference).
     */
    public static Optional<TermReplica> leadingOn(UUID blocId, LocalDate day) {
        Optional<TermReplica> current = of(blocId, day.getYear());
        if (current.isPresent()
                && (current.get().decidedOn == null || current.get().decidedOn.isBefore(day))) {
            return current;
        }
        Optional<TermReplica> outgoing = of(blocId, day.getYear() - 1);
        return outgoing.isPresent() ? outgoing : current;
    }

    /** The unit leads the bloc that year, as its head or its deputy. */
    public boolean ledBy(UUID unitId) {
        return headUnitId.equals(unitId) || deputyUnitId.equals(unitId);
    }

    /** Applies a bloc's term of a year unless this copy already holds a later version (a late event). */
    boolean apply(BlocListener.TermSnapshot snapshot, OffsetDateTime now) {
        if (id != null && version > snapshot.version()) {
            return false;
        }
        if (id == null) {
            id = UUID.randomUUID();
            blocId = snapshot.blocId();
            year = snapshot.year();
        }
        headUnitId = snapshot.headUnitId();
        deputyUnitId = snapshot.deputyUnitId();
        decidedOn = snapshot.decidedOn();
        version = snapshot.version();
        receivedAt = now;
        return true;
    }
}
