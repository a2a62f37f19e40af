package vn.thidua.campaign.campaign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.thidua.platform.audit.AuditTrail;
import vn.thidua.platform.documents.AdministrativeDocument;
import vn.thidua.platform.outbox.Outbox;
import vn.thidua.platform.paging.Page;
import vn.thidua.platform.paging.PageRequest;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.replicas.bloc.MembershipReplica;
import vn.thidua.replicas.unit.ReplicaTree;
import vn.thidua.replicas.unit.UnitReplica;

/** Drafting, changing and launching campaigns; every change after launch is a visible revision. */
@ApplicationScoped
public class CampaignService {

    private static final Set<String> SORTABLE = Set.of("title", "startsOn", "registrationDeadline", "updatedAt");

    @Inject
    Clock clock;

    @Inject
    CampaignAccess access;

    @Inject
    CurrentUser user;

    @Inject
    ReplicaTree tree;

    @Inject
    CampaignMapper mapper;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper json;

    public record CampaignFilter(String q, CampaignEnums.Status status) {}

    @Transactional
    public CampaignDtos.CampaignView draft(CampaignDtos.CampaignInput in) {
        if (in.organizingUnitId() == null) {
            throw ProblemException.invalidField("organizingUnitId", "cần chọn đơn vị tổ chức");
        }
        if (UnitReplica.findById(in.organizingUnitId()) == null) {
            throw ProblemException.invalidField("organizingUnitId", "không có đơn vị với mã " + in.organizingUnitId());
        }
        if (!access.canManageUnder(in.organizingUnitId())) {
            throw ProblemException.forbidden("Đơn vị tổ chức không thuộc phạm vi quản lý của bạn");
        }
        Campaign campaign = Campaign.draft(in.organizingUnitId(), OffsetDateTime.now(clock));
        write(campaign, in);
        campaign.persist();
        Campaign.flush();
        audit.record("campaign.draft", "campaign", campaign.id, null, view(campaign));
        return view(campaign);
    }

    @Transactional
    public CampaignDtos.CampaignView update(UUID id, CampaignDtos.CampaignInput in) {
        Campaign campaign = access.manageable(id);
        if (!Long.valueOf(campaign.version).equals(in.version())) {
            throw ProblemException.conflict(
                    "Phong trào đã được người khác sửa (phiên bản " + campaign.version + "); hãy tải lại");
        }
        if (campaign.status == CampaignEnums.Status.LAUNCHED
                && (in.changeReason() == null || in.changeReason().isBlank())) {
            throw ProblemException.invalidField(
                    "changeReason", "cần ghi lý do sửa kế hoạch đã phát động (các đơn vị sẽ thấy)");
        }
        CampaignDtos.CampaignView before = view(campaign);
        write(campaign, in);
        Campaign.flush();
        CampaignDtos.CampaignView after = view(campaign);
        audit.record("campaign.update", "campaign", campaign.id, before, after);
        if (campaign.status == CampaignEnums.Status.LAUNCHED) {
            keepRevision(campaign, in.changeReason().strip(), after);
            outbox.publish(CampaignEvents.TOPIC, CampaignEvents.REVISED, campaign.id, launched(campaign));
        }
        return after;
    }

    @Transactional
    public CampaignDtos.CampaignView launch(UUID id) {
        Campaign campaign = access.manageable(id);
        campaign.launch(resolveScope(campaign, LocalDate.now(clock)), OffsetDateTime.now(clock));
        Campaign.flush();
        CampaignDtos.CampaignView view = view(campaign);
        audit.record("campaign.launch", "campaign", campaign.id, null, view);
        keepRevision(campaign, "Phát động theo " + campaign.docNumber, view);
        outbox.publish(CampaignEvents.TOPIC, CampaignEvents.LAUNCHED, campaign.id, launched(campaign));
        return view;
    }

    public CampaignDtos.CampaignView get(UUID id) {
        return view(access.viewable(id));
    }

    /** The plan in the administrative layout, for PDF or Word. */
    public AdministrativeDocument planDocument(UUID id) {
        Campaign campaign = access.viewable(id);
        UnitReplica organizer = UnitReplica.findById(campaign.organizingUnitId);
        UnitReplica parent =
                organizer == null || organizer.parentId == null ? null : UnitReplica.findById(organizer.parentId);
        return CampaignPlanDocument.of(campaign, organizer, parent, scopeText(campaign));
    }

    public List<CampaignDtos.RevisionView> revisions(UUID id) {
        Campaign campaign = access.viewable(id);
        return CampaignRevision.<CampaignRevision>list("key.campaignId = ?1 order by key.revision desc", campaign.id)
                .stream()
                .map(mapper::toView)
                .toList();
    }

