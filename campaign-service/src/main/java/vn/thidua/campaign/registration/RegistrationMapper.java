package vn.thidua.campaign.registration;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(componentModel = "cdi")
public interface RegistrationMapper {

    @Mapping(target = "number", source = "targetNumber")
    RegistrationDtos.TargetInput toView(Registration.TargetValue target);

    RegistrationDtos.PledgeInput toView(Registration.Pledge pledge);

    RegistrationDtos.RegistrationView toView(Registration registration, String unitName);
}
