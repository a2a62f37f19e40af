package vn.thidua.bloc.unit;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Unit directory events on the compacted topic that feeds every service's replica. */
public final class UnitEvents {

    public static final String TOPIC = "thidua.units.v1";
    public static final String CREATED = "vn.thidua.unit.created.v1";
    public static final String UPDATED = "vn.thidua.unit.updated.v1";
    public static final String DEACTIVATED = "vn.thidua.unit.deactivated.v1";
    public static final String ACTIVATED = "vn.thidua.unit.activated.v1";

    private UnitEvents() {}

    /** Every unit event carries the whole unit, so the latest event per key is the unit's state. */
    public record UnitSnapshot(
            UUID id,
            String name,
            String shortName,
            UnitKind kind,
            UUID parentId,
            boolean active,
            long version,
            OffsetDateTime updatedAt) {}
}
