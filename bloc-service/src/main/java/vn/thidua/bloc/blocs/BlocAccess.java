package vn.thidua.bloc.blocs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.thidua.bloc.membership.Membership;
import vn.thidua.bloc.term.Term;
import vn.thidua.bloc.unit.UnitTree;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Roles;

/**
 * Who may see and manage a bloc. An officer's reach is their own unit's subtree: they manage the blocs
 * organized there. Admins and integrations reach everything. Anyone else sees the blocs their unit
 * belongs or belonged to.
 */
@ApplicationScoped
public class BlocAccess {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    CurrentUser user;

    @Inject
    UnitTree tree;

    /** The units whose blocs the current user manages; empty when they reach every unit. */
    public Optional<Set<UUID>> managedOrganizers() {
        if (user.hasAnyRole(Roles.ADMIN, Roles.INTEGRATION)) {
            return Optional.empty();
        }
        if (!user.hasRole(Roles.OFFICER)) {
            return Optional.of(Set.of());
        }
        return Optional.of(user.unitId().map(tree::subtree).orElse(Set.of()));
    }

    public boolean canManage(Bloc bloc) {
        return canManageUnder(bloc.organizingUnitId);
    }

    public boolean canManageUnder(UUID organizingUnitId) {
        if (user.hasRole(Roles.ADMIN)) {
            return true;
        }
        return user.hasRole(Roles.OFFICER)
                && user.unitId()
                        .map(own -> tree.isWithin(organizingUnitId, own))
                        .orElse(false);
    }

    /**
     * The organizer's officers, and the leader of the year's head unit (Trưởng khối), run the bloc's
     * business of that year: its covenant, meetings and scoring.
     */
    public boolean canRun(Bloc bloc, int year) {
        if (canManage(bloc)) {
            return true;
        }
        if (!user.hasRole(Roles.UNIT_LEADER) || user.unitId().isEmpty()) {
            return false;
        }
        Term term = Term.of(bloc.id, year);
        return term != null && term.headUnitId.equals(user.unitId().get());
    }

    /**
     * The organizer's officers, and the leader of the head unit leading the bloc on {@code day}: from 1 January
     * until the new year's term is decided, the outgoing head ({@link Term#leadingOn}). Meetings go by their date.
     */
    public boolean canRunOn(Bloc bloc, LocalDate day) {
        if (canManage(bloc)) {
            return true;
        }
        if (!user.hasRole(Roles.UNIT_LEADER) || user.unitId().isEmpty()) {
            return false;
        }
        Term term = Term.leadingOn(bloc.id, day);
        return term != null && term.headUnitId.equals(user.unitId().get());
    }

    public void requireRunOn(Bloc bloc, LocalDate day) {
        if (!canRunOn(bloc, day)) {
            throw ProblemException.forbidden(
                    "Chỉ cán bộ thi đua của đơn vị tổ chức khối, hoặc lãnh đạo đơn vị Trưởng khối vào ngày "
                            + day.format(DAY) + " (từ 01/01 đến khi bầu xong Trưởng khối năm " + day.getYear()
                            + ": Trưởng khối năm "
                            + (day.getYear() - 1) + "), mới được làm việc này");
        }
    }

    public void requireRun(Bloc bloc, int year) {
        if (!canRun(bloc, year)) {
            throw ProblemException.forbidden(
                    "Chỉ cán bộ thi đua của đơn vị tổ chức khối, hoặc lãnh đạo đơn vị Trưởng khối năm " + year
                            + ", mới được làm việc này");
        }
    }

    public boolean canView(Bloc bloc) {
        if (user.hasAnyRole(Roles.ADMIN, Roles.INTEGRATION) || canManage(bloc)) {
            return true;
        }
        return user.unitId()
                .map(unit -> Membership.count("blocId = ?1 and unitId = ?2", bloc.id, unit) > 0)
                .orElse(false);
    }

    /** The bloc if the current user may see it; a bloc out of sight is reported as not found. */
    public Bloc viewable(UUID id) {
        Bloc bloc = Bloc.require(id);
        if (!canView(bloc)) {
            throw ProblemException.notFound("khối thi đua", id);
        }
        return bloc;
    }

    public void requireManage(Bloc bloc) {
        if (!canManage(bloc)) {
            throw ProblemException.forbidden(
                    "Khối \"" + bloc.name + "\" không thuộc phạm vi quản lý của bạn: chỉ cán bộ "
                            + "thi đua của đơn vị tổ chức khối (hoặc đơn vị cấp trên) mới được thay đổi");
        }
    }

    public void requireManageUnder(UUID organizingUnitId) {
        if (!canManageUnder(organizingUnitId)) {
            throw ProblemException.forbidden("Đơn vị tổ chức không thuộc phạm vi quản lý của bạn: chỉ được lập khối "
                    + "dưới đơn vị của mình hoặc đơn vị trực thuộc");
        }
    }
}
