package vn.thidua.bloc.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.thidua.bloc.unit.UnitTree;
import vn.thidua.platform.problem.Problem;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.problem.ProblemType;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Roles;

/**
 * Who manages which accounts. Admins manage every account. An officer manages the accounts of the units they
 * organize, their own unit's subtree (as for blocs, {@code BlocAccess}), and gives only the units' roles: unit
 * officer, unit leader, council member. Nobody changes their own account here.
 */
@RequestScoped
public class AccountAccess {

    @Inject
    CurrentUser user;

    @Inject
    UnitTree tree;

    /** the caller's reach, read once per request */
    private Optional<Set<UUID>> visible;

    /** The units whose accounts the caller sees; empty when they see every account. */
    Optional<Set<UUID>> visibleUnits() {
        if (visible == null) {
            visible = user.hasRole(Roles.ADMIN)
                    ? Optional.empty()
                    : Optional.of(user.unitId().map(tree::subtree).orElse(Set.of()));
        }
        return visible;
    }

    boolean grantable(AccountRole role) {
        return user.hasRole(Roles.ADMIN) || (user.hasRole(Roles.OFFICER) && role.grantableByOfficer());
    }

    /** The caller may give {@code roles} to an account of {@code unitId}. */
    void requireMayAssign(UUID unitId, Set<AccountRole> roles) {
        for (AccountRole role : roles) {
            if (!grantable(role)) {
                throw new ProblemException(
                        ProblemType.FORBIDDEN,
                        "Chỉ quản trị hệ thống được giao vai trò \"" + role.label() + "\"",
                        List.of(new Problem.FieldError("roles", "không được giao vai trò " + role.label())));
            }
        }
        requireReaches(unitId, "unitId");
    }

    /** Whether the caller may change {@code account}: what the list offers them. */
    boolean mayManage(Account account) {
        try {
            requireMayManage(account);
            return true;
        } catch (ProblemException refused) {
            return false;
        }
    }

    /** The caller may change {@code account} as it is now (a re-assignment is checked on its own). */
    void requireMayManage(Account account) {
        if (account.username.equalsIgnoreCase(user.username())) {
            throw ProblemException.forbidden("Không tự sửa, khóa hay mời lại tài khoản của chính mình tại đây");
        }
        if (user.hasRole(Roles.ADMIN)) {
            return;
        }
        if (account.appRoles().stream().anyMatch(r -> !r.grantableByOfficer())) {
            throw ProblemException.forbidden("Tài khoản quản trị và thường trực thi đua do quản trị hệ thống quản lý");
        }
        requireReaches(account.unitId, null);
    }

    private void requireReaches(UUID unitId, String field) {
        boolean reaches = visibleUnits().map(units -> units.contains(unitId)).orElse(true);
        if (!reaches) {
            String detail = "Chỉ quản lý tài khoản của các đơn vị thuộc đơn vị mình";
            throw field == null
                    ? ProblemException.forbidden(detail)
                    : new ProblemException(
                            ProblemType.FORBIDDEN,
                            detail,
                            List.of(new Problem.FieldError(field, "đơn vị ngoài phạm vi quản lý của bạn")));
        }
    }
}
