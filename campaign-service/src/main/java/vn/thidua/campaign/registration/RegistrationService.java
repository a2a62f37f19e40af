package vn.thidua.campaign.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.thidua.campaign.campaign.Campaign;
import vn.thidua.campaign.campaign.CampaignAccess;
import vn.thidua.campaign.campaign.CampaignEnums;
import vn.thidua.campaign.campaign.CampaignEvents;
import vn.thidua.platform.audit.AuditTrail;
import vn.thidua.platform.outbox.Outbox;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Roles;
import vn.thidua.replicas.unit.ReplicaTree;

/** A unit in scope registers before the deadline: its officer prepares, its leader approves and submits. */
@ApplicationScoped
public class RegistrationService {

    public static final String SUBMITTED = "vn.thidua.campaign.registration-submitted.v1";

    /** What the organizer learns when a unit submits. */
    public record RegistrationSubmitted(
            UUID registrationId,
            UUID campaignId,
            UUID unitId,
            List<RegistrationDtos.TargetInput> targets,
            int pledges,
            String submittedBy) {}

    @Inject
    Clock clock;

    @Inject
    RegistrationMapper mapper;

    @Inject
    CampaignAccess access;

    @Inject
    CurrentUser user;

    @Inject
    ReplicaTree tree;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Transactional
    public RegistrationDtos.RegistrationView save(UUID campaignId, RegistrationDtos.RegistrationInput in) {
        Campaign campaign = open(campaignId);
        UUID unit = ownUnit(campaign, Roles.UNIT_OFFICER, Roles.UNIT_LEADER);
        Registration registration = Registration.of(campaignId, unit);
        boolean isNew = registration == null;
        if (isNew) {
            registration = Registration.start(campaignId, unit, OffsetDateTime.now(clock));
        } else if (!Long.valueOf(registration.version).equals(in.version())) {
            throw ProblemException.conflict(
                    "Đăng ký đã được người khác sửa (phiên bản " + registration.version + "); hãy tải lại");
        }
        registration.write(targets(campaign, in.targets()), pledges(in.pledges()), OffsetDateTime.now(clock));
        if (isNew) {
            registration.persist();
        }
        Registration.flush();
        RegistrationDtos.RegistrationView view = view(registration);
        audit.record("campaign.registration.save", "registration", registration.id, null, view);
        return view;
    }

    @Transactional
    public RegistrationDtos.RegistrationView submit(UUID campaignId) {
        Campaign campaign = open(campaignId);
        UUID unit = ownUnit(campaign, Roles.UNIT_LEADER);
        Registration registration = Registration.of(campaignId, unit);
        if (registration == null) {
            throw ProblemException.rule("Đơn vị chưa soạn đăng ký cho phong trào này");
        }
        String by = user.name() == null || user.name().isBlank()
                ? user.username()
                : user.name() + (user.position() == null ? "" : ", " + user.position());
        registration.submit(by, !campaign.pledgeRules.isEmpty(), OffsetDateTime.now(clock));
        Registration.flush();
        RegistrationDtos.RegistrationView view = view(registration);
        audit.record("campaign.registration.submit", "registration", registration.id, null, view);
        outbox.publish(
                CampaignEvents.TOPIC,
                SUBMITTED,
                campaignId,
                new RegistrationSubmitted(
                        registration.id,
                        campaignId,
                        unit,
                        view.targets(),
                        view.pledges().size(),
                        by));
        return view;
    }

    public RegistrationDtos.RegistrationView mine(UUID campaignId) {
        Campaign campaign = access.viewable(campaignId);
        UUID unit = user.unitId().orElseThrow(() -> ProblemException.forbidden("Tài khoản không gắn với đơn vị nào"));
        Registration registration = Registration.of(campaign.id, unit);
        if (registration == null) {
            throw ProblemException.notFound("đăng ký của đơn vị", campaignId);
        }
        return view(registration);
    }

    /** Who has and has not registered, over every unit in scope; for the organizer. */
    public List<RegistrationDtos.UnitRegistration> progress(UUID campaignId) {
        Campaign campaign = access.manageable(campaignId);
        Map<UUID, Registration> byUnit = Registration.<Registration>list("campaignId", campaignId).stream()
                .collect(Collectors.toMap(r -> r.unitId, Function.identity()));
        java.text.Collator vi = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"));
        return campaign.scopeUnits.stream()
                .map(unit -> {
                    Registration r = byUnit.get(unit);
                    return new RegistrationDtos.UnitRegistration(
                            unit,
                            tree.name(unit),
                            r == null ? "NONE" : r.status.name(),
                            r == null ? 0 : r.pledges.size(),
                            r == null ? null : r.submittedAt);
                })
                .sorted(Comparator.comparing(RegistrationDtos.UnitRegistration::unitName, Comparator.nullsLast(vi)))
                .toList();
    }

    /** A launched campaign whose registration window is still open. */
    private Campaign open(UUID campaignId) {
        Campaign campaign = access.viewable(campaignId);
        if (campaign.status != CampaignEnums.Status.LAUNCHED) {
            throw ProblemException.rule("Phong trào chưa phát động hoặc đã kết thúc");
        }
        if (LocalDate.now(clock).isAfter(campaign.registrationDeadline)) {
            throw ProblemException.rule("Đã quá hạn đăng ký (hạn cuối ngày " + campaign.registrationDeadline + ")");
        }
        return campaign;
    }

    private UUID ownUnit(Campaign campaign, String... roles) {
        if (!user.hasAnyRole(roles) || user.unitId().isEmpty()) {
            throw ProblemException.forbidden(
                    roles.length == 1
                            ? "Chỉ lãnh đạo đơn vị mới duyệt và gửi đăng ký"
                            : "Chỉ cán bộ thi đua hoặc lãnh đạo đơn vị mới đăng ký thi đua cho đơn vị");
        }
        UUID unit = user.unitId().get();
        if (!campaign.scopeUnits.contains(unit)) {
            throw ProblemException.forbidden("Đơn vị của bạn không thuộc phạm vi phát động của phong trào này");
        }
        return unit;
    }

    private static List<Registration.TargetValue> targets(
            Campaign campaign, List<RegistrationDtos.TargetInput> inputs) {
        List<RegistrationDtos.TargetInput> in = inputs == null ? List.of() : inputs;
        campaign.requireTargets(
                in.stream().map(RegistrationDtos.TargetInput::number).toList(), "targets");
        return in.stream()
                .map(t -> new Registration.TargetValue(t.number(), t.value()))
                .toList();
    }

    private static List<Registration.Pledge> pledges(List<RegistrationDtos.PledgeInput> inputs) {
        List<Registration.Pledge> out = new ArrayList<>();
        List<RegistrationDtos.PledgeInput> in = inputs == null ? List.of() : inputs;
        for (int i = 0; i < in.size(); i++) {
            RegistrationDtos.PledgeInput p = in.get(i);
            out.add(new Registration.Pledge(
                    i + 1,
                    p.kind(),
                    p.title().strip(),
                    p.description() == null || p.description().isBlank()
                            ? null
                            : p.description().strip()));
        }
        return out;
    }

    private RegistrationDtos.RegistrationView view(Registration r) {
        return mapper.toView(r, tree.name(r.unitId));
    }
}