    /** Officers see the campaigns they manage; units see the launched ones they are in scope of. */
    public Page<CampaignDtos.CampaignView> search(CampaignFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        Optional<Set<UUID>> organizers = access.managedOrganizers();
        if (organizers.isPresent()) {
            where.append(
                    " and (organizingUnitId in :organizers or (status <> :draft and :ownUnit member of scopeUnits))");
            params.and("organizers", organizers.get().isEmpty() ? Set.of(new UUID(0, 0)) : organizers.get())
                    .and("draft", CampaignEnums.Status.DRAFT)
                    .and("ownUnit", user.unitId().orElse(new UUID(0, 0)));
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" and lower(title) like :q");
            params.and("q", "%" + filter.q().strip().toLowerCase() + "%");
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.and("status", filter.status());
        }
        return Page.of(
                Campaign.find(where.toString(), page.sort(SORTABLE, "startsOn"), params),
                page,
                c -> view((Campaign) c));
    }

    private void write(Campaign campaign, CampaignDtos.CampaignInput in) {
        checkScope(campaign.organizingUnitId, in.scope());
        campaign.plan(
                in,
                mapper.contents(in.contents()),
                mapper.targets(in.targets()),
                mapper.pledgeRules(in.pledgeRules()),
                mapper.plannedAwards(in.plannedAwards()),
                mapper.periods(in.reportingPeriods()),
                OffsetDateTime.now(clock));
    }

    /** Units and subtree roots must exist and lie within the organizer's subtree; blocs must be known. */
    private void checkScope(UUID organizer, CampaignDtos.Scope scope) {
        if (scope.kind() == CampaignEnums.ScopeKind.SUBTREE && scope.refs().size() != 1) {
            throw ProblemException.invalidField("scope.refs", "phạm vi theo cây đơn vị cần đúng một đơn vị gốc");
        }
        Set<UUID> reach = scope.kind() == CampaignEnums.ScopeKind.BLOCS ? Set.of() : tree.subtree(organizer, false);
        for (int i = 0; i < scope.refs().size(); i++) {
            UUID ref = scope.refs().get(i);
            String field = "scope.refs[" + i + "]";
            if (scope.kind() == CampaignEnums.ScopeKind.BLOCS) {
                if (!MembershipReplica.knowsBloc(ref)) {
                    throw ProblemException.invalidField(
                            field, "không có khối thi đua " + ref + " (hoặc khối chưa có thành viên)");
                }
            } else if (!reach.contains(ref)) {
                throw ProblemException.invalidField(
                        field, "đơn vị " + ref + " không thuộc đơn vị tổ chức hoặc không tồn tại");
            }
        }
    }

    private Set<UUID> resolveScope(Campaign campaign, LocalDate day) {
        Set<UUID> units = new HashSet<>();
        switch (campaign.scopeKind) {
            case SUBTREE ->
                units.addAll(tree.subtree(campaign.scopeChoice.iterator().next(), true));
            case UNITS -> units.addAll(campaign.scopeChoice);
            case BLOCS -> units.addAll(MembershipReplica.membersOn(campaign.scopeChoice, day));
        }
        return units;
    }

    private String scopeText(Campaign campaign) {
        String chosen = switch (campaign.scopeKind) {
            case SUBTREE ->
                "các đơn vị thuộc " + tree.name(campaign.scopeChoice.iterator().next());
            case UNITS ->
                campaign.scopeChoice.stream()
                        .map(tree::name)
                        .sorted()
                        .collect(java.util.stream.Collectors.joining(", "));
            case BLOCS -> "các đơn vị thành viên của " + campaign.scopeChoice.size() + " khối thi đua";
        };
        return campaign.isLaunched() ? chosen + " (" + campaign.scopeUnits.size() + " đơn vị khi phát động)" : chosen;
    }

    private void keepRevision(Campaign campaign, String reason, CampaignDtos.CampaignView snapshot) {
        String snapshotJson;
        try {
            snapshotJson = json.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a campaign view is plain data", e);
        }
        CampaignRevision.of(campaign, snapshotJson, reason, user.username(), OffsetDateTime.now(clock))
                .persist();
    }

    private static CampaignEvents.CampaignLaunched launched(Campaign c) {
        return new CampaignEvents.CampaignLaunched(
                c.id,
                c.organizingUnitId,
                c.title,
                c.kind,
                c.docNumber,
                c.startsOn,
                c.endsOn,
                c.registrationDeadline,
                c.revision,
                c.scopeUnits.stream().sorted().toList());
    }

    private CampaignDtos.CampaignView view(Campaign campaign) {
        return mapper.toView(campaign, tree.name(campaign.organizingUnitId), access.canManage(campaign));
    }
}
