package vn.thidua.bloc.account;

import java.util.List;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import vn.thidua.bloc.unit.UnitDtos;

@Mapper
public interface AccountMapper {

    @Mapping(target = "id", source = "account.id")
    @Mapping(target = "unit", source = "unit")
    @Mapping(target = "roles", expression = "java(java.util.List.copyOf(account.appRoles()))")
    AccountDtos.AccountView toView(Account account, UnitDtos.UnitRef unit, boolean manageable);

    @Mapping(target = "roles", expression = "java(java.util.List.copyOf(account.appRoles()))")
    AccountSnapshot toSnapshot(Account account);

    /** What the audit trail keeps of an account: no secret ever passes through here. */
    record AccountSnapshot(
            String username,
            String fullName,
            String email,
            UUID unitId,
            String position,
            List<AccountRole> roles,
            boolean enabled,
            long version) {}
}
