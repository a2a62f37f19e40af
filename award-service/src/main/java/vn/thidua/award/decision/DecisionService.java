package vn.thidua.award.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import vn.thidua.award.access.AwardAccess;
import vn.thidua.award.catalog.AwardRule;
import vn.thidua.award.catalog.AwardType;
import vn.thidua.award.catalog.BaseSalary;
import vn.thidua.award.catalog.RuleBook;
import vn.thidua.award.disclosure.Notice;
import vn.thidua.award.honours.Honour;
import vn.thidua.award.nomination.Nomination;
import vn.thidua.award.nomination.NominationStatus;
import vn.thidua.platform.audit.AuditTrail;
import vn.thidua.platform.honours.AwardEvents;
import vn.thidua.platform.outbox.Outbox;
import vn.thidua.platform.problem.Problem;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.problem.ProblemType;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.replicas.unit.ReplicaTree;

/**
 * Decisions: the secretariat groups nominations whose disclosure has ended without a pending objection
 * into a numbered decision; issuing it grants the awards (one honour and one event per recipient) with
 * the cash computed from the base salary in force on the decision date.
 */
@ApplicationScoped
public class DecisionService {

    @Inject
    Clock clock;

    @Inject
    AwardAccess access;

    @Inject
    RuleBook ruleBook;

    @Inject
    ReplicaTree tree;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    DecisionMapper mapper;

    public List<DecisionDtos.DecisionSummary> list() {
        return Decision.<Decision>list("order by issuedOn desc, number").stream()
                .filter(d -> access.reaches(d.organizingUnitId))
                .map(mapper::toSummary)
                .toList();
    }

    public DecisionDtos.DecisionView get(UUID id) {
        return view(viewable(id));
    }

