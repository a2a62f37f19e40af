package vn.thidua.award.registration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class RegistrationDtos {

    private RegistrationDtos() {}

    /** One title aimed for: by the unit itself (no person) or by one of its people. */
    @Schema(name = "TitleRegistrationEntry")
    public record Entry(@NotBlank String awardType, UUID personId) {}

    @Schema(name = "TitleRegistrationInput")
    public record BulkInput(
            @NotNull UUID unitId,
            @NotNull @Min(2000) @Max(2100) Integer year,
            @NotEmpty List<@Valid @NotNull Entry> entries,

            @Schema(
                    description =
                            "ngày đăng ký (ngày của văn bản đăng ký), mặc định hôm nay; từ 01/12 năm trước đến hết năm đăng ký")
            LocalDate registeredOn) {}

    @Schema(name = "TitleRegistrationView")
    public record RegistrationView(
            @Schema(required = true) UUID id,
            UUID unitId,
            String unitName,
            int year,
            String awardType,
            String awardTypeName,
            UUID personId,
            String personName,
            String personPosition,
            String registeredBy,
            LocalDate registeredOn,
            OffsetDateTime registeredAt) {}

    /** What an import did: people added, registrations added, and those already on record. */
    @Schema(name = "StaffImportResult")
    public record ImportResult(
            int rows,
            int peopleCreated,
            int registrationsCreated,
            int alreadyRegistered,
            List<RegistrationView> registrations) {}
}
