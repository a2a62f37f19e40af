package vn.thidua.replicas.unit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** This service's copy of a unit of the directory owned by bloc-service. */
@Entity
@Table(name = "unit_replica")
public class UnitReplica extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "short_name")
    public String shortName;

    @Column(nullable = false)
    public String kind;

    @Column(name = "parent_id")
    public UUID parentId;

    @Column(nullable = false)
    public boolean active;

    /** The directory's version of the unit, not an optimistic lock of this table. */
    @Column(nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    /** Applies a snapshot unless this copy already holds the same or a later version (late or repeated event). */
    public boolean apply(UnitSnapshot snapshot, OffsetDateTime now) {
        if (id != null && snapshot.version() <= version) {
            return false;
        }
        id = snapshot.id();
        name = snapshot.name();
        shortName = snapshot.shortName();
        kind = snapshot.kind();
        parentId = snapshot.parentId();
        active = snapshot.active();
        version = snapshot.version();
        updatedAt = snapshot.updatedAt();
        receivedAt = now;
        return true;
    }
}
