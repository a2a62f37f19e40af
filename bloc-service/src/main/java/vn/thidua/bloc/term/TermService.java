package vn.thidua.bloc.term;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.thidua.bloc.blocs.Bloc;
import vn.thidua.bloc.blocs.BlocAccess;
import vn.thidua.bloc.blocs.BlocEvents;
import vn.thidua.bloc.meeting.MeetingService;
import vn.thidua.bloc.membership.MembershipService;
import vn.thidua.bloc.unit.UnitDtos.UnitRef;
import vn.thidua.bloc.unit.UnitTree;
import vn.thidua.platform.audit.AuditTrail;
import vn.thidua.platform.outbox.Outbox;
import vn.thidua.platform.parking.ParkedEvents;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Roles;

/** Yearly terms: set by the organizer, or handed over by the outgoing head at the year-end meeting. */
@ApplicationScoped
public class TermService {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    @Inject
    Clock clock;

    @Inject
    BlocAccess access;

    @Inject
    CurrentUser user;

    @Inject
    UnitTree units;

    @Inject
    TermMapper mapper;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    ParkedEvents parkedEvents;

    @Inject
    ElectionResultListener elections;

    @Transactional
    public TermDtos.TermView set(UUID blocId, int year, TermDtos.SetTerm request) {
        requireYear(year);
        Bloc bloc = Bloc.lock(blocId);
        if (!access.canManage(bloc) && !isOutgoingHeadLeader(bloc, year)) {
            throw ProblemException.forbidden(
                    "Chỉ cán bộ thi đua của đơn vị tổ chức khối, hoặc lãnh đạo đơn vị Trưởng khối " + "năm "
                            + (year - 1) + " (khi bàn giao), mới được ghi nhiệm kỳ năm " + year);
        }
        Term existing = Term.of(blocId, year);
        if (existing != null && !Long.valueOf(existing.version).equals(request.version())) {
            throw ProblemException.conflict("Nhiệm kỳ năm " + year + " đã được ghi (phiên bản " + existing.version
                    + "); hãy tải lại để xem rồi mới thay");
        }
        return apply(
                bloc,
                year,
                request.headUnitId(),
                request.deputyUnitId(),
                mapper.toChoice(request),
                existing,
                user.username());
    }

    /** The term an election in the voting engine decided (no user: the event is the authority). */
    @Transactional
    public TermDtos.TermView setFromElection(UUID blocId, int year, UUID head, UUID deputy, Term.Choice choice) {
        requireYear(year);
        Bloc bloc = Bloc.lock(blocId);
        return apply(bloc, year, head, deputy, choice, Term.of(blocId, year), "voting-engine");
    }

    public List<TermDtos.TermView> list(UUID blocId) {
        access.viewable(blocId);
        List<Term> terms = Term.list("blocId = ?1 order by year desc", blocId);
        Map<UUID, UnitRef> refs = units.refs(terms.stream()
                .flatMap(t -> java.util.stream.Stream.of(t.headUnitId, t.deputyUnitId))
                .toList());
        return terms.stream()
                .map(t -> mapper.toView(t, refs.get(t.headUnitId), refs.get(t.deputyUnitId)))
                .toList();
    }

    /** Election results the voting engine reported that this bloc could not take, with the reason. */
    public List<TermDtos.UnappliedElection> unapplied(UUID blocId) {
        access.viewable(blocId);
        return unappliedElections().stream()
                .filter(e -> e.result().blocId().equals(blocId))
                .map(e -> {
                    ElectionResultListener.BlocElectionDecided r = e.result();
                    Map<UUID, UnitRef> refs = units.refs(java.util.stream.Stream.of(r.headUnitId(), r.deputyUnitId())
                            .filter(java.util.Objects::nonNull)
                            .toList());
                    return new TermDtos.UnappliedElection(
                            e.parked().parked().id,
                            r.year(),
                            refs.get(r.headUnitId()),
                            refs.get(r.deputyUnitId()),
                            r.decidedOn(),
                            r.sessionId(),
                            e.parked().parked().reason,
                            e.parked().parked().reasonField,
                            e.parked().parked().attempts,
                            e.parked().parked().parkedAt,
                            elections.mayResolve(e.parked().event()));
                })
                .toList();
    }

