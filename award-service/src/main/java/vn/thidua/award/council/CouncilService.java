package vn.thidua.award.council;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.thidua.award.access.AwardAccess;
import vn.thidua.platform.audit.AuditTrail;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.replicas.unit.ReplicaTree;

/** The secretariat records its councils; members and the secretariat read them. */
@ApplicationScoped
public class CouncilService {

    @Inject
    Clock clock;

    @Inject
    AwardAccess access;

    @Inject
    CurrentUser user;

    @Inject
    ReplicaTree tree;

    @Inject
    CouncilMapper mapper;

    @Inject
    AuditTrail audit;

    /** The councils in the user's reach and those they sit on. */
    public List<CouncilDtos.CouncilSummary> list() {
        StringBuilder where = new StringBuilder("(1 = 1");
        Parameters params = new Parameters();
        access.restrict(where, params, "organizingUnitId");
        where.append(") or exists (select 1 from CouncilMember m where m.council = c and lower(m.username) = :me)");
        params.and("me", user.username().toLowerCase(java.util.Locale.ROOT));
        return Council.<Council>find("from Council c where " + where + " order by c.termFrom desc, c.name", params)
                .list()
                .stream()
                .map(c -> mapper.toSummary(c, tree.name(c.organizingUnitId)))
                .toList();
    }

    public CouncilDtos.CouncilView get(UUID id) {
        Council c = find(id);
        boolean manages = access.manages(c.organizingUnitId);
        if (!manages
                && c.member(user.username(), LocalDate.now(clock)).isEmpty()
                && !access.reaches(c.organizingUnitId)) {
            throw ProblemException.notFound("hội đồng", id);
        }
        return view(c);
    }

    @Transactional
    public CouncilDtos.CouncilView create(CouncilDtos.CouncilInput in) {
        requireUnit(in.organizingUnitId());
        access.requireManages(in.organizingUnitId(), "Hội đồng");
        Council c = Council.establish(
                in.organizingUnitId(),
                in.name(),
                in.establishedBy(),
                in.termFrom(),
                in.termTo(),
                user.username(),
                OffsetDateTime.now(clock));
        c.seat(mapper.toSeats(in.members()));
        c.persist();
        audit.record("award.council.create", "council", c.id, null, view(c));
        return view(c);
    }

    @Transactional
    public CouncilDtos.CouncilView update(UUID id, CouncilDtos.CouncilInput in) {
        Council c = find(id);
        access.requireManages(c.organizingUnitId, "Hội đồng");
        if (in.version() == null || in.version() != c.version) {
            throw ProblemException.conflict(
                    "Hội đồng đã được người khác cập nhật (phiên bản " + c.version + "); hãy tải lại");
        }
        if (!in.organizingUnitId().equals(c.organizingUnitId)) {
            throw ProblemException.invalidField(
                    "organizingUnitId", "không đổi được cơ quan của hội đồng; hãy lập hội đồng mới");
        }
        CouncilDtos.CouncilView before = view(c);
        c.describe(in.name(), in.establishedBy(), in.termFrom(), in.termTo());
        c.seat(mapper.toSeats(in.members()));
        Council.flush();
        audit.record("award.council.update", "council", c.id, before, view(c));
        return view(c);
    }

    private void requireUnit(UUID unitId) {
        if (tree.name(unitId) == null) {
            throw ProblemException.invalidField("organizingUnitId", "đơn vị không có trong danh mục đơn vị");
        }
    }

    private static Council find(UUID id) {
        Council c = Council.findById(id);
        if (c == null) {
            throw ProblemException.notFound("hội đồng", id);
        }
        return c;
    }

    private CouncilDtos.CouncilView view(Council c) {
        return mapper.toView(
                c,
                tree.name(c.organizingUnitId),
                access.manages(c.organizingUnitId),
                c.holds(user.username(), CouncilRole.SECRETARY, LocalDate.now(clock)));
    }
}
