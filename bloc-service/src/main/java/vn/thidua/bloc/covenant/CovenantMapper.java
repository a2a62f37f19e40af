package vn.thidua.bloc.covenant;

import static vn.thidua.platform.text.Texts.blankToNull;

import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import vn.thidua.bloc.unit.UnitDtos.UnitRef;

@Mapper
public interface CovenantMapper {

    @Mapping(target = "text", expression = "java(covenant.text())")
    @Mapping(target = "id", source = "covenant.id")
    @Mapping(target = "version", source = "covenant.version")
    @Mapping(target = "revision", source = "covenant.revision")
    @Mapping(target = "textSha256", source = "covenant.textSha256")
    CovenantDtos.CovenantView toView(
            Covenant covenant,
            long memberCount,
            long signedCount,
            boolean signable,
            boolean manageable,
            CovenantDtos.SignatureView mySignature);

    CovenantDtos.ClauseView toView(Clause clause);

    @Mapping(target = "unit", source = "unit")
    CovenantDtos.SignatureView toView(Signature signature, UnitRef unit);

    @Mapping(target = "covenantId", source = "covenant.id")
    @Mapping(target = "signingMeetingId", source = "covenant.signingConference.meetingId")
    CovenantEvents.CovenantState toState(Covenant covenant, long memberCount, long signedCount);

    @Mapping(target = "covenantId", source = "covenant.id")
    @Mapping(target = "blocId", source = "covenant.blocId")
    @Mapping(target = "year", source = "covenant.year")
    @Mapping(target = "revision", source = "signature.revision")
    @Mapping(target = "textSha256", source = "signature.textSha256")
    CovenantEvents.CovenantSigned toSigned(Covenant covenant, Signature signature);

    /** Numbers the clauses in the order they were sent. */
    default List<Clause> toClauses(List<CovenantDtos.ClauseInput> inputs) {
        List<Clause> clauses = new java.util.ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            CovenantDtos.ClauseInput in = inputs.get(i);
            clauses.add(new Clause(i + 1, in.content().strip(), blankToNull(in.criteria()), in.maxPoints()));
        }
        return clauses;
    }
}
