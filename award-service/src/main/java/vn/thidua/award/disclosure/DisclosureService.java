package vn.thidua.award.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import vn.thidua.award.access.AwardAccess;
import vn.thidua.award.catalog.AwardType;
import vn.thidua.award.catalog.RuleBook;
import vn.thidua.award.nomination.Nomination;
import vn.thidua.award.nomination.NominationEvents;
import vn.thidua.award.nomination.NominationService;
import vn.thidua.award.nomination.NominationStatus;
import vn.thidua.platform.audit.AuditTrail;
import vn.thidua.platform.honours.AwardEvents;
import vn.thidua.platform.outbox.Outbox;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.replicas.unit.ReplicaTree;

/**
 * Công khai: the secretariat publishes recommended nominations for the window its rules set; anyone
 * signed in may object, which holds the nomination until an officer resolves the objection.
 */
@ApplicationScoped
public class DisclosureService {

    /** How far back a notice may be dated (the list was posted at the office before it was entered here). */
    static final int MAX_BACKDATE_DAYS = 60;

    @Inject
    Clock clock;

    @Inject
    DisclosureMapper mapper;

    @Inject
    AwardAccess access;

    @Inject
    RuleBook ruleBook;

    @Inject
    WorkingCalendar calendar;

    @Inject
    NominationService nominations;

    @Inject
    ReplicaTree tree;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Transactional
    public DisclosureDtos.NoticeView publish(DisclosureDtos.NoticeInput in) {
        access.requireManages(in.organizingUnitId(), "Thông báo công khai");
        LocalDate today = LocalDate.now(clock);
        LocalDate opensOn = in.opensOn() == null ? today : in.opensOn();
        if (opensOn.isAfter(today)) {
            throw ProblemException.invalidField("opensOn", "ngày bắt đầu công khai không được sau hôm nay");
        }
        if (opensOn.isBefore(today.minusDays(MAX_BACKDATE_DAYS))) {
            throw ProblemException.invalidField(
                    "opensOn", "chỉ ghi nhận được thông báo đã niêm yết trong " + MAX_BACKDATE_DAYS + " ngày gần đây");
        }
        if (new HashSet<>(in.nominationIds()).size() != in.nominationIds().size()) {
            throw ProblemException.invalidField("nominationIds", "một đề nghị được chọn hai lần");
        }
        int workingDays = ruleBook.on(opensOn, in.organizingUnitId()).settings().disclosureWorkingDays();
        Notice notice = Notice.publish(
                in.organizingUnitId(),
                in.title(),
                opensOn,
                workingDays,
                calendar.windowEnd(opensOn, workingDays),
                user.username(),
                OffsetDateTime.now(clock));
        notice.persist();
        for (int i = 0; i < in.nominationIds().size(); i++) {
            Nomination n = Nomination.findById(in.nominationIds().get(i));
            String field = "nominationIds[" + i + "]";
            if (n == null || !access.manages(n.proposerUnitId)) {
                throw ProblemException.invalidField(field, "không có đề nghị này trong phạm vi quản lý");
            }
            if (n.status != NominationStatus.RECOMMENDED) {
                throw ProblemException.invalidField(
                        field,
                        "đề nghị \"" + n.nomineeName + "\" chưa được đề nghị khen thưởng (trạng thái " + n.status
                                + ")");
            }
            n.disclose(notice.id);
        }
        Nomination.flush();
        DisclosureDtos.NoticeView view = view(notice);
        audit.record("award.disclosure.open", "notice", notice.id, null, view);
        outbox.publish(
                AwardEvents.TOPIC,
                DisclosureEvents.OPENED,
                notice.id,
                new DisclosureEvents.DisclosureOpened(
                        notice.id,
                        notice.organizingUnitId,
                        notice.title,
                        notice.opensOn,
                        notice.workingDays,
                        notice.closesOn,
                        in.nominationIds()));
        return view;
    }

    public List<DisclosureDtos.NoticeView> notices() {
        return Notice.<Notice>list("order by publishedAt desc").stream()
                .filter(n -> access.reaches(n.organizingUnitId))
                .map(this::view)
                .toList();
    }

    public DisclosureDtos.NoticeView notice(UUID id) {
        return view(find(id));
    }

    /** Notices with nominations still awaiting a decision: what the public page shows. */
    public List<DisclosureDtos.PublicNotice> published() {
        return Notice.<Notice>list("order by opensOn desc").stream()
                .map(this::publicView)
                .filter(v -> !v.entries().isEmpty())
                .toList();
    }

