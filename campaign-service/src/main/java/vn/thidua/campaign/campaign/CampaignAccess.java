package vn.thidua.campaign.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Roles;
import vn.thidua.replicas.unit.ReplicaTree;

/**
 * Officers manage the campaigns organized in their unit's subtree; units see launched campaigns they
 * are in scope of; admins and integrations see everything.
 */
@ApplicationScoped
public class CampaignAccess {

    @Inject
    CurrentUser user;

    @Inject
    ReplicaTree tree;

    public boolean canManageUnder(UUID organizingUnitId) {
        if (user.hasRole(Roles.ADMIN)) {
            return true;
        }
        return user.hasRole(Roles.OFFICER)
                && user.unitId()
                        .map(own -> tree.isWithin(organizingUnitId, own))
                        .orElse(false);
    }

    public boolean canManage(Campaign campaign) {
        return canManageUnder(campaign.organizingUnitId);
    }

    public boolean canView(Campaign campaign) {
        if (user.hasAnyRole(Roles.ADMIN, Roles.INTEGRATION) || canManage(campaign)) {
            return true;
        }
        return campaign.isLaunched()
                && user.unitId().map(campaign.scopeUnits::contains).orElse(false);
    }

    /** The organizers whose campaigns the user manages; empty when they reach everything. */
    public Optional<Set<UUID>> managedOrganizers() {
        if (user.hasAnyRole(Roles.ADMIN, Roles.INTEGRATION)) {
            return Optional.empty();
        }
        if (!user.hasRole(Roles.OFFICER)) {
            return Optional.of(Set.of());
        }
        return Optional.of(user.unitId().map(u -> tree.subtree(u, false)).orElse(Set.of()));
    }

    public Campaign viewable(UUID id) {
        Campaign campaign = Campaign.findById(id);
        if (campaign == null || !canView(campaign)) {
            throw ProblemException.notFound("phong trào", id);
        }
        return campaign;
    }

    public Campaign manageable(UUID id) {
        Campaign campaign = viewable(id);
        if (!canManage(campaign)) {
            throw ProblemException.forbidden(
                    "Phong trào \"" + campaign.title + "\" không thuộc phạm vi quản lý của bạn");
        }
        return campaign;
    }
}
