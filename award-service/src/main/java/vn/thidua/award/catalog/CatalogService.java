package vn.thidua.award.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.thidua.award.access.AwardAccess;
import vn.thidua.award.catalog.CatalogEnums.RuleSetScope;
import vn.thidua.platform.audit.AuditTrail;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.replicas.unit.ReplicaTree;

/** The award catalog and its rule sets: read by everyone signed in, local rule sets kept by the secretariat. */
@ApplicationScoped
public class CatalogService {

    @Inject
    Clock clock;

    @Inject
    RuleBook ruleBook;

    @Inject
    CatalogMapper mapper;

    @Inject
    AwardAccess access;

    @Inject
    ReplicaTree tree;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    public List<CatalogDtos.AwardTypeView> awardTypes(LocalDate on, UUID unitId) {
        RuleBook.Rules rules = ruleBook.on(on, unitId);
        return AwardType.ordered().stream().map(t -> view(t, rules)).toList();
    }

    public List<CatalogDtos.PublicAwardType> publicAwardTypes() {
        return AwardType.ordered().stream().map(mapper::toPublic).toList();
    }

    public CatalogDtos.AwardTypeView awardType(String code, LocalDate on, UUID unitId) {
        AwardType type = AwardType.findById(code);
        if (type == null) {
            throw ProblemException.notFound("loại khen thưởng", code);
        }
        return view(type, ruleBook.on(on, unitId));
    }

    public List<CatalogDtos.RuleSetSummary> ruleSets() {
        LocalDate today = LocalDate.now(clock);
        return RuleSet.<RuleSet>list("order by scope, effectiveFrom desc").stream()
                .map(s -> mapper.toSummary(s, unitName(s), s.inForceOn(today)))
                .toList();
    }

    public CatalogDtos.RuleSetView ruleSet(UUID id) {
        return view(find(id));
    }

    @Transactional
    public CatalogDtos.RuleSetView create(CatalogDtos.RuleSetInput in) {
        access.requireManages(in.organizingUnitId(), "Quy định khen thưởng");
        if (RuleSet.count("code", in.code().strip()) > 0) {
            throw ProblemException.invalidField(
                    "code", "mã quy định \"" + in.code().strip() + "\" đã được dùng");
        }
        RuleSet set =
                RuleSet.local(in.organizingUnitId(), in.code().strip(), user.username(), OffsetDateTime.now(clock));
        set.revise(
                in.name().strip(),
                in.legalSource().strip(),
                in.effectiveFrom(),
                in.effectiveTo(),
                in.settings(),
                in.rules(),
                user.username(),
                OffsetDateTime.now(clock));
        checkNoOverlap(set);
        set.persist();
        RuleSet.flush();
        CatalogDtos.RuleSetView view = view(set);
        audit.record("award.rule-set.create", "rule-set", set.id, null, view);
        return view;
    }

    @Transactional
    public CatalogDtos.RuleSetView revise(UUID id, CatalogDtos.RuleSetInput in) {
        RuleSet set = find(id);
        // a national set is refused as such, whatever version the caller read
        set.requireEditable();
        access.requireManages(set.organizingUnitId, "Quy định khen thưởng");
        if (in.version() == null || in.version() != set.version) {
            throw ProblemException.conflict(
                    "Quy định đã được người khác sửa (phiên bản " + set.version + "); hãy tải lại");
        }
        CatalogDtos.RuleSetView before = view(set);
        set.revise(
                in.name().strip(),
                in.legalSource().strip(),
                in.effectiveFrom(),
                in.effectiveTo(),
                in.settings(),
                in.rules(),
                user.username(),
                OffsetDateTime.now(clock));
        checkNoOverlap(set);
        RuleSet.flush();
        CatalogDtos.RuleSetView after = view(set);
        audit.record("award.rule-set.revise", "rule-set", set.id, before, after);
        return after;
    }

    public List<CatalogDtos.BaseSalaryView> baseSalaries() {
        return BaseSalary.<BaseSalary>list("order by effectiveFrom desc").stream()
                .map(mapper::toView)
                .toList();
    }

    /** Two local rule sets of one unit in force on the same day would make the rules ambiguous. */
    private static void checkNoOverlap(RuleSet set) {
        List<RuleSet> others = RuleSet.list(
                "scope = ?1 and organizingUnitId = ?2 and id <> ?3", RuleSetScope.LOCAL, set.organizingUnitId, set.id);
        for (RuleSet other : others) {
            boolean overlaps = (other.effectiveTo == null || !set.effectiveFrom.isAfter(other.effectiveTo))
                    && (set.effectiveTo == null || !other.effectiveFrom.isAfter(set.effectiveTo));
            if (overlaps) {
                throw ProblemException.invalidField(
                        "effectiveFrom",
                        "trùng thời gian hiệu lực với quy định \"" + other.name + "\" của cùng đơn vị");
            }
        }
    }

    private CatalogDtos.AwardTypeView view(AwardType type, RuleBook.Rules rules) {
        RuleSet source = rules.sourceOf(type.code);
        return new CatalogDtos.AwardTypeView(
                type.code,
                type.name,
                type.category,
                type.recipientKinds,
                type.level,
                rules.ruleFor(type.code).orElse(null),
                source.id,
                source.name,
                rules.day());
    }

    private CatalogDtos.RuleSetView view(RuleSet set) {
        boolean editable = set.scope == RuleSetScope.LOCAL && access.manages(set.organizingUnitId);
        return mapper.toView(set, unitName(set), set.inForceOn(LocalDate.now(clock)), editable);
    }

    private String unitName(RuleSet set) {
        return set.organizingUnitId == null ? null : tree.name(set.organizingUnitId);
    }

    private static RuleSet find(UUID id) {
        RuleSet set = RuleSet.findById(id);
        if (set == null) {
            throw ProblemException.notFound("quy định khen thưởng", id);
        }
        return set;
    }
}
