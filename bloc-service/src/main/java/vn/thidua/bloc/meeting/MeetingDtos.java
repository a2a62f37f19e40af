package vn.thidua.bloc.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.bloc.unit.UnitDtos.UnitRef;

public final class MeetingDtos {

    private MeetingDtos() {}

    @Schema(name = "AttendanceInput", description = "Đơn vị dự hội nghị và người đại diện")
    public record AttendanceInput(
            @NotNull UUID unitId,

            @Size(max = 1000) @Schema(examples = "Ông Phạm Văn Sáu – Phó Chánh Thanh tra tỉnh")
            String representatives) {}

    @Schema(name = "DecisionInput", description = "Một quyết định của hội nghị")
    public record DecisionInput(
            @NotNull DecisionKind kind,

            @Schema(description = "Nhiệm kỳ, giao ước hoặc đợt chấm điểm mà quyết định này thay đổi")
            UUID subjectId,

            @NotBlank @Size(max = 2000) @Schema(examples = "Bầu Thanh tra tỉnh làm Trưởng khối năm 2027")
            String summary) {}

    @Schema(name = "MeetingInput", description = "Biên bản hội nghị của khối")
    public record MeetingInput(
            @NotNull MeetingKind kind,

            @NotBlank @Size(max = 500) @Schema(examples = "Hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2026")
            String title,

            @NotNull @Schema(description = "ngày họp (ngày của biên bản); không sau hôm nay")
            LocalDate heldOn,

            @Size(max = 500) @Schema(examples = "Hội trường Thanh tra tỉnh Đắk Lắk")
            String place,

            @Size(max = 100) @Schema(description = "cấp bậc, học hàm của chủ trì", examples = "Đại tá")
            String chairRank,

            @NotBlank @Size(max = 300) @Schema(examples = "Phạm Văn Sáu")
            String chairName,

            @Size(max = 300) @Schema(examples = "Phó Chánh Thanh tra tỉnh")
            String chairPosition,

            @Size(max = 20000) String agenda,
            @Size(max = 100000) String minutes,
            @Size(max = 100) List<@NotNull @Valid AttendanceInput> attendance,
            @Size(max = 50) List<@NotNull @Valid DecisionInput> decisions,

            @Schema(description = "Phiên bản hiện có khi sửa")
            Long version) {}

    @Schema(name = "MeetingAttendance", description = "Đơn vị dự hội nghị")
    public record AttendanceView(UnitRef unit, String representatives) {}

    @Schema(name = "MeetingDecision", description = "Quyết định của hội nghị")
    public record DecisionView(
            int position, @Schema(required = true) DecisionKind kind, UUID subjectId, String summary) {}

    @Schema(name = "MeetingAttachment", description = "Tệp đính kèm của hội nghị")
    public record AttachmentView(
            @Schema(required = true) UUID id,
            String filename,
            String contentType,
            long size,
            String sha256,
            String uploadedBy,
            OffsetDateTime uploadedAt) {}

    @Schema(name = "Meeting", description = "Hội nghị của khối")
    public record MeetingView(
            @Schema(required = true) UUID id,
            UUID blocId,
            @Schema(required = true) MeetingKind kind,
            String title,
            LocalDate heldOn,
            String place,
            String chairRank,
            String chairName,
            String chairPosition,
            String agenda,
            String minutes,
            @Schema(required = true) List<AttendanceView> attendance,
            List<DecisionView> decisions,
            List<AttachmentView> attachments,
            boolean manageable,
            long version,
            OffsetDateTime updatedAt) {}
}
