package vn.thidua.award.honours;

import org.mapstruct.Mapper;

@Mapper(componentModel = "cdi")
public interface HonourMapper {

    HonourDtos.HonourView toView(Honour honour);

    HonourDtos.PublicHonour toPublic(Honour honour);
}