    /** A parked election result and what it reported. */
    record Unapplied(ParkedEvents.Parked parked, ElectionResultListener.BlocElectionDecided result) {}

    List<Unapplied> unappliedElections() {
        return parkedEvents.openOn(ElectionResultListener.CHANNEL).stream()
                .filter(p -> p.event() != null
                        && ElectionResultListener.ELECTION_DECIDED.equals(
                                p.event().type()))
                .map(p -> new Unapplied(p, p.event().dataAs(ElectionResultListener.BlocElectionDecided.class)))
                .filter(u -> u.result().blocId() != null)
                .toList();
    }

    public TermDtos.TermView get(UUID blocId, int year) {
        access.viewable(blocId);
        Term term = Term.of(blocId, year);
        if (term == null) {
            throw ProblemException.notFound("nhiệm kỳ năm " + year + " của khối", blocId);
        }
        return view(term);
    }

    private TermDtos.TermView apply(
            Bloc bloc, int year, UUID head, UUID deputy, Term.Choice choice, Term existing, String setBy) {
        if (choice.decidedOn().isBefore(LocalDate.of(year - 1, 1, 1))
                || choice.decidedOn().isAfter(LocalDate.of(year, 12, 31))) {
            throw ProblemException.invalidField(
                    "decidedOn",
                    "ngày bầu / chỉ định nhiệm kỳ năm " + year + " phải trong năm " + (year - 1) + " hoặc năm " + year);
        }
        // both must be members when the term runs (from the decision, and not before the year starts)
        LocalDate from =
                choice.decidedOn().isAfter(LocalDate.of(year, 1, 1)) ? choice.decidedOn() : LocalDate.of(year, 1, 1);
        if (choice.meetingId() != null) {
            MeetingService.requireMeetingOf(bloc.id, choice.meetingId(), "meetingId");
        }
        MembershipService.requireMember(bloc.id, head, from, "headUnitId");
        MembershipService.requireMember(bloc.id, deputy, from, "deputyUnitId");
        if (choice.method() == TermMethod.ELECTED
                && choice.voters() != null
                && choice.voters() > vn.thidua.bloc.membership.Membership.countOn(bloc.id, choice.decidedOn())) {
            throw ProblemException.invalidField(
                    "voters", "số đơn vị bỏ phiếu lớn hơn số thành viên của khối vào ngày " + choice.decidedOn());
        }
        TermEvents.TermSnapshot before = existing == null ? null : mapper.toSnapshot(existing);
        Term term = existing == null ? Term.open(bloc.id, year, OffsetDateTime.now(clock)) : existing;
        term.assign(head, deputy, choice, setBy, OffsetDateTime.now(clock));
        if (existing == null) {
            term.persist();
        }
        Term.flush();
        TermEvents.TermSnapshot after = mapper.toSnapshot(term);
        audit.record("bloc.term.set", "bloc-term", term.id, before, after);
        outbox.publish(BlocEvents.TOPIC, TermEvents.SET, bloc.id, after);
        return view(term);
    }

    private TermDtos.TermView view(Term term) {
        Map<UUID, UnitRef> refs = units.refs(Set.of(term.headUnitId, term.deputyUnitId));
        return mapper.toView(term, refs.get(term.headUnitId), refs.get(term.deputyUnitId));
    }

    /** At the year-end meeting the outgoing head's leader records who takes over. */
    private boolean isOutgoingHeadLeader(Bloc bloc, int year) {
        if (!user.hasRole(Roles.UNIT_LEADER) || user.unitId().isEmpty()) {
            return false;
        }
        Term outgoing = Term.of(bloc.id, year - 1);
        return outgoing != null && outgoing.headUnitId.equals(user.unitId().get());
    }

    private static void requireYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw ProblemException.invalidField("year", "năm phải từ " + FIRST_YEAR + " đến " + LAST_YEAR);
        }
    }
}
