package vn.thidua.bloc.meeting;

import static vn.thidua.platform.text.Texts.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.thidua.bloc.blocs.Bloc;
import vn.thidua.bloc.blocs.BlocAccess;
import vn.thidua.bloc.covenant.CovenantService;
import vn.thidua.bloc.covenant.SigningConference;
import vn.thidua.bloc.membership.MembershipService;
import vn.thidua.bloc.unit.UnitDtos.UnitRef;
import vn.thidua.bloc.unit.UnitTree;
import vn.thidua.platform.audit.AuditTrail;
import vn.thidua.platform.documents.StoredFile;
import vn.thidua.platform.problem.ProblemException;

/** Records a bloc's meetings and what they decided. */
@ApplicationScoped
public class MeetingService {

    @Inject
    Clock clock;

    @Inject
    BlocAccess access;

    @Inject
    UnitTree units;

    @Inject
    MeetingMapper mapper;

    @Inject
    MeetingSubjects subjects;

    @Inject
    AuditTrail audit;

    @Inject
    CovenantService covenants;

    @Inject
    vn.thidua.platform.security.CurrentUser user;

    @Transactional
    public MeetingDtos.MeetingView create(UUID blocId, MeetingDtos.MeetingInput input) {
        Bloc bloc = Bloc.require(blocId);
        access.requireRunOn(bloc, input.heldOn());
        Meeting meeting = Meeting.hold(blocId, OffsetDateTime.now(clock));
        write(bloc, meeting, input);
        Meeting.flush();
        audit.record("bloc.meeting.create", "meeting", meeting.id, null, mapper.toSnapshot(meeting));
        return view(bloc, meeting);
    }

    @Transactional
    public MeetingDtos.MeetingView update(UUID blocId, UUID meetingId, MeetingDtos.MeetingInput input) {
        Bloc bloc = Bloc.require(blocId);
        Meeting meeting = find(blocId, meetingId);
        access.requireRunOn(bloc, meeting.heldOn);
        access.requireRunOn(bloc, input.heldOn());
        if (!Long.valueOf(meeting.version).equals(input.version())) {
            throw ProblemException.conflict("Biên bản hội nghị đã được người khác sửa (phiên bản " + meeting.version
                    + "); hãy tải lại rồi sửa");
        }
        MeetingMapper.Snapshot before = mapper.toSnapshot(meeting);
        write(bloc, meeting, input);
        Meeting.flush();
        audit.record("bloc.meeting.update", "meeting", meeting.id, before, mapper.toSnapshot(meeting));
        return view(bloc, meeting);
    }

    public List<MeetingDtos.MeetingView> list(UUID blocId) {
        Bloc bloc = access.viewable(blocId);
        return Meeting.<Meeting>list("blocId = ?1 order by heldOn desc, createdAt desc", blocId).stream()
                .map(m -> view(bloc, m))
                .toList();
    }

    public MeetingDtos.MeetingView get(UUID blocId, UUID meetingId) {
        Bloc bloc = access.viewable(blocId);
        return view(bloc, find(blocId, meetingId));
    }

    /** Attaches a file (checked by {@link vn.thidua.platform.documents.UploadPolicy}) to a meeting. */
    @Transactional
    public MeetingDtos.AttachmentView attach(UUID blocId, UUID meetingId, String filename, byte[] content) {
        Bloc bloc = Bloc.require(blocId);
        Meeting meeting = find(blocId, meetingId);
        access.requireRunOn(bloc, meeting.heldOn);
        Attachment attachment =
                Attachment.of(meeting.id, filename, content, user.username(), OffsetDateTime.now(clock));
        attachment.persist();
        MeetingDtos.AttachmentView view = mapper.toView(attachment);
        audit.record("bloc.meeting.attach", "meeting", meeting.id, null, view);
        return view;
    }

    @Transactional
    public void detach(UUID blocId, UUID meetingId, UUID attachmentId) {
        Bloc bloc = Bloc.require(blocId);
        Meeting meeting = find(blocId, meetingId);
        access.requireRunOn(bloc, meeting.heldOn);
        Attachment attachment = attachment(meeting, attachmentId);
        MeetingDtos.AttachmentView before = mapper.toView(attachment);
        attachment.delete();
        audit.record("bloc.meeting.detach", "meeting", meeting.id, before, null);
    }

