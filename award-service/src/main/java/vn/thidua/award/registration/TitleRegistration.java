package vn.thidua.award.registration;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.time.VietnamClock;

/** Đăng ký danh hiệu thi đua: a unit aims for a title in a year, for itself or for one of its people. */
@Entity
@Table(name = "title_registration")
public class TitleRegistration extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(nullable = false)
    public int year;

    @Column(name = "award_type", nullable = false)
    public String awardType;

    /** Null when the unit registers the title for itself. */
    @Column(name = "person_id")
    public UUID personId;

    @Column(name = "registered_by", nullable = false)
    public String registeredBy;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;

    /** Ngày đăng ký: the date of record, from 1 December of the year before to the end of the year, not after today. */
    @Column(name = "registered_on", nullable = false)
    public LocalDate registeredOn;

    public static TitleRegistration of(
            UUID unitId,
            int year,
            String awardType,
            UUID personId,
            LocalDate registeredOn,
            String by,
            OffsetDateTime now) {
        LocalDate today = now.atZoneSameInstant(VietnamClock.ZONE).toLocalDate();
        if (registeredOn.isAfter(today)) {
            throw ProblemException.invalidField("registeredOn", "ngày đăng ký không được sau hôm nay");
        }
        if (registeredOn.isBefore(LocalDate.of(year - 1, 12, 1)) || registeredOn.getYear() > year) {
            throw ProblemException.invalidField(
                    "registeredOn",
                    "đăng ký danh hiệu năm " + year + " ghi ngày từ 01/12/" + (year - 1) + " đến 31/12/" + year);
        }
        TitleRegistration r = new TitleRegistration();
        r.id = UUID.randomUUID();
        r.unitId = unitId;
        r.year = year;
        r.awardType = awardType;
        r.personId = personId;
        r.registeredBy = by;
        r.registeredAt = now;
        r.registeredOn = registeredOn;
        return r;
    }

    public static boolean exists(UUID unitId, UUID personId, int year, String awardType) {
        return personId == null
                ? count("unitId = ?1 and personId is null and year = ?2 and awardType = ?3", unitId, year, awardType)
                        > 0
                : count("personId = ?1 and year = ?2 and awardType = ?3", personId, year, awardType) > 0;
    }
}