    /**
     * Files an objection. Accepted while the nomination is published and until it is decided: the window
     * is the minimum time the list stays public, not a limit on what must be looked into.
     */
    @Transactional
    public DisclosureDtos.ObjectionReceipt object(UUID nominationId, DisclosureDtos.ObjectionInput in) {
        Nomination n = Nomination.findById(nominationId);
        if (n == null || n.noticeId == null) {
            throw ProblemException.notFound("đề nghị đang công khai", nominationId);
        }
        if (n.status != NominationStatus.IN_DISCLOSURE || n.decisionId != null) {
            throw ProblemException.rule("Đề nghị \"" + n.nomineeName + "\" không còn trong danh sách công khai");
        }
        Notice notice = find(n.noticeId);
        if (notice.opensOn.isAfter(LocalDate.now(clock))) {
            throw ProblemException.rule("Danh sách chưa đến ngày công khai");
        }
        Objection objection = Objection.file(
                n.id, notice.id, in.reason().strip(), user.username(), user.name(), OffsetDateTime.now(clock));
        objection.persist();
        n.hold();
        Nomination.flush();
        audit.record("award.objection.file", "nomination", n.id, null, objection.id);
        outbox.publish(
                AwardEvents.TOPIC,
                DisclosureEvents.OBJECTION_FILED,
                n.id,
                new DisclosureEvents.ObjectionFiled(objection.id, n.id, notice.id, objection.filedAt));
        return mapper.toReceipt(objection, n);
    }

    public List<DisclosureDtos.ObjectionView> objections(UUID noticeId) {
        Notice notice = find(noticeId);
        access.requireManages(notice.organizingUnitId, "Kiến nghị");
        return Objection.<Objection>list("noticeId = ?1 order by filedAt", noticeId).stream()
                .map(this::view)
                .toList();
    }

    /** Upheld: the nomination is rejected. Dismissed: it is back in the list once no other objection is open. */
    @Transactional
    public DisclosureDtos.ObjectionView resolve(UUID objectionId, DisclosureDtos.ResolutionInput in) {
        Objection objection = Objection.findById(objectionId);
        if (objection == null) {
            throw ProblemException.notFound("kiến nghị", objectionId);
        }
        Notice notice = find(objection.noticeId);
        access.requireManages(notice.organizingUnitId, "Kiến nghị");
        if (in.version() != objection.version) {
            throw ProblemException.conflict(
                    "Kiến nghị đã được người khác cập nhật (phiên bản " + objection.version + "); hãy tải lại");
        }
        objection.resolve(in.outcome(), in.resolution().strip(), user.username(), OffsetDateTime.now(clock));
        Nomination n = Nomination.findById(objection.nominationId);
        if (in.outcome() == Objection.Status.UPHELD) {
            n.reject("Kiến nghị trong thời gian công khai được chấp nhận: " + objection.resolution);
            nominations.publish(n, NominationEvents.REJECTED, n.closingReason);
        } else {
            Objection.flush();
            if (Objection.openFor(n.id) == 0) {
                n.release();
            }
        }
        Nomination.flush();
        DisclosureDtos.ObjectionView view = view(objection);
        audit.record("award.objection.resolve", "objection", objection.id, Objection.Status.OPEN, view);
        outbox.publish(
                AwardEvents.TOPIC,
                DisclosureEvents.OBJECTION_RESOLVED,
                n.id,
                new DisclosureEvents.ObjectionResolved(objection.id, n.id, objection.status, objection.resolvedAt));
        return view;
    }

    private Notice find(UUID id) {
        Notice notice = Notice.findById(id);
        if (notice == null) {
            throw ProblemException.notFound("thông báo công khai", id);
        }
        return notice;
    }

    private DisclosureDtos.NoticeView view(Notice notice) {
        List<DisclosureDtos.NoticeEntry> entries =
                Nomination.<Nomination>list("noticeId = ?1 order by nomineeName", notice.id).stream()
                        .map(this::entry)
                        .toList();
        return view(notice, entries);
    }

    /** What the law asks to publish: the list, its window and each nominee's achievement; no account or internal id. */
    private DisclosureDtos.PublicNotice publicView(Notice notice) {
        LocalDate today = LocalDate.now(clock);
        List<DisclosureDtos.PublicNoticeEntry> entries = Nomination.<Nomination>list(
                        "noticeId = ?1 and status = ?2 order by nomineeName", notice.id, NominationStatus.IN_DISCLOSURE)
                .stream()
                .map(n -> mapper.toPublic(entry(n)))
                .toList();
        return mapper.toPublic(notice, tree.name(notice.organizingUnitId), entries, today);
    }

    private DisclosureDtos.NoticeView view(Notice notice, List<DisclosureDtos.NoticeEntry> entries) {
        return mapper.toView(notice, tree.name(notice.organizingUnitId), entries, LocalDate.now(clock));
    }

    private DisclosureDtos.NoticeEntry entry(Nomination n) {
        AwardType type = n.awardType == null ? null : AwardType.findById(n.awardType);
        return mapper.toEntry(n, tree.name(n.nomineeUnitId), type == null ? null : type.name);
    }

    private DisclosureDtos.ObjectionView view(Objection o) {
        Nomination n = Nomination.findById(o.nominationId);
        return mapper.toView(o, n.nomineeName);
    }
}
