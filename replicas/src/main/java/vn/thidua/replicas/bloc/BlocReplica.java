package vn.thidua.replicas.bloc;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A bloc or cluster as bloc-service last reported it: its name and the unit that organizes it. */
@Entity
@Table(name = "bloc_replica")
public class BlocReplica extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organizing_unit_id", nullable = false)
    public UUID organizingUnitId;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public long version;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    /** Applies a snapshot unless this copy already holds a later version (a late event). */
    boolean apply(BlocListener.BlocSnapshot snapshot, OffsetDateTime now) {
        if (id != null && version > snapshot.version()) {
            return false;
        }
        id = snapshot.id();
        organizingUnitId = snapshot.organizingUnitId();
        code = snapshot.code();
        name = snapshot.name();
        version = snapshot.version();
        receivedAt = now;
        return true;
    }
}
