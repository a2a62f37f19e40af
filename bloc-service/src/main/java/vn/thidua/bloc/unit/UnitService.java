package vn.thidua.bloc.unit;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.thidua.platform.audit.AuditTrail;
import vn.thidua.platform.outbox.Outbox;
import vn.thidua.platform.paging.Page;
import vn.thidua.platform.paging.PageRequest;
import vn.thidua.platform.problem.ProblemException;

/** Use cases of the unit directory; every change is audited and announced through the outbox. */
@ApplicationScoped
public class UnitService {

    private static final Set<String> SORTABLE = Set.of("name", "shortName", "kind", "createdAt", "updatedAt");

    @Inject
    Clock clock;

    @Inject
    UnitMapper mapper;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    public record UnitFilter(String q, UUID parentId, UnitKind kind, Boolean active) {}

    @Transactional
    public UnitDtos.UnitView create(UnitDtos.NewUnit request) {
        return create(UUID.randomUUID(), request);
    }

    /** Creates a unit with a known id (demo data, imports). */
    @Transactional
    public UnitDtos.UnitView create(UUID id, UnitDtos.NewUnit request) {
        Unit parent = request.parentId() == null ? null : existingParent(request.parentId());
        requireUniqueName(request.name(), request.parentId(), null);
        Unit unit =
                Unit.create(id, request.name(), request.shortName(), request.kind(), parent, OffsetDateTime.now(clock));
        unit.persist();
        return recordChange("unit.create", UnitEvents.CREATED, null, unit);
    }

    @Transactional
    public UnitDtos.UnitView update(UUID id, UnitDtos.UnitUpdate request) {
        Unit unit = find(id);
        if (unit.version != request.version()) {
            throw ProblemException.conflict("Đơn vị \"" + unit.name + "\" đã được người khác cập nhật (phiên bản "
                    + unit.version + ", bạn gửi " + request.version() + "); hãy tải lại rồi sửa lại");
        }
        UnitEvents.UnitSnapshot before = mapper.toSnapshot(unit);
        requireUniqueName(request.name(), request.parentId(), id);
        unit.describe(request.name(), request.shortName(), request.kind(), OffsetDateTime.now(clock));
        unit.placeUnder(
                request.parentId() == null ? null : existingParent(request.parentId()), OffsetDateTime.now(clock));
        return recordChange("unit.update", UnitEvents.UPDATED, before, unit);
    }

    @Transactional
    public UnitDtos.UnitView deactivate(UUID id) {
        Unit unit = find(id);
        UnitEvents.UnitSnapshot before = mapper.toSnapshot(unit);
        unit.deactivate(OffsetDateTime.now(clock));
        return recordChange("unit.deactivate", UnitEvents.DEACTIVATED, before, unit);
    }

    @Transactional
    public UnitDtos.UnitView activate(UUID id) {
        Unit unit = find(id);
        UnitEvents.UnitSnapshot before = mapper.toSnapshot(unit);
        unit.activate(OffsetDateTime.now(clock));
        return recordChange("unit.activate", UnitEvents.ACTIVATED, before, unit);
    }

    public UnitDtos.UnitView get(UUID id) {
        return mapper.toView(find(id));
    }

    public Page<UnitDtos.UnitView> search(UnitFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" and (lower(name) like :q or lower(shortName) like :q)");
            params.and("q", "%" + filter.q().strip().toLowerCase() + "%");
        }
        if (filter.parentId() != null) {
            where.append(" and parentId = :parentId");
            params.and("parentId", filter.parentId());
        }
        if (filter.kind() != null) {
            where.append(" and kind = :kind");
            params.and("kind", filter.kind());
        }
        if (filter.active() != null) {
            where.append(" and active = :active");
            params.and("active", filter.active());
        }
        Sort sort = page.sort(SORTABLE, "name");
        PanacheQuery<Unit> query = Unit.find(where.toString(), sort, params);
        return Page.of(query, page, mapper::toView);
    }

    /** The whole directory as a forest, children sorted by name. */
    public List<UnitDtos.UnitNode> tree(boolean includeInactive) {
        List<Unit> units = includeInactive ? Unit.listAll() : Unit.list("active", true);
        Map<UUID, List<Unit>> byParent = new HashMap<>();
        Set<UUID> present = new java.util.HashSet<>();
        units.forEach(u -> present.add(u.id));
        List<Unit> roots = new ArrayList<>();
        for (Unit unit : units) {
            if (unit.parentId == null || !present.contains(unit.parentId)) {
                roots.add(unit);
            } else {
                byParent.computeIfAbsent(unit.parentId, k -> new ArrayList<>()).add(unit);
            }
        }
        return nodes(roots, byParent);
    }

    private List<UnitDtos.UnitNode> nodes(List<Unit> units, Map<UUID, List<Unit>> byParent) {
        return units.stream()
                .sorted(Comparator.comparing(
                        u -> u.name, java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"))))
                .map(u -> mapper.toNode(u, nodes(byParent.getOrDefault(u.id, List.of()), byParent)))
                .toList();
    }

    private UnitDtos.UnitView recordChange(String action, String eventType, UnitEvents.UnitSnapshot before, Unit unit) {
        Unit.flush(); // the snapshot must carry the version this change produces
        UnitEvents.UnitSnapshot after = mapper.toSnapshot(unit);
        audit.record(action, "unit", unit.id, before, after);
        outbox.publish(UnitEvents.TOPIC, eventType, unit.id, after);
        return mapper.toView(unit);
    }

    private Unit find(UUID id) {
        Unit unit = Unit.findById(id);
        if (unit == null) {
            throw ProblemException.notFound("đơn vị", id);
        }
        return unit;
    }

    private Unit existingParent(UUID parentId) {
        Unit parent = Unit.findById(parentId);
        if (parent == null) {
            throw ProblemException.invalidField("parentId", "không có đơn vị cấp trên với mã " + parentId);
        }
        return parent;
    }

    private void requireUniqueName(String name, UUID parentId, UUID self) {
        String query = (parentId == null ? "parentId is null" : "parentId = :parent") + " and lower(name) = :name"
                + (self == null ? "" : " and id <> :self");
        Parameters params = Parameters.with("name", name.strip().toLowerCase());
        if (parentId != null) {
            params.and("parent", parentId);
        }
        if (self != null) {
            params.and("self", self);
        }
        if (Unit.count(query, params) > 0) {
            throw ProblemException.invalidField("name", "đã có đơn vị cùng tên trong cùng đơn vị cấp trên");
        }
    }
}
