package vn.thidua.campaign.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import vn.thidua.campaign.campaign.Campaign;
import vn.thidua.campaign.campaign.CampaignAccess;
import vn.thidua.campaign.campaign.CampaignEnums;
import vn.thidua.campaign.campaign.CampaignParts;
import vn.thidua.campaign.registration.Registration;
import vn.thidua.platform.audit.AuditTrail;
import vn.thidua.platform.documents.StoredFile;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Roles;
import vn.thidua.replicas.unit.ReplicaTree;

/** Units report progress against the campaign's targets per period, with evidence, until the period closes. */
@ApplicationScoped
public class ReportService {

    @Inject
    Clock clock;

    @Inject
    ReportMapper mapper;

    @Inject
    CampaignAccess access;

    @Inject
    CurrentUser user;

    @Inject
    ReplicaTree tree;

    @Inject
    AuditTrail audit;

    @Transactional
    public ReportDtos.ReportView save(UUID campaignId, int period, ReportDtos.ReportInput in) {
        Campaign campaign = access.viewable(campaignId);
        CampaignParts.ReportingPeriod p = openPeriod(campaign, period);
        UUID unit = reportingUnit(campaign);
        ProgressReport report = ProgressReport.of(campaignId, unit, period);
        boolean isNew = report == null;
        if (isNew) {
            report = ProgressReport.start(campaignId, unit, period, OffsetDateTime.now(clock));
        } else if (!Long.valueOf(report.version).equals(in.version())) {
            throw ProblemException.conflict(
                    "Báo cáo đã được người khác sửa (phiên bản " + report.version + "); hãy tải lại");
        }
        report.write(values(campaign, in.values()), in.narrative(), user.username(), OffsetDateTime.now(clock));
        if (isNew) {
            report.persist();
        }
        ProgressReport.flush();
        ReportDtos.ReportView view = view(campaign, report, p);
        audit.record("campaign.report.save", "progress-report", report.id, null, view);
        return view;
    }

    @Transactional
    public ReportDtos.EvidenceView addEvidence(UUID campaignId, int period, String filename, byte[] content) {
        Campaign campaign = access.viewable(campaignId);
        openPeriod(campaign, period);
        UUID unit = reportingUnit(campaign);
        ProgressReport report = ProgressReport.of(campaignId, unit, period);
        if (report == null) {
            throw ProblemException.rule("Hãy lưu báo cáo kỳ này trước khi đính kèm minh chứng");
        }
        Evidence evidence = Evidence.of(report.id, filename, content, user.username(), OffsetDateTime.now(clock));
        evidence.persist();
        ReportDtos.EvidenceView view = mapper.toView(evidence);
        audit.record("campaign.report.evidence", "progress-report", report.id, null, view);
        return view;
    }

    /** The reports of the user's unit, or, for the organizer, of every unit. */
    public List<ReportDtos.ReportView> list(UUID campaignId) {
        Campaign campaign = access.viewable(campaignId);
        List<ProgressReport> reports = access.canManage(campaign)
                ? ProgressReport.list("campaignId", campaignId)
                : ProgressReport.list(
                        "campaignId = ?1 and unitId = ?2",
                        campaignId,
                        user.unitId().orElse(new UUID(0, 0)));
        return reports.stream()
                .sorted(Comparator.comparingInt((ProgressReport r) -> r.periodNumber)
                        .thenComparing(r -> String.valueOf(tree.name(r.unitId))))
                .map(r -> view(campaign, r, period(campaign, r.periodNumber)))
                .toList();
    }

    @Transactional
    public StoredFile.Content evidence(UUID campaignId, UUID evidenceId) {
        Campaign campaign = access.viewable(campaignId);
        Evidence evidence = Evidence.findById(evidenceId);
        ProgressReport report = evidence == null ? null : ProgressReport.findById(evidence.reportId);
        boolean visible = report != null
                && report.campaignId.equals(campaignId)
                && (access.canManage(campaign)
                        || user.unitId().map(report.unitId::equals).orElse(false));
        if (!visible) {
            throw ProblemException.notFound("tệp minh chứng", evidenceId);
        }
        return evidence.read();
    }

    /** Reports are written and corrected while the period is open, up to its closing day. */
    private CampaignParts.ReportingPeriod openPeriod(Campaign campaign, int number) {
        if (campaign.status == CampaignEnums.Status.CLOSED) {
            throw ProblemException.rule("Phong trào đã kết thúc, không báo cáo được nữa");
        }
        CampaignParts.ReportingPeriod p = period(campaign, number);
        if (LocalDate.now(clock).isAfter(p.closesOn())) {
            throw ProblemException.rule(
                    "Kỳ báo cáo \"" + p.name() + "\" đã chốt ngày " + p.closesOn() + "; không sửa được nữa");
        }
        return p;
    }

    private static CampaignParts.ReportingPeriod period(Campaign campaign, int number) {
        return campaign.periods.stream()
                .filter(p -> p.number() == number)
                .findFirst()
                .orElseThrow(
                        () -> ProblemException.notFound("kỳ báo cáo số " + number + " của phong trào", campaign.id));
    }

    private UUID reportingUnit(Campaign campaign) {
        if (!user.hasAnyRole(Roles.UNIT_OFFICER, Roles.UNIT_LEADER)
                || user.unitId().isEmpty()) {
            throw ProblemException.forbidden("Chỉ cán bộ thi đua hoặc lãnh đạo đơn vị mới báo cáo cho đơn vị");
        }
        UUID unit = user.unitId().get();
        if (!campaign.scopeUnits.contains(unit)) {
            throw ProblemException.forbidden("Đơn vị của bạn không thuộc phạm vi phát động của phong trào này");
        }
        Registration registration = Registration.find("campaignId = ?1 and unitId = ?2", campaign.id, unit)
                .firstResult();
        if (registration == null || registration.status != Registration.Status.SUBMITTED) {
            throw ProblemException.rule("Đơn vị cần gửi đăng ký thi đua trước khi báo cáo");
        }
        return unit;
    }

    private List<ProgressReport.Achieved> values(Campaign campaign, List<ReportDtos.ValueInput> inputs) {
        List<ReportDtos.ValueInput> in = inputs == null ? List.of() : inputs;
        campaign.requireTargets(in.stream().map(ReportDtos.ValueInput::number).toList(), "values");
        return in.stream().map(mapper::toAchieved).toList();
    }

    private ReportDtos.ReportView view(Campaign campaign, ProgressReport r, CampaignParts.ReportingPeriod p) {
        List<ReportDtos.EvidenceView> evidence =
                Evidence.<Evidence>list("reportId = ?1 order by uploadedAt", r.id).stream()
                        .map(mapper::toView)
                        .toList();
        boolean correctable = campaign.status != CampaignEnums.Status.CLOSED
                && !LocalDate.now(clock).isAfter(p.closesOn());
        return mapper.toView(r, tree.name(r.unitId), p.name(), evidence, correctable);
    }
}