    @Transactional
    public StoredFile.Content download(UUID blocId, UUID meetingId, UUID attachmentId) {
        access.viewable(blocId);
        return attachment(find(blocId, meetingId), attachmentId).read();
    }

    private static Attachment attachment(Meeting meeting, UUID attachmentId) {
        Attachment attachment = Attachment.findById(attachmentId);
        if (attachment == null || !attachment.meetingId.equals(meeting.id)) {
            throw ProblemException.notFound("tệp đính kèm", attachmentId);
        }
        return attachment;
    }

    /** Used by terms: a term elected at a meeting names a meeting of the same bloc. */
    public static void requireMeetingOf(UUID blocId, UUID meetingId, String field) {
        Meeting meeting = Meeting.findById(meetingId);
        if (meeting == null || !meeting.blocId.equals(blocId)) {
            throw ProblemException.invalidField(field, "không có hội nghị " + meetingId + " của khối này");
        }
    }

    private void write(Bloc bloc, Meeting meeting, MeetingDtos.MeetingInput input) {
        List<Attendance> attendance = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        List<MeetingDtos.AttendanceInput> attendees = input.attendance() == null ? List.of() : input.attendance();
        for (int i = 0; i < attendees.size(); i++) {
            String field = "attendance[" + i + "].unitId";
            UUID unitId = attendees.get(i).unitId();
            if (!seen.add(unitId)) {
                throw ProblemException.invalidField(field, "đơn vị này có hai lần trong danh sách dự họp");
            }
            MembershipService.requireMember(bloc.id, unitId, input.heldOn(), field);
            attendance.add(new Attendance(unitId, blankToNull(attendees.get(i).representatives())));
        }
        List<Decision> decisions = new ArrayList<>();
        List<MeetingDtos.DecisionInput> inputs = input.decisions() == null ? List.of() : input.decisions();
        for (int i = 0; i < inputs.size(); i++) {
            MeetingDtos.DecisionInput d = inputs.get(i);
            subjects.requireSubject(bloc.id, d.kind(), d.subjectId(), "decisions[" + i + "].subjectId");
            decisions.add(
                    new Decision(i + 1, d.kind(), d.subjectId(), d.summary().strip()));
        }
        meeting.record(
                input.kind(),
                input.title(),
                input.heldOn(),
                input.place(),
                new Meeting.Chair(input.chairRank(), input.chairName(), input.chairPosition()),
                input.agenda(),
                input.minutes(),
                attendance,
                decisions,
                OffsetDateTime.now(clock));
        if (!meeting.isPersistent()) {
            meeting.persist();
        }
        recordSigning(bloc, meeting);
    }

    /** A signing conference's minutes date the covenants they record as signed there (and no longer the others). */
    private void recordSigning(Bloc bloc, Meeting meeting) {
        Set<UUID> signed = new HashSet<>();
        for (Decision d : meeting.decisions) {
            if (meeting.kind == MeetingKind.COVENANT_SIGNING && d.kind() == DecisionKind.COVENANT) {
                signed.add(d.subjectId());
                covenants.signedAtConference(
                        bloc.id,
                        d.subjectId(),
                        new SigningConference(
                                meeting.id, meeting.place, meeting.chairRank, meeting.chairName, meeting.chairPosition),
                        meeting.heldOn,
                        "decisions[" + (d.position() - 1) + "].subjectId");
            }
        }
        covenants.signingConferenceWithdrawn(bloc.id, meeting.id, signed);
    }

    private MeetingDtos.MeetingView view(Bloc bloc, Meeting meeting) {
        Map<UUID, UnitRef> refs =
                units.refs(meeting.attendance.stream().map(Attendance::unitId).toList());
        List<MeetingDtos.AttendanceView> attendance = meeting.attendance.stream()
                .map(a -> new MeetingDtos.AttendanceView(refs.get(a.unitId()), a.representatives()))
                .sorted(java.util.Comparator.comparing(
                        a -> a.unit().name(), java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"))))
                .toList();
        return mapper.toView(
                meeting,
                attendance,
                Attachment.of(meeting.id).stream().map(mapper::toView).toList(),
                access.canRunOn(bloc, meeting.heldOn));
    }

    private static Meeting find(UUID blocId, UUID meetingId) {
        Meeting meeting = Meeting.findById(meetingId);
        if (meeting == null || !meeting.blocId.equals(blocId)) {
            throw ProblemException.notFound("hội nghị", meetingId);
        }
        return meeting;
    }
}
