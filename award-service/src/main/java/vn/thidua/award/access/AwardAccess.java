package vn.thidua.award.access;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Roles;
import vn.thidua.replicas.unit.ReplicaTree;

/**
 * Who may act where. The secretariat (officer) works across its unit's subtree; a unit's officer and
 * leader act for their unit and the units below it; admins reach everything.
 */
@ApplicationScoped
public class AwardAccess {

    @Inject
    CurrentUser user;

    @Inject
    ReplicaTree tree;

    public boolean isAdmin() {
        return user.hasRole(Roles.ADMIN);
    }

    public boolean isSecretariat() {
        return user.hasAnyRole(Roles.ADMIN, Roles.OFFICER);
    }

    /** The secretariat reaches the unit (appraisal, disclosure, decisions, registry records, local rules). */
    public boolean manages(UUID unitId) {
        if (isAdmin()) {
            return true;
        }
        return user.hasRole(Roles.OFFICER) && within(unitId);
    }

    /** The user may prepare registrations, people and nominations for the unit. */
    public boolean actsFor(UUID unitId) {
        if (isAdmin()) {
            return true;
        }
        return user.hasAnyRole(Roles.OFFICER, Roles.UNIT_OFFICER, Roles.UNIT_LEADER) && within(unitId);
    }

    public void requireManages(UUID unitId, String what) {
        if (!manages(unitId)) {
            throw ProblemException.forbidden(what + " thuộc đơn vị ngoài phạm vi quản lý của bạn");
        }
    }

    public void requireActsFor(UUID unitId, String what) {
        if (!actsFor(unitId)) {
            throw ProblemException.forbidden(what + " thuộc đơn vị ngoài phạm vi của bạn");
        }
    }

    /** The units the user reaches; empty when they reach everything. */
    public Optional<Set<UUID>> reach() {
        if (user.hasAnyRole(Roles.ADMIN, Roles.INTEGRATION)) {
            return Optional.empty();
        }
        return Optional.of(user.unitId().map(u -> tree.subtree(u, false)).orElse(Set.of()));
    }

    /** Whether any of the units is within the user's reach (always, for those who reach everything). */
    public boolean reaches(UUID... unitIds) {
        return reach().map(r -> Arrays.stream(unitIds).filter(Objects::nonNull).anyMatch(r::contains))
                .orElse(true);
    }

    /** Narrows a query to the units the user reaches: any of {@code columns} within reach. */
    public void restrict(StringBuilder where, Parameters params, String... columns) {
        Optional<Set<UUID>> units = reach();
        if (units.isEmpty()) {
            return;
        }
        where.append(" and (")
                .append(String.join(
                        " or ",
                        Arrays.stream(columns).map(c -> c + " in :reach").toList()))
                .append(")");
        // an empty reach must still bind a list: no unit has the nil id
        params.and("reach", units.get().isEmpty() ? Set.of(new UUID(0, 0)) : units.get());
    }

    private boolean within(UUID unitId) {
        return unitId != null
                && user.unitId().map(own -> tree.isWithin(unitId, own)).orElse(false);
    }
}
