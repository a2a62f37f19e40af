package vn.thidua.bloc.term;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import vn.thidua.bloc.unit.UnitDtos.UnitRef;

@Mapper
public interface TermMapper {

    @Mapping(target = "id", source = "term.id")
    @Mapping(target = "version", source = "term.version")
    @Mapping(target = "updatedAt", source = "term.updatedAt")
    TermDtos.TermView toView(Term term, UnitRef head, UnitRef deputy);

    TermEvents.TermSnapshot toSnapshot(Term term);

    @Mapping(target = "votingSessionId", ignore = true)
    Term.Choice toChoice(TermDtos.SetTerm request);
}
