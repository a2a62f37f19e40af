package vn.thidua.bloc.term;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.bloc.unit.UnitDtos.UnitRef;

public final class TermDtos {

    private TermDtos() {}

    @Schema(name = "SetTerm", description = "Trưởng khối, Phó khối của một năm và cách chọn")
    public record SetTerm(
            @NotNull UUID headUnitId,
            @NotNull UUID deputyUnitId,
            @NotNull TermMethod method,

            @NotNull @Schema(description = "Ngày bầu hoặc chỉ định")
            LocalDate decidedOn,

            @Schema(description = "Hội nghị đã bầu") UUID meetingId,

            @Min(1) @Schema(description = "Số đơn vị tham gia bỏ phiếu (khi bầu)")
            Integer voters,

            @Min(0) Integer headVotes,
            @Min(0) Integer deputyVotes,
            @Size(max = 1000) String note,

            @Schema(description = "Phiên bản hiện có khi thay nhiệm kỳ đã ghi; bỏ trống khi ghi lần đầu")
            Long version) {}

    @Schema(name = "Term", description = "Nhiệm kỳ Trưởng khối, Phó khối")
    public record TermView(
            UUID id,
            UUID blocId,
            int year,
            UnitRef head,
            UnitRef deputy,
            TermMethod method,
            LocalDate decidedOn,
            UUID meetingId,

            @Schema(description = "Phiên bỏ phiếu (award-service) đã bầu, nếu có")
            UUID votingSessionId,

            Integer voters,
            Integer headVotes,
            Integer deputyVotes,
            String note,
            String setBy,
            long version,
            OffsetDateTime updatedAt) {}

    @Schema(
            name = "UnappliedElection",
            description = "Kết quả bầu Trưởng khối, Phó khối từ phiên bỏ phiếu mà khối chưa ghi nhận được, "
                    + "với lý do; sửa nguyên nhân (ví dụ thành viên của khối) rồi áp dụng lại, hoặc bỏ qua")
    public record UnappliedElection(
            @Schema(required = true) UUID parkedId,
            int year,
            UnitRef head,
            UnitRef deputy,

            @Schema(description = "ngày hội nghị bầu (ngày của phiên)")
            LocalDate decidedOn,

            UUID votingSessionId,

            @Schema(description = "lý do khối chưa ghi nhận")
            String reason,

            String field,
            int attempts,
            java.time.OffsetDateTime parkedAt,

            @Schema(description = "người dùng được áp dụng lại hoặc bỏ qua")
            boolean resolvable) {}
}
