package vn.thidua.bloc.unit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Questions about the shape of the directory that reach and pickers need. */
@ApplicationScoped
public class UnitTree {

    @Inject
    EntityManager em;

    @Inject
    UnitMapper mapper;

    /** The unit and every unit below it. */
    @SuppressWarnings("unchecked")
    public Set<UUID> subtree(UUID root) {
        List<UUID> ids =
                em.createNativeQuery("""
                with recursive below(id) as (
                    select id from unit where id = :root
                    union
                    select u.id from unit u join below b on u.parent_id = b.id)
                select id from below""", UUID.class).setParameter("root", root).getResultList();
        return new HashSet<>(ids);
    }

    /** Whether {@code unitId} is {@code ancestorId} or lies below it. */
    public boolean isWithin(UUID unitId, UUID ancestorId) {
        Object found = em.createNativeQuery("""
                with recursive above(id, parent_id) as (
                    select id, parent_id from unit where id = :unit
                    union
                    select u.id, u.parent_id from unit u join above a on u.id = a.parent_id)
                select count(*) from above where id = :ancestor""")
                .setParameter("unit", unitId)
                .setParameter("ancestor", ancestorId)
                .getSingleResult();
        return ((Number) found).longValue() > 0;
    }

    /** Short references to the given units, for views; unknown ids are left out. */
    public Map<UUID, UnitDtos.UnitRef> refs(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Unit.<Unit>list("id in ?1", Set.copyOf(ids)).stream()
                .collect(Collectors.toMap(u -> u.id, mapper::toRef, (a, b) -> a));
    }

    public UnitDtos.UnitRef ref(UUID id) {
        return refs(Set.of(id)).get(id);
    }
}
