package vn.thidua.replicas.unit;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UnitReplicaView", description = "Bản sao đơn vị tại dịch vụ này")
public record UnitReplicaView(
        UUID id,
        String name,
        String shortName,
        String kind,
        UUID parentId,
        boolean active,
        long version,
        OffsetDateTime updatedAt,
        OffsetDateTime receivedAt) {}
