package vn.thidua.bloc.meeting;

import static vn.thidua.platform.text.Texts.blankToNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.time.VietnamClock;

/** A meeting (hội nghị) of a bloc: who chaired, who attended, what was on the agenda and decided. */
@Entity
@Table(name = "meeting")
public class Meeting extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "bloc_id", nullable = false)
    public UUID blocId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeetingKind kind;

    @Column(nullable = false)
    public String title;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    public String place;

    /** Cấp bậc, học hàm of the chair ("Đại tá"), when the minutes give one. */
    @Column(name = "chair_rank")
    public String chairRank;

    @Column(name = "chair_name", nullable = false)
    public String chairName;

    @Column(name = "chair_position")
    public String chairPosition;

    public String agenda;

    public String minutes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meeting_attendance", joinColumns = @JoinColumn(name = "meeting_id"))
    public List<Attendance> attendance = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meeting_decision", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderBy("position")
    public List<Decision> decisions = new ArrayList<>();

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    static Meeting hold(UUID blocId, OffsetDateTime now) {
        Meeting meeting = new Meeting();
        meeting.id = UUID.randomUUID();
        meeting.blocId = blocId;
        meeting.createdAt = now;
        return meeting;
    }

    /** The chair as the minutes name them: "Đại tá Nguyễn Văn A, Giám đốc Công an tỉnh". */
    public record Chair(String rank, String name, String position) {}

    /** Writes the minutes; a meeting is recorded after it was held, so its date of record is not after today. */
    void record(
            MeetingKind kind,
            String title,
            LocalDate heldOn,
            String place,
            Chair chair,
            String agenda,
            String minutes,
            List<Attendance> attendance,
            List<Decision> decisions,
            OffsetDateTime now) {
        LocalDate today = now.atZoneSameInstant(VietnamClock.ZONE).toLocalDate();
        if (heldOn.isAfter(today)) {
            throw ProblemException.invalidField(
                    "heldOn",
                    "hội nghị được ghi sau khi họp: ngày họp không được sau hôm nay ("
                            + today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ")");
        }
        this.kind = kind;
        this.title = title.strip();
        this.heldOn = heldOn;
        this.place = blankToNull(place);
        this.chairRank = blankToNull(chair.rank());
        this.chairName = chair.name().strip();
        this.chairPosition = blankToNull(chair.position());
        this.agenda = blankToNull(agenda);
        this.minutes = blankToNull(minutes);
        this.attendance.clear();
        this.attendance.addAll(attendance);
        this.decisions.clear();
        this.decisions.addAll(decisions);
        this.updatedAt = now;
    }
}
