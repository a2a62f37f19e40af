package vn.thidua.award.council;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class CouncilDtos {

    private CouncilDtos() {}

    @Schema(name = "CouncilInput")
    public record CouncilInput(
            @NotNull UUID organizingUnitId,
            @NotBlank @Size(max = 300) String name,

            @Size(max = 200) @Schema(examples = "Quyết định số 45/QĐ-UBND ngày 10/01/2026")
            String establishedBy,

            @NotNull LocalDate termFrom,
            LocalDate termTo,

            @NotNull @Size(min = 3, max = 5000) @Schema(
                    description =
                            "a council has a few dozen members; larger voting bodies (a congress of delegates) vote the same way")
            List<@NotNull @Valid MemberInput> members,

            @Schema(description = "required when updating") Long version) {}

    @Schema(name = "CouncilMemberInput")
    public record MemberInput(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "tên đăng nhập chỉ gồm chữ không dấu, số và . _ @ -") @Schema(description = "the member's Keycloak username")
            String username,

            @NotBlank @Size(max = 200) String fullName,

            @Size(max = 300) @Schema(examples = "Giám đốc Sở Nội vụ")
            String title,

            @NotNull CouncilRole role,

            @Schema(description = "defaults to the start of the council's term")
            LocalDate from,

            LocalDate to) {}

    @Schema(name = "CouncilMember")
    public record MemberView(
            UUID id,
            int position,
            @Schema(required = true) String username,
            @Schema(required = true) String fullName,
            String title,
            @Schema(required = true) CouncilRole role,
            LocalDate from,
            LocalDate to) {}

    @Schema(name = "CouncilSummary")
    public record CouncilSummary(
            @Schema(required = true) UUID id,
            UUID organizingUnitId,
            String organizingUnitName,
            String name,
            LocalDate termFrom,
            LocalDate termTo,
            int memberCount) {}

    @Schema(name = "Council")
    public record CouncilView(
            @Schema(required = true) UUID id,
            UUID organizingUnitId,
            String organizingUnitName,
            String name,
            String establishedBy,
            LocalDate termFrom,
            LocalDate termTo,
            List<MemberView> members,

            @Schema(description = "the current user may change the council")
            boolean editable,

            @Schema(description = "the current user is the council's secretary today and may open sessions")
            boolean secretary,

            long version) {}
}
