package vn.thidua.bloc.blocs;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.bloc.unit.UnitDtos.UnitRef;

public final class BlocDtos {

    private BlocDtos() {}

    @Schema(name = "NewBloc", description = "Khối / cụm thi đua mới")
    public record NewBloc(
            @NotNull @Schema(description = "Đơn vị tổ chức khối (ví dụ UBND tỉnh, Công an tỉnh)")
            UUID organizingUnitId,

            @NotBlank @Size(max = 50) @Schema(examples = "KTĐ-03")
            String code,

            @NotBlank @Size(max = 300) @Schema(examples = "Khối thi đua số 3 (khối Nội chính)")
            String name,

            @NotNull BlocKind kind,
            @Size(max = 4000) String description,
            @Valid FoundingDocument foundingDocument,

            @Schema(description = "Các thành viên chấm điểm chéo cho nhau (theo quy chế của khối)")
            boolean crossScoring) {}

    @Schema(name = "BlocUpdate", description = "Sửa thông tin khối / cụm thi đua")
    public record BlocUpdate(
            @NotBlank @Size(max = 50) String code,
            @NotBlank @Size(max = 300) String name,
            @NotNull BlocKind kind,
            @Size(max = 4000) String description,
            @Valid FoundingDocument foundingDocument,
            boolean crossScoring,
            @NotNull Long version) {}

    @Schema(name = "BlocTermSummary", description = "Trưởng khối, Phó khối của một năm")
    public record TermSummary(int year, UnitRef head, UnitRef deputy) {}

    @Schema(name = "BlocView", description = "Khối / cụm thi đua")
    public record BlocView(
            @Schema(required = true) UUID id,
            UnitRef organizingUnit,
            String code,
            String name,
            BlocKind kind,
            String description,
            FoundingDocument foundingDocument,
            boolean crossScoring,

            @Schema(description = "Số đơn vị thành viên hiện nay")
            long memberCount,

            @Schema(description = "Nhiệm kỳ của năm nay, nếu đã có")
            TermSummary currentTerm,

            @Schema(description = "Người dùng hiện tại được quản lý khối này")
            boolean manageable,

            long version,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {}
}
