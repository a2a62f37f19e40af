package vn.thidua.replicas.unit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The shape of the unit directory, read from this service's replica (no call to bloc-service). */
@ApplicationScoped
public class ReplicaTree {

    @Inject
    EntityManager em;

    /** The unit and every unit below it; {@code activeOnly} leaves out inactive units. */
    @SuppressWarnings("unchecked")
    public Set<UUID> subtree(UUID root, boolean activeOnly) {
        List<UUID> ids = em.createNativeQuery("""
                with recursive below(id, active) as (
                    select id, active from unit_replica where id = :root
                    union
                    select u.id, u.active from unit_replica u join below b on u.parent_id = b.id)
                select id from below where active or not :activeOnly""", UUID.class)
                .setParameter("root", root)
                .setParameter("activeOnly", activeOnly)
                .getResultList();
        return new HashSet<>(ids);
    }

    /** The unit and every unit above it, nearest first. */
    @SuppressWarnings("unchecked")
    public List<UUID> lineage(UUID unitId) {
        return em.createNativeQuery("""
                with recursive above(id, parent_id, depth) as (
                    select id, parent_id, 0 from unit_replica where id = :unit
                    union all
                    select u.id, u.parent_id, a.depth + 1 from unit_replica u join above a on u.id = a.parent_id where a.depth < 50)
                select id from above order by depth""", UUID.class)
                .setParameter("unit", unitId)
                .getResultList();
    }

    public boolean isWithin(UUID unitId, UUID ancestorId) {
        return subtree(ancestorId, false).contains(unitId);
    }

    public String name(UUID unitId) {
        UnitReplica unit = UnitReplica.findById(unitId);
        return unit == null ? null : unit.name;
    }
}
