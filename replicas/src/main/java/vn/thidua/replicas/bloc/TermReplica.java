package vn.thidua.replicas.bloc;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
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

    @Column(nullable = false)
    public long version;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    public static Optional<TermReplica> of(UUID blocId, int year) {
        return find("blocId = ?1 and year = ?2", blocId, year).firstResultOptional();
    }

    /** The unit leads the bloc that year, as its head or its deputy. */
    public boolean ledBy(UUID unitId) {
        return headUnitId.equals(unitId) || deputyUnitId.equals(unitId);
    }
}
