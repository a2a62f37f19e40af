package vn.thidua.replicas.unit;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The data of a unit event (thidua.units.v1) as this service reads it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UnitSnapshot(
        UUID id,
        String name,
        String shortName,
        String kind,
        UUID parentId,
        boolean active,
        long version,
        OffsetDateTime updatedAt) {}
