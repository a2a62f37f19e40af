package vn.thidua.award.people;

import static vn.thidua.platform.text.Texts.blankToNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.award.catalog.CatalogEnums.DisciplineForm;
import vn.thidua.award.catalog.CatalogEnums.InitiativeLevel;
import vn.thidua.award.catalog.CatalogEnums.TaskRating;
import vn.thidua.platform.problem.ProblemException;

/** A person of a unit, with the yearly facts the award rules look at (cá nhân). */
@Entity
@Table(name = "person")
public class Person extends PanacheEntityBase {

    @Schema(name = "Gender")
    public enum Gender {
        MALE,
        FEMALE
    }

    /** Sáng kiến, đề tài: recognised in a year at a level. */
    @Embeddable
    @Schema(name = "PersonInitiative")
    public record Initiative(
            @Schema(required = true) @Column(nullable = false)
            int year,

            @Schema(required = true) @Column(nullable = false)
            String title,

            @Schema(required = true) @Enumerated(EnumType.STRING) @Column(nullable = false)
            InitiativeLevel level,

            String recognition) {}

    /** Kỷ luật with the period it runs. */
    @Embeddable
    @Schema(name = "PersonDiscipline")
    public record Discipline(
            @Schema(required = true) @Enumerated(EnumType.STRING) @Column(nullable = false)
            DisciplineForm form,

            @Column(name = "from_date", nullable = false) LocalDate from,
            @Column(name = "to_date", nullable = false) LocalDate to,
            String reason) {

        public boolean runsOn(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }

        public boolean touchesYear(int year) {
            return from.getYear() <= year && to.getYear() >= year;
        }
    }

    @Id
    public UUID id;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Gender gender;

    @Column(name = "birth_year")
    public Integer birthYear;

    public String position;

    /** Ratings by year (mức độ hoàn thành nhiệm vụ). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_rating", joinColumns = @JoinColumn(name = "person_id"))
    @MapKeyColumn(name = "year")
    @Enumerated(EnumType.STRING)
    @Column(name = "rating", nullable = false)
    public Map<Integer, TaskRating> ratings = new TreeMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_initiative", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    public List<Initiative> initiatives = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_discipline", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    public List<Discipline> disciplines = new ArrayList<>();

    /** Đang bị thanh tra, kiểm tra. */
    @Column(name = "under_inspection", nullable = false)
    public boolean underInspection;

    /** Đang có đơn thư khiếu nại, tố cáo chưa giải quyết. */
    @Column(name = "under_complaint", nullable = false)
    public boolean underComplaint;

    @Column(name = "hold_note")
    public String holdNote;

    @Version
    public long version;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public static Person of(UUID unitId, String fullName, Gender gender, String by, OffsetDateTime now) {
        Person person = new Person();
        person.id = UUID.randomUUID();
        person.unitId = unitId;
        person.fullName = fullName;
        person.gender = gender;
        person.createdBy = by;
        person.createdAt = now;
        return person;
    }

    /** Who the person is and which unit keeps their record (a move to another unit takes the record along). */
    public void identify(UUID unitId, String fullName, Gender gender) {
        this.unitId = unitId;
        this.fullName = fullName.strip();
        this.gender = gender;
    }

    /** Year of birth and position as the unit's staff list gives them; blank is unknown. */
    public void describe(Integer birthYear, String position) {
        this.birthYear = birthYear;
        this.position = blankToNull(position);
    }

    /**
     * Đang bị thanh tra, đang có khiếu nại: proposals are frozen while either lasts (NĐ 152/2025, Điều 4); the note
     * says what.
     */
    public void holdWhile(boolean underInspection, boolean underComplaint, String note) {
        this.underInspection = underInspection;
        this.underComplaint = underComplaint;
        this.holdNote = blankToNull(note);
    }

    /** A row of an imported staff list: it speaks for gender, and for birth year and position when it gives them. */
    public void updateFromStaffList(Gender gender, Integer birthYear, String position) {
        this.gender = gender;
        describe(
                birthYear != null ? birthYear : this.birthYear,
                position == null || position.isEmpty() ? this.position : position);
    }

    /** Replaces the yearly facts; years out of range, and discipline periods that end before they start, name their field. */
    public void record(
            Map<Integer, TaskRating> ratings,
            List<Initiative> initiatives,
            List<Discipline> disciplines,
            LocalDate today) {
        int next = today.getYear() + 1;
        for (Integer year : ratings.keySet()) {
            if (year < 1945 || year > next) {
                throw ProblemException.invalidField("ratings." + year, "năm đánh giá không hợp lệ");
            }
        }
        for (int i = 0; i < initiatives.size(); i++) {
            if (initiatives.get(i).year() < 1945 || initiatives.get(i).year() > next) {
                throw ProblemException.invalidField("initiatives[" + i + "].year", "năm công nhận không hợp lệ");
            }
        }
        for (int i = 0; i < disciplines.size(); i++) {
            if (disciplines.get(i).to().isBefore(disciplines.get(i).from())) {
                throw ProblemException.invalidField(
                        "disciplines[" + i + "].to", "ngày hết thời hạn kỷ luật trước ngày bắt đầu");
            }
        }
        this.ratings.clear();
        this.ratings.putAll(ratings);
        this.initiatives.clear();
        this.initiatives.addAll(initiatives);
        this.disciplines.clear();
        this.disciplines.addAll(disciplines);
    }

    public Optional<TaskRating> ratingIn(int year) {
        return Optional.ofNullable(ratings.get(year));
    }

    public Optional<Discipline> disciplineOn(LocalDate day) {
        return disciplines.stream().filter(d -> d.runsOn(day)).findFirst();
    }
}
