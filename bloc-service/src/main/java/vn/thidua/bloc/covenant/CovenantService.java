package vn.thidua.bloc.covenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.thidua.bloc.blocs.Bloc;
import vn.thidua.bloc.blocs.BlocAccess;
import vn.thidua.bloc.blocs.BlocEvents;
import vn.thidua.bloc.membership.MemberLeft;
import vn.thidua.bloc.membership.Membership;
import vn.thidua.bloc.unit.UnitDtos.UnitRef;
import vn.thidua.bloc.unit.UnitTree;
import vn.thidua.platform.audit.AuditTrail;
import vn.thidua.platform.outbox.Outbox;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Roles;

/** Drafting, opening, signing and closing a bloc's yearly covenant. */
@ApplicationScoped
public class CovenantService {

    private static final Comparator<String> BY_NAME_TEXT =
            Comparator.comparing(s -> s, java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi")));
    private static final Comparator<UnitRef> BY_NAME = Comparator.comparing(UnitRef::name, BY_NAME_TEXT);

    @Inject
    Clock clock;

    @Inject
    BlocAccess access;

    @Inject
    CurrentUser user;

    @Inject
    UnitTree units;

    @Inject
    CovenantMapper mapper;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    /** Whether a signature was new; two leaders signing at once both get the one signature back. */
    public record SignOutcome(CovenantDtos.CovenantView covenant, boolean created) {}

    @Transactional
    public CovenantDtos.CovenantView draft(UUID blocId, int year, CovenantDtos.CovenantDraft request) {
        Bloc bloc = Bloc.lock(blocId);
        access.requireRun(bloc, year);
        Covenant existing = Covenant.of(blocId, year);
        if (existing == null) {
            Covenant covenant = Covenant.draft(
                    blocId,
                    year,
                    request.title(),
                    request.theme(),
                    mapper.toClauses(request.clauses()),
                    OffsetDateTime.now(clock));
            covenant.persist();
            Covenant.flush();
            audit.record("covenant.draft", "covenant", covenant.id, null, state(covenant));
            return view(bloc, covenant);
        }
        if (!Long.valueOf(existing.version).equals(request.version())) {
            throw ProblemException.conflict(
                    "Giao ước năm " + year + " đã có (phiên bản " + existing.version + "); hãy tải lại rồi sửa");
        }
        CovenantEvents.CovenantState before = state(existing);
        boolean resign = existing.rewrite(
                request.title(), request.theme(), mapper.toClauses(request.clauses()), OffsetDateTime.now(clock));
        Covenant.flush();
        CovenantEvents.CovenantState after = state(existing);
        audit.record("covenant.revise", "covenant", existing.id, before, after);
        if (resign) {
            outbox.publish(BlocEvents.TOPIC, CovenantEvents.REVISED, blocId, after);
        }
        return view(bloc, existing);
    }

    @Transactional
    public CovenantDtos.CovenantView open(UUID blocId, int year) {
        Bloc bloc = Bloc.require(blocId);
        access.requireRun(bloc, year);
        Covenant covenant = Covenant.lock(blocId, year);
        if (Membership.countOn(blocId, covenant.membershipDay(LocalDate.now(clock))) == 0) {
            throw ProblemException.rule("Khối chưa có thành viên nào trong năm " + year + " để ký giao ước");
        }
        CovenantEvents.CovenantState before = state(covenant);
        covenant.open(OffsetDateTime.now(clock));
        return announce("covenant.open", CovenantEvents.OPENED, before, bloc, covenant);
    }

    @Transactional
    public CovenantDtos.CovenantView close(UUID blocId, int year) {
        Bloc bloc = Bloc.require(blocId);
        access.requireRun(bloc, year);
        Covenant covenant = Covenant.lock(blocId, year);
        CovenantEvents.CovenantState before = state(covenant);
        covenant.close(LocalDate.now(clock), OffsetDateTime.now(clock));
        return announce("covenant.close", CovenantEvents.CLOSED, before, bloc, covenant);
    }

    /**
     * The leader of a member unit signs the revision they read. The covenant row is locked, so
     * signatures of one covenant go one at a time and the last one puts it in force exactly once.
     */
    @Transactional
    public SignOutcome sign(UUID blocId, int year, CovenantDtos.SignCovenant request) {
        Bloc bloc = Bloc.require(blocId);
        Covenant covenant = Covenant.lock(blocId, year);
        LocalDate day = covenant.membershipDay(LocalDate.now(clock));
        UUID unitId = signingUnit(bloc, covenant, day);
        covenant.requireSignable(request.textSha256());
        Signature existing = Signature.of(covenant, unitId);
        if (existing != null) {
            return new SignOutcome(view(bloc, covenant), false);
        }
        Signature signature = Signature.by(
                covenant, unitId, user.subject(), displayName(), user.position(), OffsetDateTime.now(clock));
        signature.persist();
        CovenantEvents.CovenantSigned signed = mapper.toSigned(covenant, signature);
        audit.record("covenant.sign", "covenant-signature", signature.id, null, signed);
        outbox.publish(BlocEvents.TOPIC, CovenantEvents.SIGNED, blocId, signed);
        putInForceIfAllSigned(covenant, day);
        return new SignOutcome(view(bloc, covenant), true);
    }

    /**
     * The minutes of a signing conference (hội nghị ký kết) name the covenant: the conference's day becomes its
     * date of record, and its place and chair go on the printed covenant. Called by the meeting's recording.
     */
    public void signedAtConference(
            UUID blocId, UUID covenantId, SigningConference conference, LocalDate heldOn, String field) {
        Covenant covenant = Covenant.<Covenant>findByIdOptional(
                        covenantId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .filter(c -> c.blocId.equals(blocId))
                .orElseThrow(() ->
                        ProblemException.invalidField(field, "không có giao ước " + covenantId + " của khối này"));
        CovenantEvents.CovenantState before = state(covenant);
        if (covenant.signedAt(conference, heldOn, field)) {
            announce(
                    "covenant.signing-recorded",
                    CovenantEvents.SIGNING_RECORDED,
                    before,
                    Bloc.require(blocId),
                    covenant);
        }
    }

    /** The meeting no longer records the signing of the covenants other than {@code still}. */
    public void signingConferenceWithdrawn(UUID blocId, UUID meetingId, Set<UUID> still) {
        for (Covenant covenant :
                Covenant.<Covenant>list("blocId = ?1 and signingConference.meetingId = ?2", blocId, meetingId)) {
            if (still.contains(covenant.id)) {
                continue;
            }
            CovenantEvents.CovenantState before = state(covenant);
            if (covenant.signingConferenceWithdrawn(meetingId)) {
                announce(
                        "covenant.signing-recorded",
                        CovenantEvents.SIGNING_RECORDED,
                        before,
                        Bloc.require(blocId),
                        covenant);
            }
        }
    }

    /** The unit that left may have been the last one the covenant of that year was waiting for. */
    void onMemberLeft(@Observes MemberLeft left) {
        Covenant covenant = Covenant.of(left.blocId(), left.leftOn().getYear());
        if (covenant != null && covenant.status == CovenantStatus.OPEN) {
            putInForceIfAllSigned(covenant, covenant.membershipDay(LocalDate.now(clock)));
        }
    }

    public CovenantDtos.CovenantView get(UUID blocId, int year) {
        Bloc bloc = access.viewable(blocId);
        Covenant covenant = Covenant.of(blocId, year);
        if (covenant == null) {
            throw ProblemException.notFound("giao ước năm " + year + " của khối", blocId);
        }
        return view(bloc, covenant);
    }

    public List<CovenantDtos.CovenantView> list(UUID blocId) {
        Bloc bloc = access.viewable(blocId);
        return Covenant.<Covenant>list("blocId = ?1 order by year desc", blocId).stream()
                .map(c -> view(bloc, c))
                .toList();
    }

    /** Who has signed the current revision and who has not, by unit name; polled by the conference screen. */
    public CovenantDtos.SigningBoard board(UUID blocId, int year) {
        Bloc bloc = access.viewable(blocId);
        Covenant covenant = Covenant.of(blocId, year);
        if (covenant == null) {
            throw ProblemException.notFound("giao ước năm " + year + " của khối", blocId);
        }
        List<Membership> members = Membership.on(blocId, covenant.membershipDay(LocalDate.now(clock)));
        Map<UUID, Signature> signatures =
                Signature.of(covenant).stream().collect(Collectors.toMap(s -> s.unitId, Function.identity()));
        Map<UUID, UnitRef> refs = units.refs(members.stream().map(m -> m.unitId).toList());
        List<CovenantDtos.BoardRow> rows = members.stream()
                .map(m -> refs.get(m.unitId))
                .sorted(BY_NAME)
                .map(unit -> {
                    Signature s = signatures.get(unit.id());
                    return s == null
                            ? new CovenantDtos.BoardRow(unit, false, null, null, null)
                            : new CovenantDtos.BoardRow(unit, true, s.signerName, s.signerPosition, s.signedAt);
                })
                .toList();
        long signed = rows.stream().filter(CovenantDtos.BoardRow::signed).count();
        boolean all = covenant.status != CovenantStatus.DRAFT && !rows.isEmpty() && signed == rows.size();
        return new CovenantDtos.SigningBoard(
                covenant.id,
                bloc.name,
                year,
                covenant.title,
                covenant.status,
                covenant.revision,
                rows.size(),
                signed,
                all,
                rows);
    }

    /** Anyone may check a covenant's signatures: each with the hash of the text signed, and that text. */
    public CovenantDtos.PublicSignatures publicSignatures(UUID blocId, int year) {
        Bloc bloc = Bloc.require(blocId);
        Covenant covenant = Covenant.of(blocId, year);
        if (covenant == null || covenant.status == CovenantStatus.DRAFT) {
            throw ProblemException.notFound("giao ước năm " + year + " đã mở ký kết của khối", blocId);
        }
        List<Signature> signatures = Signature.of(covenant);
        Map<UUID, UnitRef> refs =
                units.refs(signatures.stream().map(s -> s.unitId).toList());
        List<CovenantDtos.PublicSignature> rows = signatures.stream()
                .map(s -> new CovenantDtos.PublicSignature(
                        refs.get(s.unitId).name(),
                        s.signerName,
                        s.signerPosition,
                        s.signedAt,
                        s.revision,
                        s.textSha256))
                .sorted(Comparator.comparing(CovenantDtos.PublicSignature::unitName, BY_NAME_TEXT))
                .toList();
        long members = Membership.countOn(blocId, covenant.membershipDay(LocalDate.now(clock)));
        return new CovenantDtos.PublicSignatures(
                bloc.name,
                year,
                covenant.title,
                covenant.status,
                covenant.revision,
                covenant.signedOn,
                covenant.text(),
                covenant.textSha256,
                members,
                rows);
    }

    /** The covenant with its signature table, in the administrative layout. */
    public vn.thidua.platform.documents.AdministrativeDocument document(UUID blocId, int year) {
        Bloc bloc = access.viewable(blocId);
        Covenant covenant = Covenant.of(blocId, year);
        if (covenant == null) {
            throw ProblemException.notFound("giao ước năm " + year + " của khối", blocId);
        }
        return CovenantDocument.of(
                bloc,
                vn.thidua.bloc.unit.Unit.findById(bloc.organizingUnitId),
                covenant,
                board(blocId, year),
                LocalDate.now(clock));
    }

    private UUID signingUnit(Bloc bloc, Covenant covenant, LocalDate day) {
        if (!user.hasRole(Roles.UNIT_LEADER) || user.unitId().isEmpty()) {
            throw ProblemException.forbidden("Chỉ lãnh đạo đơn vị thành viên mới ký giao ước thay đơn vị");
        }
        UUID unitId = user.unitId().get();
        if (!Membership.isMember(bloc.id, unitId, day)) {
            throw ProblemException.forbidden("Đơn vị của bạn không phải thành viên của \"" + bloc.name + "\" trong năm "
                    + covenant.year + " nên không ký giao ước này");
        }
        return unitId;
    }

    private void putInForceIfAllSigned(Covenant covenant, LocalDate day) {
        Set<UUID> members =
                Membership.on(covenant.blocId, day).stream().map(m -> m.unitId).collect(Collectors.toSet());
        long signed = Signature.of(covenant).stream()
                .filter(s -> members.contains(s.unitId))
                .count();
        CovenantEvents.CovenantState before = state(covenant);
        if (covenant.putInForceIfAllSigned(members.size(), signed, OffsetDateTime.now(clock))) {
            Covenant.flush();
            CovenantEvents.CovenantState after = state(covenant);
            audit.record("covenant.in-force", "covenant", covenant.id, before, after);
            outbox.publish(BlocEvents.TOPIC, CovenantEvents.IN_FORCE, covenant.blocId, after);
        }
    }

    private CovenantDtos.CovenantView announce(
            String action, String type, CovenantEvents.CovenantState before, Bloc bloc, Covenant covenant) {
        Covenant.flush();
        CovenantEvents.CovenantState after = state(covenant);
        audit.record(action, "covenant", covenant.id, before, after);
        outbox.publish(BlocEvents.TOPIC, type, bloc.id, after);
        return view(bloc, covenant);
    }

    private CovenantEvents.CovenantState state(Covenant covenant) {
        LocalDate day = covenant.membershipDay(LocalDate.now(clock));
        return mapper.toState(
                covenant,
                Membership.countOn(covenant.blocId, day),
                Signature.of(covenant).size());
    }

    private CovenantDtos.CovenantView view(Bloc bloc, Covenant covenant) {
        LocalDate day = covenant.membershipDay(LocalDate.now(clock));
        Set<UUID> members =
                Membership.on(bloc.id, day).stream().map(m -> m.unitId).collect(Collectors.toSet());
        List<Signature> signatures = Signature.of(covenant);
        long signed =
                signatures.stream().filter(s -> members.contains(s.unitId)).count();
        UUID ownUnit = user.unitId().orElse(null);
        Signature mine = ownUnit == null
                ? null
                : signatures.stream()
                        .filter(s -> s.unitId.equals(ownUnit))
                        .findFirst()
                        .orElse(null);
        boolean signable = mine == null
                && ownUnit != null
                && user.hasRole(Roles.UNIT_LEADER)
                && members.contains(ownUnit)
                && (covenant.status == CovenantStatus.OPEN || covenant.status == CovenantStatus.IN_FORCE);
        CovenantDtos.SignatureView mySignature = mine == null ? null : mapper.toView(mine, units.ref(mine.unitId));
        return mapper.toView(
                covenant, members.size(), signed, signable, access.canRun(bloc, covenant.year), mySignature);
    }

    private String displayName() {
        String name = user.name();
        return name == null || name.isBlank() ? user.username() : name;
    }
}