    @Transactional
    public DecisionDtos.DecisionView create(DecisionDtos.DecisionInput in) {
        access.requireManages(in.organizingUnitId(), "Quyết định khen thưởng");
        if (in.nominationIds() == null || in.nominationIds().isEmpty()) {
            throw ProblemException.invalidField("nominationIds", "quyết định phải có ít nhất một đề nghị khen thưởng");
        }
        String number = in.number().strip();
        if (Decision.count("lower(number) = ?1", number.toLowerCase()) > 0) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "Số quyết định " + number + " đã được dùng",
                    List.of(new Problem.FieldError("number", "số quyết định đã được dùng")));
        }
        if (new HashSet<>(in.nominationIds()).size() != in.nominationIds().size()) {
            throw ProblemException.invalidField("nominationIds", "một đề nghị được chọn hai lần");
        }
        Decision d = Decision.draft(in, user.username(), OffsetDateTime.now(clock));
        for (int i = 0; i < in.nominationIds().size(); i++) {
            d.include(decidable(in.nominationIds().get(i), "nominationIds[" + i + "]", d));
        }
        d.persist();
        Decision.flush();
        DecisionDtos.DecisionView view = view(d);
        audit.record("award.decision.draft", "decision", d.id, null, view);
        return view;
    }

    @Transactional
    public void discard(UUID id) {
        Decision d = viewable(id);
        access.requireManages(d.organizingUnitId, "Quyết định khen thưởng");
        d.requireDraft();
        Nomination.byIds(d.nominationIds).forEach(Nomination::leaveDraftDecision);
        audit.record("award.decision.discard", "decision", d.id, view(d), null);
        d.delete();
    }

    /** Ban hành: every nomination is decided, an honour is granted per recipient, and the events go out with the commit. */
    @Transactional
    public DecisionDtos.DecisionView issue(UUID id, long version) {
        Decision d = viewable(id);
        access.requireManages(d.organizingUnitId, "Quyết định khen thưởng");
        if (version != d.version) {
            throw ProblemException.conflict(
                    "Quyết định đã được người khác cập nhật (phiên bản " + d.version + "); hãy tải lại");
        }
        d.requireDraft();
        BaseSalary salary = BaseSalary.inForceOn(d.issuedOn);
        BigDecimal total = BigDecimal.ZERO;
        List<UUID> honourIds = new ArrayList<>();
        List<Nomination> nominations = ordered(d);
        for (int i = 0; i < nominations.size(); i++) {
            Nomination n = nominations.get(i);
            requireDecidable(n, "nominationIds[" + i + "]", d);
            n.decide(d.id);
            Honour h = grant(d, n, salary.amount);
            total = total.add(h.cashAmount);
            honourIds.add(h.id);
        }
        d.issue(salary.amount, total, user.username(), OffsetDateTime.now(clock));
        Decision.flush();
        DecisionDtos.DecisionView view = view(d);
        audit.record("award.decision.issue", "decision", d.id, null, view);
        outbox.publish(
                AwardEvents.TOPIC,
                DecisionEvents.ISSUED,
                d.id,
                new DecisionEvents.DecisionIssued(
                        d.id,
                        d.organizingUnitId,
                        d.number,
                        d.issuedOn,
                        d.authority,
                        d.signerName,
                        d.title,
                        List.copyOf(d.nominationIds),
                        honourIds,
                        salary.amount,
                        total));
        for (Honour h : Honour.<Honour>list("decisionId", d.id)) {
            outbox.publish(
                    AwardEvents.TOPIC,
                    AwardEvents.GRANTED,
                    h.id,
                    new AwardEvents.HonourGranted(
                            h.id,
                            d.id,
                            d.number,
                            d.issuedOn,
                            h.awardTypeName,
                            h.recipientKind.name(),
                            h.unitId,
                            h.recipientName,
                            h.year,
                            new AwardEvents.Origin(h.originKind, h.originId)));
        }
        return view;
    }

    private Honour grant(Decision d, Nomination n, BigDecimal baseSalary) {
        AwardType type = AwardType.findById(n.awardType);
        AwardRule rule =
                ruleBook.on(n.submittedOn, n.nomineeUnitId).ruleFor(n.awardType).orElseThrow();
        BigDecimal cash = rule.cashMultiple(n.nomineeKind).multiply(baseSalary).setScale(0, RoundingMode.HALF_UP);
        Honour h = Honour.granted(
                d, n, type, tree.name(n.nomineeUnitId), cash, user.username(), OffsetDateTime.now(clock));
        h.persist();
        return h;
    }

    private Nomination decidable(UUID id, String field, Decision d) {
        Nomination n = Nomination.findById(id);
        if (n == null || !access.manages(n.proposerUnitId)) {
            throw ProblemException.invalidField(field, "không có đề nghị này trong phạm vi quản lý");
        }
        if (n.decisionId != null) {
            throw ProblemException.invalidField(field, "\"" + n.nomineeName + "\" đã có trong một quyết định khác");
        }
        requireDecidable(n, field, d);
        return n;
    }

    /** Công khai xong (the window ended before the decision date) and no objection pending. */
    private static void requireDecidable(Nomination n, String field, Decision d) {
        if (n.status != NominationStatus.IN_DISCLOSURE) {
            throw ProblemException.invalidField(
                    field, "\"" + n.nomineeName + "\" chưa qua công khai (trạng thái " + n.status + ")");
        }
        if (n.onHold) {
            throw ProblemException.invalidField(
                    field, "\"" + n.nomineeName + "\" đang tạm dừng do có kiến nghị chưa giải quyết");
        }
        Notice notice = Notice.findById(n.noticeId);
        if (!notice.endedBefore(d.issuedOn)) {
            throw ProblemException.invalidField(
                    field,
                    "\"" + n.nomineeName + "\" đang công khai đến hết ngày "
                            + "%02d/%02d/%d"
                                    .formatted(
                                            notice.closesOn.getDayOfMonth(),
                                            notice.closesOn.getMonthValue(),
                                            notice.closesOn.getYear())
                            + "; quyết định phải ban hành sau thời gian công khai");
        }
    }

    List<Nomination> ordered(Decision d) {
        List<Nomination> found = Nomination.byIds(d.nominationIds);
        return d.nominationIds.stream()
                .map(id ->
                        found.stream().filter(n -> n.id.equals(id)).findFirst().orElseThrow())
                .toList();
    }

    Decision viewable(UUID id) {
        Decision d = Decision.findById(id);
        if (d == null || !access.reaches(d.organizingUnitId)) {
            throw ProblemException.notFound("quyết định khen thưởng", id);
        }
        return d;
    }

    DecisionDtos.DecisionView view(Decision d) {
        List<DecisionDtos.Line> lines = new ArrayList<>();
        BigDecimal salary = d.baseSalary != null ? d.baseSalary : BaseSalary.inForceOn(d.issuedOn).amount;
        int position = 1;
        for (Nomination n : ordered(d)) {
            AwardRule rule = ruleBook.on(n.submittedOn, n.nomineeUnitId)
                    .ruleFor(n.awardType)
                    .orElseThrow();
            Honour honour = d.isDraft()
                    ? null
                    : Honour.find("nominationId = ?1 and decisionId = ?2", n.id, d.id)
                            .firstResult();
            BigDecimal multiple = rule.cashMultiple(n.nomineeKind);
            lines.add(mapper.toLine(
                    position++,
                    n,
                    detail(n),
                    AwardType.<AwardType>findById(n.awardType).name,
                    multiple,
                    honour != null
                            ? honour.cashAmount
                            : multiple.multiply(salary).setScale(0, RoundingMode.HALF_UP),
                    honour == null ? null : honour.id));
        }
        BigDecimal total = lines.stream().map(DecisionDtos.Line::cashAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return mapper.toView(d, tree.name(d.organizingUnitId), lines, salary, total);
    }

    /** "Trưởng phòng, Phòng Cảnh sát hình sự" for a person; the parent unit for a collective. */
    private String detail(Nomination n) {
        String unit = tree.name(n.nomineeUnitId);
        return switch (n.nomineeKind) {
            case INDIVIDUAL -> n.nomineePosition == null ? unit : n.nomineePosition + ", " + unit;
            case HOUSEHOLD -> unit;
            case COLLECTIVE -> null;
        };
    }
}
