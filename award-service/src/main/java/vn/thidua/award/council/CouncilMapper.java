package vn.thidua.award.council;

import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(componentModel = "cdi")
public interface CouncilMapper {

    CouncilDtos.MemberView toView(CouncilMember member);

    @Mapping(target = "memberCount", expression = "java(council.members.size())")
    CouncilDtos.CouncilSummary toSummary(Council council, String organizingUnitName);

    CouncilDtos.CouncilView toView(Council council, String organizingUnitName, boolean editable, boolean secretary);

    Council.Seat toSeat(CouncilDtos.MemberInput in);

    List<Council.Seat> toSeats(List<CouncilDtos.MemberInput> in);
}
