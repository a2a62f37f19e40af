package vn.thidua.award.nomination;

import static vn.thidua.platform.text.Texts.blankToNull;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.thidua.award.access.AwardAccess;
import vn.thidua.award.catalog.AwardRule;
import vn.thidua.award.catalog.AwardType;
import vn.thidua.award.catalog.CatalogEnums.DossierKind;
import vn.thidua.award.catalog.CatalogEnums.RecipientKind;
import vn.thidua.award.catalog.RuleBook;
import vn.thidua.award.eligibility.FactGatherer;
import vn.thidua.award.people.Person;
import vn.thidua.platform.audit.AuditTrail;
import vn.thidua.platform.honours.AwardEvents;
import vn.thidua.platform.outbox.Outbox;
import vn.thidua.platform.paging.Page;
import vn.thidua.platform.paging.PageRequest;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.replicas.unit.ReplicaTree;
import vn.thidua.replicas.unit.UnitReplica;

/** Nominations from draft to the recommended list: dossier, eligibility, submission, appraisal and the council's vote. */
@ApplicationScoped
public class NominationService {

    @Inject
    Clock clock;

    @Inject
    AwardAccess access;

    @Inject
    RuleBook ruleBook;

    @Inject
    FactGatherer eligibility;

    @Inject
    NominationMapper mapper;

