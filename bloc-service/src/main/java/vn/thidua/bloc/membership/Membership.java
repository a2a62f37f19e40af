package vn.thidua.bloc.membership;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.thidua.platform.problem.ProblemException;

/**
 * One period during which a unit is a member of a bloc: from {@code joinedOn} until the day before
 * {@code leftOn} (open while {@code leftOn} is empty). Ending a period keeps it, so the members on any
 * past date can be listed.
 */
@Entity
@Table(name = "bloc_membership")
public class Membership extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "bloc_id", nullable = false)
    public UUID blocId;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(name = "joined_on", nullable = false)
    public LocalDate joinedOn;

    @Column(name = "left_on")
    public LocalDate leftOn;

    @Column(name = "join_reason", nullable = false)
    public String joinReason;

    @Column(name = "leave_reason")
    public String leaveReason;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    static Membership begin(UUID blocId, UUID unitId, LocalDate joinedOn, String reason, OffsetDateTime now) {
        Membership m = new Membership();
        m.id = UUID.randomUUID();
        m.blocId = blocId;
        m.unitId = unitId;
        m.joinedOn = joinedOn;
        m.joinReason = reason.strip();
        m.createdAt = now;
        m.updatedAt = m.createdAt;
        return m;
    }

    MemberLeft end(LocalDate on, String reason, OffsetDateTime now) {
        if (leftOn != null) {
            throw ProblemException.conflict("Đơn vị đã rời khối từ ngày " + leftOn);
        }
        if (on.isBefore(joinedOn)) {
            throw ProblemException.invalidField(
                    "leftOn", "ngày rời khối (" + on + ") không được trước ngày gia nhập (" + joinedOn + ")");
        }
        leftOn = on;
        leaveReason = reason.strip();
        updatedAt = now;
        return new MemberLeft(blocId, unitId, on);
    }

    public boolean isMemberOn(LocalDate day) {
        return !joinedOn.isAfter(day) && (leftOn == null || day.isBefore(leftOn));
    }

    /** Whether a new open-ended period from {@code from} would overlap this one. */
    boolean overlapsOpenPeriodFrom(LocalDate from) {
        return leftOn == null || leftOn.isAfter(from);
    }

    /**
     * The day whose members take part in a year's business (signing, scoring): today, kept within that
     * year, so next year's covenant signed in December counts next year's members.
     */
    public static LocalDate dayInYear(int year, LocalDate today) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        return today.isBefore(first) ? first : today.isAfter(last) ? last : today;
    }

    /** The periods of the bloc's members on {@code day}. */
    public static List<Membership> on(UUID blocId, LocalDate day) {
        return list("blocId = ?1 and joinedOn <= ?2 and (leftOn is null or leftOn > ?2)", blocId, day);
    }

    public static boolean isMember(UUID blocId, UUID unitId, LocalDate day) {
        return count(
                        "blocId = ?1 and unitId = ?2 and joinedOn <= ?3 and (leftOn is null or leftOn > ?3)",
                        blocId,
                        unitId,
                        day)
                > 0;
    }

    public static long countOn(UUID blocId, LocalDate day) {
        return count("blocId = ?1 and joinedOn <= ?2 and (leftOn is null or leftOn > ?2)", blocId, day);
    }
}
