package vn.thidua.bloc.honours;

import org.mapstruct.Mapper;

@Mapper
public interface HonourMapper {

    HonourView toView(Honour honour);
}
