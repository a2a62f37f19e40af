package vn.thidua.award.voting;

import org.mapstruct.Mapper;

@Mapper(componentModel = "cdi")
public interface VotingMapper {

    VotingDtos.OptionView toView(Option option);
}
