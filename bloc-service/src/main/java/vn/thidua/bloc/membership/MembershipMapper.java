package vn.thidua.bloc.membership;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import vn.thidua.bloc.term.TermRole;
import vn.thidua.bloc.unit.UnitDtos.UnitRef;

@Mapper
public interface MembershipMapper {

    @Mapping(target = "membershipId", source = "membership.id")
    @Mapping(target = "unit", source = "unit")
    @Mapping(target = "termRole", source = "role")
    MembershipDtos.MemberView toView(Membership membership, UnitRef unit, TermRole role);

    @Mapping(target = "membershipId", source = "id")
    @Mapping(
            target = "reason",
            expression = "java(membership.leftOn == null ? membership.joinReason : membership.leaveReason)")
    MembershipEvents.MembershipPeriod toPeriod(Membership membership);
}
