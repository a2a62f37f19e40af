package vn.thidua.award.disclosure;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Thông báo công khai: the recommended list published for a window of working days before the decision. */
@Entity
@Table(name = "notice")
public class Notice extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organizing_unit_id", nullable = false)
    public UUID organizingUnitId;

    @Column(nullable = false)
    public String title;

    @Column(name = "opens_on", nullable = false)
    public LocalDate opensOn;

    @Column(name = "working_days", nullable = false)
    public int workingDays;

    /** The window's last day, computed in working days. */
    @Column(name = "closes_on", nullable = false)
    public LocalDate closesOn;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;

    @Column(name = "published_at", nullable = false)
    public OffsetDateTime publishedAt;

    /**
     * Niêm yết công khai: opened on a day for the working days the rules in force give, closing at the end of the
     * last of them ({@link WorkingCalendar#windowEnd}: weekends and public holidays not counted).
     */
    public static Notice publish(
            UUID organizingUnitId,
            String title,
            LocalDate opensOn,
            int workingDays,
            LocalDate closesOn,
            String by,
            OffsetDateTime now) {
        if (workingDays < 1 || closesOn.isBefore(opensOn)) {
            throw new IllegalArgumentException(
                    "a window of " + workingDays + " working days from " + opensOn + " cannot close on " + closesOn);
        }
        Notice notice = new Notice();
        notice.id = UUID.randomUUID();
        notice.organizingUnitId = organizingUnitId;
        notice.title = title.strip();
        notice.opensOn = opensOn;
        notice.workingDays = workingDays;
        notice.closesOn = closesOn;
        notice.publishedBy = by;
        notice.publishedAt = now;
        return notice;
    }

    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    /** A decision may follow once the whole window has passed. */
    public boolean endedBefore(LocalDate day) {
        return closesOn.isBefore(day);
    }
}
