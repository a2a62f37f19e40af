package vn.thidua.bloc.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.thidua.bloc.blocs.Bloc;
import vn.thidua.bloc.blocs.BlocAccess;
import vn.thidua.bloc.blocs.BlocEvents;
import vn.thidua.bloc.term.Term;
import vn.thidua.bloc.term.TermRole;
import vn.thidua.bloc.unit.Unit;
import vn.thidua.bloc.unit.UnitDtos.UnitRef;
import vn.thidua.bloc.unit.UnitTree;
import vn.thidua.platform.audit.AuditTrail;
import vn.thidua.platform.documents.Spreadsheets;
import vn.thidua.platform.outbox.Outbox;
import vn.thidua.platform.problem.ProblemException;

/** Members of a bloc over time: joining, leaving, and who the members were on a given day. */
@ApplicationScoped
public class MembershipService {

    private static final java.time.format.DateTimeFormatter DATE =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final Comparator<MembershipDtos.MemberView> BY_UNIT_NAME = Comparator.comparing(
            v -> v.unit() == null ? "" : v.unit().name(),
            java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi")));

    @Inject
    Clock clock;

    @Inject
    BlocAccess access;

    @Inject
    UnitTree units;

    @Inject
    MembershipMapper mapper;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    Event<MemberLeft> memberLeft;

    /** Adds units from a date; the bloc is locked so two officers adding the same unit give one period. */
    @Transactional
    public List<MembershipDtos.MemberView> add(UUID blocId, MembershipDtos.NewMembers request) {
        Bloc bloc = Bloc.lock(blocId);
        access.requireManage(bloc);
        Set<UUID> seen = new HashSet<>();
        List<Membership> added = new ArrayList<>();
        for (int i = 0; i < request.unitIds().size(); i++) {
            String field = "unitIds[" + i + "]";
            UUID unitId = request.unitIds().get(i);
            if (!seen.add(unitId)) {
                throw ProblemException.invalidField(field, "đơn vị này có hai lần trong danh sách");
            }
            Unit unit = Unit.findById(unitId);
            if (unit == null) {
                throw ProblemException.invalidField(field, "không có đơn vị với mã " + unitId);
            }
            if (!unit.active) {
                throw ProblemException.invalidField(field, "đơn vị \"" + unit.name + "\" đã ngừng hoạt động");
            }
            for (Membership period : Membership.<Membership>list("blocId = ?1 and unitId = ?2", blocId, unitId)) {
                if (period.overlapsOpenPeriodFrom(request.joinedOn())) {
                    throw ProblemException.invalidField(
                            field,
                            "\"" + unit.name + "\" đã là thành viên của khối từ ngày " + period.joinedOn
                                    + (period.leftOn == null ? "" : " đến " + period.leftOn));
                }
            }
            Membership membership =
                    Membership.begin(blocId, unitId, request.joinedOn(), request.reason(), OffsetDateTime.now(clock));
            membership.persist();
            added.add(membership);
        }
        added.forEach(m -> announce("bloc.member.add", null, m));
        return views(added, request.joinedOn());
    }

    @Transactional
    public MembershipDtos.MemberView end(UUID blocId, UUID membershipId, MembershipDtos.EndMembership request) {
        Bloc bloc = Bloc.lock(blocId);
        access.requireManage(bloc);
        Membership membership = Membership.findById(membershipId);
        if (membership == null || !membership.blocId.equals(blocId)) {
            throw ProblemException.notFound("thành viên khối", membershipId);
        }
        MembershipEvents.MembershipPeriod before = mapper.toPeriod(membership);
        MemberLeft left = membership.end(request.leftOn(), request.reason(), OffsetDateTime.now(clock));
        announce("bloc.member.end", before, membership);
        Membership.flush();
        memberLeft.fire(left);
        return views(List.of(membership), request.leftOn().minusDays(1)).get(0);
    }

    /** The members on {@code day} (today when absent), by unit name. */
    public List<MembershipDtos.MemberView> on(UUID blocId, LocalDate day) {
        access.viewable(blocId);
        LocalDate when = day == null ? LocalDate.now(clock) : day;
        return views(Membership.on(blocId, when), when);
    }

    /** The members on a day as an Excel sheet, with their role in that year's term. */
    public byte[] spreadsheet(UUID blocId, LocalDate day) {
        Bloc bloc = access.viewable(blocId);
        LocalDate when = day == null ? LocalDate.now(clock) : day;
        List<MembershipDtos.MemberView> members = views(Membership.on(blocId, when), when);
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            MembershipDtos.MemberView m = members.get(i);
            rows.add(List.of(
                    i + 1,
                    m.unit().name(),
                    m.unit().shortName() == null ? "" : m.unit().shortName(),
                    m.joinedOn().format(DATE),
                    m.joinReason(),
                    m.termRole() == null ? "" : m.termRole() == TermRole.HEAD ? "Trưởng khối" : "Phó khối"));
        }
        return Spreadsheets.table(
                "Thành viên",
                "Thành viên " + bloc.name + " ngày " + when.format(DATE),
                List.of(
                        "STT",
                        "Đơn vị",
                        "Tên viết tắt",
                        "Thành viên từ ngày",
                        "Căn cứ",
                        "Vai trò năm " + when.getYear()),
                rows);
    }

    /** Every membership period the bloc has had, by unit name then date. */
    public List<MembershipDtos.MemberView> history(UUID blocId) {
        access.viewable(blocId);
        List<Membership> all = Membership.list("blocId", blocId);
        Map<UUID, UnitRef> refs = units.refs(all.stream().map(m -> m.unitId).toList());
        return all.stream()
                .map(m -> mapper.toView(m, refs.get(m.unitId), null))
                .sorted(BY_UNIT_NAME.thenComparing(MembershipDtos.MemberView::joinedOn))
                .toList();
    }

    private List<MembershipDtos.MemberView> views(List<Membership> memberships, LocalDate day) {
        Map<UUID, UnitRef> refs =
                units.refs(memberships.stream().map(m -> m.unitId).toList());
        Term term = memberships.isEmpty() ? null : Term.of(memberships.get(0).blocId, day.getYear());
        return memberships.stream()
                .map(m -> mapper.toView(m, refs.get(m.unitId), term == null ? null : term.roleOf(m.unitId)))
                .sorted(BY_UNIT_NAME)
                .toList();
    }

    private void announce(String action, MembershipEvents.MembershipPeriod before, Membership membership) {
        MembershipEvents.MembershipPeriod after = mapper.toPeriod(membership);
        audit.record(action, "bloc-membership", membership.id, before, after);
        outbox.publish(BlocEvents.TOPIC, MembershipEvents.CHANGED, membership.blocId, after);
    }

    /** Used by terms, covenants and scoring: a rule that needs a member says which unit is not one. */
    public static void requireMember(UUID blocId, UUID unitId, LocalDate day, String field) {
        if (!Membership.isMember(blocId, unitId, day)) {
            Unit unit = Unit.findById(unitId);
            throw ProblemException.invalidField(
                    field,
                    (unit == null ? "đơn vị " + unitId : "\"" + unit.name + "\"")
                            + " không phải thành viên của khối vào ngày "
                            + day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        }
    }
}
