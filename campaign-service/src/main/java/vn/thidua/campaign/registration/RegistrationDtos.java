package vn.thidua.campaign.registration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class RegistrationDtos {

    private RegistrationDtos() {}

    @Schema(name = "RegistrationTarget", description = "Giá trị chỉ tiêu đơn vị đăng ký")
    public record TargetInput(
            @NotNull Integer number,

            @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal value) {}

    @Schema(name = "Pledge", description = "Mô hình hoặc phần việc thiết thực đơn vị đăng ký")
    public record PledgeInput(
            @Schema(required = true) @NotNull Registration.PledgeKind kind,

            @NotBlank @Size(max = 500) @Schema(examples = "Mô hình Camera an ninh khu dân cư")
            String title,

            @Size(max = 4000) String description) {}

    @Schema(name = "RegistrationInput", description = "Đăng ký thi đua của đơn vị")
    public record RegistrationInput(
            @Size(max = 50) List<@NotNull @Valid TargetInput> targets,
            @Size(max = 50) List<@NotNull @Valid PledgeInput> pledges,

            @Schema(description = "Phiên bản hiện có khi sửa")
            Long version) {}

    @Schema(name = "Registration", description = "Đăng ký thi đua")
    public record RegistrationView(
            UUID id,
            UUID campaignId,
            UUID unitId,
            String unitName,
            Registration.Status status,
            List<TargetInput> targets,
            List<PledgeInput> pledges,
            OffsetDateTime submittedAt,
            String submittedBy,
            long version) {}

    @Schema(name = "RegistrationProgress", description = "Tình hình đăng ký của một đơn vị trong phạm vi")
    public record UnitRegistration(
            UUID unitId,
            String unitName,
            @Schema(description = "NONE khi chưa đăng ký") String status,
            int pledges,
            OffsetDateTime submittedAt) {}
}
