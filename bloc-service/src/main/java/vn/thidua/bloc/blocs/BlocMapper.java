package vn.thidua.bloc.blocs;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import vn.thidua.bloc.unit.UnitDtos.UnitRef;

@Mapper
public interface BlocMapper {

    @Mapping(target = "id", source = "bloc.id")
    @Mapping(target = "name", source = "bloc.name")
    @Mapping(target = "version", source = "bloc.version")
    BlocDtos.BlocView toView(
            Bloc bloc, UnitRef organizingUnit, long memberCount, BlocDtos.TermSummary currentTerm, boolean manageable);

    BlocEvents.BlocSnapshot toSnapshot(Bloc bloc);
}
