package vn.thidua.bloc.membership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.bloc.term.TermRole;
import vn.thidua.bloc.unit.UnitDtos.UnitRef;

public final class MembershipDtos {

    private MembershipDtos() {}

    @Schema(name = "NewMembers", description = "Kết nạp một hoặc nhiều đơn vị vào khối")
    public record NewMembers(
            @NotEmpty @Size(max = 60) List<@NotNull UUID> unitIds,

            @NotNull @Schema(description = "Ngày bắt đầu là thành viên")
            LocalDate joinedOn,

            @NotBlank @Size(max = 500) @Schema(examples = "Theo Quyết định số 1234/QĐ-UBND ngày 15/3/2021")
            String reason) {}

    @Schema(name = "EndMembership", description = "Đơn vị rời khối")
    public record EndMembership(
            @NotNull @Schema(description = "Từ ngày này đơn vị không còn là thành viên")
            LocalDate leftOn,

            @NotBlank @Size(max = 500) @Schema(examples = "Sáp nhập đơn vị theo Nghị quyết của HĐND tỉnh")
            String reason) {}

    @Schema(name = "Member", description = "Một giai đoạn là thành viên khối của một đơn vị")
    public record MemberView(
            @Schema(required = true) UUID membershipId,
            @Schema(required = true) UnitRef unit,
            LocalDate joinedOn,
            LocalDate leftOn,
            String joinReason,
            String leaveReason,

            @Schema(description = "Trưởng khối / Phó khối trong năm của ngày xem, nếu có")
            TermRole termRole) {}
}
