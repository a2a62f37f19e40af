package vn.thidua.bloc.meeting;

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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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

    static Meeting hold(UUID blocId) {
        Meeting meeting = new Meeting();
        meeting.id = UUID.randomUUID();
        meeting.blocId = blocId;
        meeting.createdAt = OffsetDateTime.now();
        return meeting;
    }

    void record(MeetingKind kind, String title, LocalDate heldOn, String place, String chairName, String chairPosition,
            String agenda, String minutes, List<Attendance> attendance, List<Decision> decisions) {
        this.kind = kind;
        this.title = title.strip();
        this.heldOn = heldOn;
        this.place = trim(place);
        this.chairName = chairName.strip();
        this.chairPosition = trim(chairPosition);
        this.agenda = trim(agenda);
        this.minutes = trim(minutes);
        this.attendance.clear();
        this.attendance.addAll(attendance);
        this.decisions.clear();
        this.decisions.addAll(decisions);
        this.updatedAt = OffsetDateTime.now();
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
