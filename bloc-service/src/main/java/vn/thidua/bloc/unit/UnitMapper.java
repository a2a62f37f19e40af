package vn.thidua.bloc.unit;

import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
public interface UnitMapper {

    UnitDtos.UnitView toView(Unit unit);

    UnitEvents.UnitSnapshot toSnapshot(Unit unit);

    UnitDtos.UnitRef toRef(Unit unit);

    @Mapping(target = "children", source = "children")
    UnitDtos.UnitNode toNode(Unit unit, List<UnitDtos.UnitNode> children);
}
