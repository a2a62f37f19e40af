package vn.thidua.bloc.blocs;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Events of blocs on {@link #TOPIC}, keyed by bloc id so one bloc's events stay in order. */
public final class BlocEvents {

    public static final String TOPIC = "thidua.blocs.v1";
    public static final String CREATED = "vn.thidua.bloc.created.v1";
    public static final String UPDATED = "vn.thidua.bloc.updated.v1";

    private BlocEvents() {}

    public record BlocSnapshot(
            UUID id,
            UUID organizingUnitId,
            String code,
            String name,
            BlocKind kind,
            boolean crossScoring,
            long version,
            OffsetDateTime updatedAt) {}
}
