package vn.thidua.bloc.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The unit directory's API records. */
public final class UnitDtos {

    private UnitDtos() {}

    @Schema(name = "UnitView", description = "Đơn vị")
    public record UnitView(
            @Schema(required = true) UUID id,
            String name,
            String shortName,
            UnitKind kind,
            UUID parentId,
            boolean active,
            long version,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {}

    @Schema(name = "NewUnit", description = "Đơn vị mới")
    public record NewUnit(
            @NotBlank @Size(max = 300) @Schema(examples = "Sở Tư pháp tỉnh Kon Tum")
            String name,

            @Size(max = 100) @Schema(examples = "STP") String shortName,
            @NotNull UnitKind kind,

            @Schema(description = "đơn vị cấp trên; trống khi là đơn vị gốc")
            UUID parentId) {}

    @Schema(name = "UnitUpdate", description = "Cập nhật đơn vị; version là phiên bản đã đọc (khóa lạc quan)")
    public record UnitUpdate(
            @NotBlank @Size(max = 300) String name,
            @Size(max = 100) String shortName,
            @NotNull UnitKind kind,
            UUID parentId,
            @NotNull Long version) {}

    @Schema(name = "UnitNode", description = "Nút của cây đơn vị")
    public record UnitNode(
            @Schema(required = true) UUID id,
            String name,
            String shortName,
            UnitKind kind,
            boolean active,
            List<UnitNode> children) {}

    @Schema(name = "UnitRef", description = "Tham chiếu ngắn tới một đơn vị")
    public record UnitRef(
            @Schema(required = true) UUID id,
            @Schema(required = true) String name,
            String shortName,
            boolean active) {}
}
