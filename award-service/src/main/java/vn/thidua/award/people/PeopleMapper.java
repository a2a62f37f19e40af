package vn.thidua.award.people;

import java.time.LocalDate;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(componentModel = "cdi")
public interface PeopleMapper {

    @Mapping(
            target = "onHold",
            expression = "java(person.underInspection || person.underComplaint"
                    + " || person.disciplineOn(today).isPresent())")
    PeopleDtos.PersonSummary toSummary(Person person, String unitName, @Context LocalDate today);

    PeopleDtos.PersonView toView(Person person, String unitName, boolean editable);

    Person.Initiative toInitiative(PeopleDtos.InitiativeInput in);

    Person.Discipline toDiscipline(PeopleDtos.DisciplineInput in);

    @Mapping(target = "unitId", source = "assessment.key.unitId")
    @Mapping(target = "year", source = "assessment.key.year")
    PeopleDtos.AssessmentView toView(UnitAssessment assessment, String unitName);
}
