package vn.thidua.bloc.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.bloc.unit.UnitDtos;

/** The account directory's API records. */
public final class AccountDtos {

    private AccountDtos() {}

    static final String USERNAME = "^[a-z0-9][a-z0-9._-]{2,59}$";
    static final String USERNAME_RULE = "từ 3 đến 60 ký tự: chữ thường không dấu, số, dấu chấm, gạch ngang, gạch dưới";
    /** Họ và tên: at least a family name and a given name. */
    static final String FULL_NAME = "^\\s*\\S+(\\s+\\S+)+\\s*$";

    @Schema(name = "AccountView", description = "Tài khoản người dùng")
    public record AccountView(
            @Schema(required = true) UUID id,
            @Schema(required = true) String username,
            @Schema(required = true) String fullName,
            String email,
            UnitDtos.UnitRef unit,
            String position,
            @Schema(required = true) List<AccountRole> roles,
            @Schema(required = true) boolean enabled,

            @Schema(description = "lần gần nhất gửi thư mời đặt mật khẩu")
            OffsetDateTime invitedAt,

            @Schema(description = "vì sao chưa gửi được thư mời gần nhất")
            String invitationError,

            @Schema(required = true) long version,
            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(required = true) OffsetDateTime updatedAt,

            @Schema(required = true, description = "người gọi có được sửa, khóa, mời lại tài khoản này không")
            boolean manageable) {}

    @Schema(name = "NewAccount", description = "Tài khoản mới; người dùng nhận thư mời để tự đặt mật khẩu")
    public record NewAccount(
            @NotBlank @Pattern(regexp = USERNAME, message = USERNAME_RULE) @Schema(examples = "nguyenvan.an")
            String username,

            @NotBlank @Size(max = 300) @Pattern(regexp = FULL_NAME, message = "ghi đủ họ và tên") @Schema(examples = "Nguyễn Văn An")
            String fullName,

            @NotBlank @Email @Size(max = 255) @Schema(examples = "nguyenvan.an@daklak.gov.vn")
            String email,

            @NotNull UUID unitId,

            @Size(max = 300) @Schema(examples = "Giám đốc Sở")
            String position,

            @NotEmpty @Schema(description = "một hoặc nhiều vai trò")
            Set<@NotNull AccountRole> roles) {}

    @Schema(
            name = "AccountUpdate",
            description =
                    "Sửa tài khoản hoặc giao cho đơn vị, vai trò khác; version là phiên bản đã đọc (khóa lạc quan)")
    public record AccountUpdate(
            @NotBlank @Size(max = 300) @Pattern(regexp = FULL_NAME, message = "ghi đủ họ và tên") String fullName,

            @NotBlank @Email @Size(max = 255) String email,
            @NotNull UUID unitId,
            @Size(max = 300) String position,
            @NotEmpty Set<@NotNull AccountRole> roles,
            @NotNull Long version) {}

    @Schema(name = "AccountImportResult", description = "Kết quả nhập tài khoản từ tệp Excel")
    public record ImportResult(
            @Schema(required = true) List<AccountView> created,

            @Schema(required = true, description = "tài khoản đã tạo mà chưa gửi được thư mời")
            int invitationsFailed) {}

    @Schema(name = "AccountRoleOption", description = "Vai trò có thể giao cho tài khoản")
    public record RoleOption(
            @Schema(required = true) AccountRole role,
            @Schema(required = true) String label,

            @Schema(required = true, description = "người gọi có được giao vai trò này không")
            boolean grantable) {}
}
