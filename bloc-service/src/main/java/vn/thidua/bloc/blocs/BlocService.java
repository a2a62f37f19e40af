package vn.thidua.bloc.blocs;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.thidua.bloc.membership.Membership;
import vn.thidua.bloc.term.Term;
import vn.thidua.bloc.unit.Unit;
import vn.thidua.bloc.unit.UnitDtos.UnitRef;
import vn.thidua.bloc.unit.UnitTree;
import vn.thidua.platform.audit.AuditTrail;
import vn.thidua.platform.outbox.Outbox;
import vn.thidua.platform.paging.Page;
import vn.thidua.platform.paging.PageRequest;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.security.CurrentUser;

/** Creating, describing and finding blocs and clusters, within the current user's reach. */
@ApplicationScoped
public class BlocService {

    private static final Set<String> SORTABLE = Set.of("name", "code", "createdAt", "updatedAt");

    @Inject
    Clock clock;

    @Inject
    BlocAccess access;

    @Inject
    CurrentUser user;

    @Inject
    UnitTree units;

    @Inject
    BlocMapper mapper;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    public record BlocFilter(String q, BlocKind kind, UUID organizingUnitId, UUID memberUnitId) {}

    @Transactional
    public BlocDtos.BlocView create(BlocDtos.NewBloc request) {
        Unit organizer = Unit.findById(request.organizingUnitId());
        if (organizer == null) {
            throw ProblemException.invalidField(
                    "organizingUnitId", "không có đơn vị với mã " + request.organizingUnitId());
        }
        if (!organizer.active) {
            throw ProblemException.invalidField(
                    "organizingUnitId", "đơn vị \"" + organizer.name + "\" đã ngừng hoạt động");
        }
        access.requireManageUnder(organizer.id);
        requireUniqueCode(organizer.id, request.code(), null);
        Bloc bloc =
                Bloc.create(organizer.id, request.code(), request.name(), request.kind(), OffsetDateTime.now(clock));
        bloc.describe(
                request.description(), request.foundingDocument(), request.crossScoring(), OffsetDateTime.now(clock));
        bloc.persist();
        return recordChange("bloc.create", BlocEvents.CREATED, null, bloc);
    }

    @Transactional
    public BlocDtos.BlocView update(UUID id, BlocDtos.BlocUpdate request) {
        Bloc bloc = Bloc.require(id);
        access.requireManage(bloc);
        bloc.requireVersion(request.version());
        BlocEvents.BlocSnapshot before = mapper.toSnapshot(bloc);
        requireUniqueCode(bloc.organizingUnitId, request.code(), id);
        bloc.rename(request.code(), request.name(), request.kind(), OffsetDateTime.now(clock));
        bloc.describe(
                request.description(), request.foundingDocument(), request.crossScoring(), OffsetDateTime.now(clock));
        return recordChange("bloc.update", BlocEvents.UPDATED, before, bloc);
    }

    public BlocDtos.BlocView get(UUID id) {
        return view(access.viewable(id));
    }

    public Page<BlocDtos.BlocView> search(BlocFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        Optional<Set<UUID>> organizers = access.managedOrganizers();
        if (organizers.isPresent()) {
            // out of reach, a bloc is still visible to its own member units
            where.append(" and (organizingUnitId in :organizers or id in (select m.blocId from Membership m"
                    + " where m.unitId = :ownUnit))");
            params.and("organizers", organizers.get().isEmpty() ? Set.of(new UUID(0, 0)) : organizers.get());
            params.and("ownUnit", user.unitId().orElse(new UUID(0, 0)));
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" and (lower(name) like :q or lower(code) like :q)");
            params.and("q", "%" + filter.q().strip().toLowerCase() + "%");
        }
        if (filter.kind() != null) {
            where.append(" and kind = :kind");
            params.and("kind", filter.kind());
        }
        if (filter.organizingUnitId() != null) {
            where.append(" and organizingUnitId = :organizer");
            params.and("organizer", filter.organizingUnitId());
        }
        if (filter.memberUnitId() != null) {
            where.append(" and id in (select mu.blocId from Membership mu where mu.unitId = :member"
                    + " and mu.joinedOn <= :today and (mu.leftOn is null or mu.leftOn > :today))");
            params.and("member", filter.memberUnitId()).and("today", LocalDate.now(clock));
        }
        return Page.of(Bloc.find(where.toString(), page.sort(SORTABLE, "name"), params), page, b -> view((Bloc) b));
    }

    private BlocDtos.BlocView view(Bloc bloc) {
        LocalDate today = LocalDate.now(clock);
        Term term = Term.of(bloc.id, today.getYear());
        Map<UUID, UnitRef> refs = units.refs(
                term == null
                        ? List.of(bloc.organizingUnitId)
                        : List.of(bloc.organizingUnitId, term.headUnitId, term.deputyUnitId));
        BlocDtos.TermSummary summary = term == null
                ? null
                : new BlocDtos.TermSummary(term.year, refs.get(term.headUnitId), refs.get(term.deputyUnitId));
        return mapper.toView(
                bloc,
                refs.get(bloc.organizingUnitId),
                Membership.countOn(bloc.id, today),
                summary,
                access.canManage(bloc));
    }

    private BlocDtos.BlocView recordChange(String action, String eventType, BlocEvents.BlocSnapshot before, Bloc bloc) {
        Bloc.flush(); // the snapshot must carry the version this change produces
        BlocEvents.BlocSnapshot after = mapper.toSnapshot(bloc);
        audit.record(action, "bloc", bloc.id, before, after);
        outbox.publish(BlocEvents.TOPIC, eventType, bloc.id, after);
        return view(bloc);
    }

    private void requireUniqueCode(UUID organizer, String code, UUID self) {
        long clash = self == null
                ? Bloc.count(
                        "organizingUnitId = ?1 and lower(code) = ?2",
                        organizer,
                        code.strip().toLowerCase())
                : Bloc.count(
                        "organizingUnitId = ?1 and lower(code) = ?2 and id <> ?3",
                        organizer,
                        code.strip().toLowerCase(),
                        self);
        if (clash > 0) {
            throw ProblemException.invalidField("code", "đơn vị tổ chức đã có khối mang mã \"" + code.strip() + "\"");
        }
    }
}