    @Inject
    ReplicaTree tree;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    public Page<NominationDtos.NominationSummary> search(
            Integer year,
            NominationStatus status,
            String awardType,
            UUID unitId,
            String originKind,
            String q,
            PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        access.restrict(where, params, "proposerUnitId", "nomineeUnitId");
        if (year != null) {
            where.append(" and year = :year");
            params.and("year", year);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        if (awardType != null && !awardType.isBlank()) {
            where.append(" and awardType = :type");
            params.and("type", awardType);
        }
        if (unitId != null) {
            where.append(" and (nomineeUnitId = :unit or proposerUnitId = :unit)");
            params.and("unit", unitId);
        }
        if (originKind != null && !originKind.isBlank()) {
            where.append(" and originKind = :origin");
            params.and("origin", originKind);
        }
        if (q != null && !q.isBlank()) {
            where.append(" and lower(nomineeName) like :q");
            params.and("q", "%" + q.strip().toLowerCase() + "%");
        }
        return Page.of(
                Nomination.<Nomination>find(
                        where.toString(),
                        page.sort(Set.of("createdAt", "nomineeName", "submittedOn", "status", "year"), "-createdAt"),
                        params),
                page,
                n -> mapper.toSummary(
                        n, tree.name(n.proposerUnitId), tree.name(n.nomineeUnitId), awardName(n.awardType)));
    }

    public NominationDtos.NominationView get(UUID id) {
        return view(viewable(id));
    }

    @Transactional
    public NominationDtos.NominationView create(NominationDtos.NominationInput in) {
        if (in.kind() == Nomination.OriginKind.BLOC || in.kind() == Nomination.OriginKind.CAMPAIGN) {
            throw ProblemException.invalidField(
                    "kind", "đề nghị của khối và của phong trào được lập từ kết quả xếp hạng, tổng kết");
        }
        if (UnitReplica.findById(in.proposerUnitId()) == null) {
            throw ProblemException.invalidField("proposerUnitId", "không có đơn vị này trong danh bạ");
        }
        access.requireActsFor(in.proposerUnitId(), "Đơn vị đề nghị");
        Nominee nominee = nominee(in);
        if (!tree.isWithin(nominee.unitId(), in.proposerUnitId())) {
            throw ProblemException.invalidField(
                    nominee.field(),
                    "\"" + nominee.name() + "\" không thuộc phạm vi của đơn vị đề nghị "
                            + tree.name(in.proposerUnitId()));
        }
        String awardType = awardType(in.awardType(), in.nomineeKind());
        if (in.kind() == Nomination.OriginKind.AD_HOC
                && (in.occasion() == null || in.occasion().isBlank())) {
            throw ProblemException.invalidField("occasion", "khen thưởng đột xuất cần nêu thành tích, sự kiện cụ thể");
        }
        Nomination n = Nomination.draft(
                in.kind(),
                in.proposerUnitId(),
                in.kind().name(),
                null,
                null,
                in.nomineeKind(),
                nominee.unitId(),
                nominee.personId(),
                nominee.name(),
                nominee.position(),
                in.year(),
                awardType,
                in.achievement().strip(),
                user.username(),
                OffsetDateTime.now(clock));
        n.forOccasion(in.occasion());
        n.persist();
        n.assessed(eligibility.check(n, LocalDate.now(clock)));
        Nomination.flush();
        NominationDtos.NominationView view = view(n);
        audit.record("award.nomination.create", "nomination", n.id, null, summary(n));
        return view;
    }

    /** A draft's nominee, award type, year and achievement can change until it is submitted. */
    @Transactional
    public NominationDtos.NominationView update(UUID id, NominationDtos.NominationInput in) {
        Nomination n = editable(id, in.version());
        Object before = summary(n);
        if (in.nomineeKind() != n.nomineeKind || (n.personId != null && !n.personId.equals(in.personId()))) {
            if (n.originId != null) {
                throw ProblemException.invalidField(
                        "nomineeKind", "đề nghị từ khối, phong trào giữ nguyên người được đề nghị");
            }
            Nominee nominee = nominee(in);
            if (!tree.isWithin(nominee.unitId(), n.proposerUnitId)) {
                throw ProblemException.invalidField(
                        nominee.field(), "\"" + nominee.name() + "\" không thuộc phạm vi của đơn vị đề nghị");
            }
            n.renominate(in.nomineeKind(), nominee.unitId(), nominee.personId(), nominee.name(), nominee.position());
        }
        n.redraft(awardType(in.awardType(), n.nomineeKind), in.year(), in.occasion(), in.achievement());
        n.assessed(eligibility.check(n, LocalDate.now(clock)));
        Nomination.flush();
        audit.record("award.nomination.update", "nomination", n.id, before, summary(n));
        return view(n);
    }

    @Transactional
    public NominationDtos.DocumentView attach(UUID id, DossierKind kind, String filename, byte[] content) {
        Nomination n = editable(id, null);
        DossierDocument doc =
                DossierDocument.of(n.id, kind, filename, content, user.username(), OffsetDateTime.now(clock));
        doc.persist();
        NominationDtos.DocumentView view = mapper.toView(doc);
        audit.record("award.nomination.attach", "nomination", n.id, null, view);
        return view;
    }

    @Transactional
    public void detach(UUID id, UUID documentId) {
        Nomination n = editable(id, null);
        DossierDocument doc = document(n, documentId);
        audit.record("award.nomination.detach", "nomination", n.id, mapper.toView(doc), null);
        doc.delete();
    }

    public DossierDocument download(UUID id, UUID documentId) {
        return document(viewable(id), documentId);
    }

    /** Re-runs the check: under the submission date's rules once submitted, today's before. */
    @Transactional
    public NominationDtos.NominationView recheck(UUID id) {
        Nomination n = viewable(id);
        if (!NominationStatus.OPEN.contains(n.status)) {
            throw ProblemException.rule("Đề nghị đã kết thúc (" + n.status + "), không kiểm tra lại điều kiện");
        }
        n.assessed(eligibility.check(n, n.submittedOn != null ? n.submittedOn : LocalDate.now(clock)));
        audit.record("award.nomination.check", "nomination", n.id, null, n.eligibility);
        return view(n);
    }

    @Transactional
    public NominationDtos.NominationView submit(UUID id, long version) {
        Nomination n = editable(id, version);
        LocalDate today = LocalDate.now(clock);
        RuleBook.Rules rules = ruleBook.on(today, n.nomineeUnitId);
        AwardRule rule = n.awardType == null ? null : rules.ruleFor(n.awardType).orElse(null);
        if (n.awardType == null || rule == null) {
            throw ProblemException.invalidField(
                    "awardType", "chưa chọn danh hiệu hoặc hình thức khen thưởng có trong quy định");
        }
        Set<DossierKind> documents = DossierDocument.<DossierDocument>list("nominationId", n.id).stream()
                .map(d -> d.kind)
                .collect(Collectors.toSet());
        n.submit(today, rule, rules.settings().dossierDeadline(), documents, rules.ruleSetIds(), user.username());
        n.assessed(eligibility.check(n, today));
        Nomination.flush();
        audit.record("award.nomination.submit", "nomination", n.id, null, n.eligibility);
        publish(n, NominationEvents.SUBMITTED, null);
        return view(n);
    }

    @Transactional
    public NominationDtos.NominationView withdraw(UUID id, NominationDtos.ReasonInput in) {
        Nomination n = viewable(id);
        if (!access.actsFor(n.proposerUnitId)) {
            throw ProblemException.forbidden("Chỉ đơn vị đề nghị hoặc cơ quan thường trực được rút đề nghị");
        }
        checkVersion(n, in.version());
        if (n.decisionId != null) {
            throw ProblemException.rule("Đề nghị đã có trong dự thảo quyết định; hãy bỏ khỏi quyết định trước khi rút");
        }
        NominationStatus before = n.status;
        n.withdraw(in.reason().strip());
        audit.record("award.nomination.withdraw", "nomination", n.id, before, in.reason());
        return view(n);
    }

    @Transactional
    public NominationDtos.NominationView startAppraisal(UUID id, long version) {
        Nomination n = managed(id, version);
        n.startAppraisal();
        n.assessed(eligibility.check(n, n.submittedOn));
        audit.record("award.nomination.appraisal-start", "nomination", n.id, NominationStatus.SUBMITTED, n.status);
        return view(n);
    }

    @Transactional
    public NominationDtos.NominationView appraise(UUID id, NominationDtos.AppraisalInput in) {
        Nomination n = managed(id, in.version());
        // a nomination not submitted has no rules in force yet: refuse the step before judging it
        n.expect(NominationStatus.IN_APPRAISAL, "kết luận thẩm định");
        n.assessed(eligibility.check(n, n.submittedOn));
        AwardRule rule = ruleUnderSubmission(n);
        n.appraise(
                in.pass(),
                blankToNull(in.note()),
                in.overrideReason(),
                rule.councilVote(),
                user.username(),
                OffsetDateTime.now(clock));
        Nomination.flush();
        audit.record(
                "award.nomination.appraise",
                "nomination",
                n.id,
                null,
                new Appraisal(in.pass(), n.appraisalNote, n.overrideReason, n.status));
        afterOutcome(n);
        return view(n);
    }

    /** The council's ballot, from the minutes of a paper count, against the threshold the award's rule states. */
    @Transactional
    public NominationDtos.NominationView recordVote(UUID id, NominationDtos.VoteInput in) {
        Nomination n = managed(id, in.version());
        n.expect(NominationStatus.AWAITING_VOTE, "ghi kết quả bỏ phiếu");
        AwardRule rule = ruleUnderSubmission(n);
        CouncilVote vote = CouncilVote.count(
                null,
                in.heldOn(),
                in.members(),
                in.votesCast(),
                in.approvals(),
                in.writtenVotes() == null ? 0 : in.writtenVotes(),
                rule.threshold(),
                rule.denominator(),
                user.username());
        n.recordVote(vote);
        Nomination.flush();
        audit.record("award.nomination.vote", "nomination", n.id, null, vote);
        afterOutcome(n);
        return view(n);
    }

    /** Sends the nomination's event through the outbox, in the caller's transaction. */
    public void publish(Nomination n, String type, String reason) {
        outbox.publish(AwardEvents.TOPIC, type, n.id, mapper.toEvent(n, awardName(n.awardType), reason));
    }

    void afterOutcome(Nomination n) {
        if (n.status == NominationStatus.RECOMMENDED) {
            publish(n, NominationEvents.RECOMMENDED, null);
        } else if (n.status == NominationStatus.NOT_RECOMMENDED) {
            publish(n, NominationEvents.REJECTED, n.closingReason);
        }
    }

    AwardRule ruleUnderSubmission(Nomination n) {
        return ruleBook.on(n.submittedOn, n.nomineeUnitId)
                .ruleFor(n.awardType)
                .orElseThrow(() ->
                        ProblemException.rule("Quy định tại ngày gửi không có quy tắc cho \"" + n.awardType + "\""));
    }

    record Appraisal(boolean pass, String note, String overrideReason, NominationStatus status) {}

    record Nominee(UUID unitId, UUID personId, String name, String position, String field) {}

    private Nominee nominee(NominationDtos.NominationInput in) {
        return switch (in.nomineeKind()) {
            case INDIVIDUAL -> {
                if (in.personId() == null) {
                    throw ProblemException.invalidField("personId", "chọn cá nhân được đề nghị");
                }
                Person p = Person.findById(in.personId());
                if (p == null) {
                    throw ProblemException.invalidField("personId", "không có cá nhân này");
                }
                yield new Nominee(p.unitId, p.id, p.fullName, p.position, "personId");
            }
            case COLLECTIVE -> {
                UnitReplica unit = in.nomineeUnitId() == null ? null : UnitReplica.findById(in.nomineeUnitId());
                if (unit == null) {
                    throw ProblemException.invalidField("nomineeUnitId", "chọn tập thể được đề nghị");
                }
                yield new Nominee(unit.id, null, unit.name, null, "nomineeUnitId");
            }
            case HOUSEHOLD -> {
                UnitReplica unit = in.nomineeUnitId() == null ? null : UnitReplica.findById(in.nomineeUnitId());
                if (unit == null) {
                    throw ProblemException.invalidField("nomineeUnitId", "chọn thôn, tổ dân phố của hộ gia đình");
                }
                if (in.householdName() == null || in.householdName().isBlank()) {
                    throw ProblemException.invalidField("householdName", "ghi tên chủ hộ");
                }
                yield new Nominee(unit.id, null, in.householdName().strip(), null, "nomineeUnitId");
            }
        };
    }

    /** The award type, if given, must exist and be given to this kind of nominee. */
    private static String awardType(String code, RecipientKind kind) {
        if (code == null || code.isBlank()) {
            return null;
        }
        AwardType type = AwardType.require(code, "awardType");
        if (!type.accepts(kind)) {
            throw ProblemException.invalidField(
                    "awardType",
                    type.name + " không xét tặng cho "
                            + switch (kind) {
                                case COLLECTIVE -> "tập thể";
                                case INDIVIDUAL -> "cá nhân";
                                case HOUSEHOLD -> "hộ gia đình";
                            });
        }
        return type.code;
    }

    Nomination viewable(UUID id) {
        Nomination n = Nomination.findById(id);
        if (n == null || !access.reaches(n.proposerUnitId, n.nomineeUnitId)) {
            throw ProblemException.notFound("đề nghị khen thưởng", id);
        }
        return n;
    }

    private Nomination editable(UUID id, Long version) {
        Nomination n = viewable(id);
        if (!access.actsFor(n.proposerUnitId)) {
            throw ProblemException.forbidden("Chỉ đơn vị đề nghị được sửa hồ sơ đề nghị");
        }
        n.requireDraft();
        if (version != null) {
            checkVersion(n, version);
        }
        return n;
    }

    private Nomination managed(UUID id, Long version) {
        Nomination n = viewable(id);
        access.requireManages(n.proposerUnitId, "Đề nghị khen thưởng");
        checkVersion(n, version);
        return n;
    }

    private static void checkVersion(Nomination n, Long version) {
        if (version == null || version != n.version) {
            throw ProblemException.conflict(
                    "Đề nghị đã được người khác cập nhật (phiên bản " + n.version + "); hãy tải lại");
        }
    }

    private static DossierDocument document(Nomination n, UUID documentId) {
        DossierDocument doc = DossierDocument.findById(documentId);
        if (doc == null || !doc.nominationId.equals(n.id)) {
            throw ProblemException.notFound("tài liệu hồ sơ", documentId);
        }
        return doc;
    }

    NominationDtos.NominationView view(Nomination n) {
        List<DossierKind> required = n.awardType == null
                ? List.of()
                : ruleBook.on(n.submittedOn != null ? n.submittedOn : LocalDate.now(clock), n.nomineeUnitId)
                        .ruleFor(n.awardType)
                        .map(AwardRule::requiredDocuments)
                        .orElse(List.of());
        List<NominationDtos.DocumentView> documents =
                DossierDocument.<DossierDocument>list("nominationId = ?1 order by uploadedAt", n.id).stream()
                        .map(mapper::toView)
                        .toList();
        boolean actsFor = access.actsFor(n.proposerUnitId);
        boolean manages = access.manages(n.proposerUnitId);
        NominationDtos.Actions actions = new NominationDtos.Actions(
                actsFor && n.isDraft(),
                actsFor && n.isDraft(),
                actsFor
                        && NominationStatus.OPEN.contains(n.status)
                        && n.decisionId == null
                        && n.votingSessionId == null,
                manages && (n.status == NominationStatus.SUBMITTED || n.status == NominationStatus.IN_APPRAISAL),
                manages && n.status == NominationStatus.AWAITING_VOTE && n.votingSessionId == null);
        return mapper.toView(
                n,
                tree.name(n.proposerUnitId),
                tree.name(n.nomineeUnitId),
                awardName(n.awardType),
                required,
                documents,
                actions);
    }

    private static Object summary(Nomination n) {
        return new Summary(n.nomineeKind, n.nomineeName, n.awardType, n.year, n.status);
    }

    record Summary(
            RecipientKind nomineeKind, String nomineeName, String awardType, int year, NominationStatus status) {}

    static String awardName(String code) {
        if (code == null) {
            return null;
        }
        AwardType type = AwardType.findById(code);
        return type == null ? code : type.name;
    }
}
