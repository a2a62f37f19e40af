package vn.thidua.bloc.meeting;

import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
public interface MeetingMapper {

    @Mapping(target = "attendance", source = "attendance")
    @Mapping(target = "attachments", source = "attachments")
    MeetingDtos.MeetingView toView(
            Meeting meeting,
            List<MeetingDtos.AttendanceView> attendance,
            List<MeetingDtos.AttachmentView> attachments,
            boolean manageable);

    MeetingDtos.AttachmentView toView(Attachment attachment);

    MeetingDtos.DecisionView toView(Decision decision);

    /** What the audit trail keeps of a meeting. */
    record Snapshot(
            java.util.UUID id,
            java.util.UUID blocId,
            MeetingKind kind,
            String title,
            java.time.LocalDate heldOn,
            String chairRank,
            String chairName,
            String chairPosition,
            List<Attendance> attendance,
            List<Decision> decisions,
            long version) {}

    Snapshot toSnapshot(Meeting meeting);
}
