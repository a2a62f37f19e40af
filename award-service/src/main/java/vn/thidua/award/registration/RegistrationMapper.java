package vn.thidua.award.registration;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import vn.thidua.award.catalog.AwardType;
import vn.thidua.award.people.Person;

@Mapper(componentModel = "cdi")
public interface RegistrationMapper {

    /** A registration with its unit's and award's names, and the person's (none for a collective). */
    @Mapping(target = "id", source = "registration.id")
    @Mapping(target = "unitId", source = "registration.unitId")
    @Mapping(target = "year", source = "registration.year")
    @Mapping(target = "awardType", source = "registration.awardType")
    @Mapping(target = "awardTypeName", source = "type.name")
    @Mapping(target = "personId", source = "registration.personId")
    @Mapping(target = "personName", source = "person.fullName")
    @Mapping(target = "personPosition", source = "person.position")
    @Mapping(target = "registeredBy", source = "registration.registeredBy")
    @Mapping(target = "registeredOn", source = "registration.registeredOn")
    @Mapping(target = "registeredAt", source = "registration.registeredAt")
    RegistrationDtos.RegistrationView toView(
            TitleRegistration registration, String unitName, AwardType type, Person person);
}
