package vn.thidua.award.people;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.award.catalog.CatalogEnums.DisciplineForm;
import vn.thidua.award.catalog.CatalogEnums.InitiativeLevel;
import vn.thidua.award.catalog.CatalogEnums.TaskRating;

public final class PeopleDtos {

    private PeopleDtos() {}

    public record InitiativeInput(
            @NotNull Integer year,
            @NotBlank @Size(max = 500) String title,
            @NotNull InitiativeLevel level,
            @Size(max = 300) String recognition) {}

    public record DisciplineInput(
            @NotNull DisciplineForm form,
            @NotNull LocalDate from,
            @NotNull LocalDate to,
            @Size(max = 500) String reason) {}

    public record PersonInput(
            @NotNull UUID unitId,
            @NotBlank @Size(max = 200) String fullName,
            @NotNull Person.Gender gender,
            @Min(1930) @Max(2015) Integer birthYear,
            @Size(max = 200) String position,
            Map<Integer, TaskRating> ratings,
            List<@NotNull @Valid InitiativeInput> initiatives,
            List<@NotNull @Valid DisciplineInput> disciplines,
            boolean underInspection,
            boolean underComplaint,
            @Size(max = 500) String holdNote,
            Long version) {}

    public record PersonSummary(
            @Schema(required = true) UUID id,
            UUID unitId,
            String unitName,
            String fullName,
            Person.Gender gender,
            Integer birthYear,
            String position,
            boolean onHold) {}

    public record PersonView(
            UUID id,
            @Schema(required = true) UUID unitId,
            String unitName,
            String fullName,
            Person.Gender gender,
            Integer birthYear,
            String position,
            Map<Integer, TaskRating> ratings,
            List<Person.Initiative> initiatives,
            List<Person.Discipline> disciplines,
            boolean underInspection,
            boolean underComplaint,
            String holdNote,
            boolean editable,
            long version,
            String createdBy,
            OffsetDateTime createdAt) {}

    public record AssessmentInput(@NotNull TaskRating rating, boolean underInspection) {}

    public record AssessmentView(
            UUID unitId,
            String unitName,
            int year,
            TaskRating rating,
            boolean underInspection,
            String ratedBy,
            OffsetDateTime ratedAt) {}
}
