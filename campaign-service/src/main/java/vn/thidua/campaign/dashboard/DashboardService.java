package vn.thidua.campaign.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.thidua.campaign.campaign.Campaign;
import vn.thidua.campaign.campaign.CampaignAccess;
import vn.thidua.campaign.campaign.CampaignEnums;
import vn.thidua.campaign.campaign.CampaignParts;
import vn.thidua.campaign.registration.Registration;
import vn.thidua.campaign.report.ProgressReport;
import vn.thidua.campaign.results.CampaignResults;
import vn.thidua.campaign.results.ResultSheet;
import vn.thidua.campaign.showcase.ExemplaryModel;
import vn.thidua.platform.documents.Spreadsheets;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.replicas.unit.ReplicaTree;

/** The organizer's follow-up board of a campaign, and a unit's list of campaigns and what it owes. */
@ApplicationScoped
public class DashboardService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    Clock clock;

    @Inject
    CampaignAccess access;

    @Inject
    CampaignResults results;

    @Inject
    ReplicaTree tree;

    @Inject
    CurrentUser user;

    public DashboardDtos.CampaignDashboard organizer(UUID campaignId) {
        Campaign campaign = access.manageable(campaignId);
        LocalDate today = LocalDate.now(clock);
        Map<UUID, Registration> registrations = results.registrations(campaign);
        List<ProgressReport> reports = results.reports(campaign);
        Map<UUID, Set<Integer>> reported = reportedPeriods(reports);
        List<ResultSheet.Standing> standings = results.standings(campaign, registrations, reports);

        List<DashboardDtos.UnitProgress> units = standings.stream()
                .sorted(Comparator.comparing(
                        ResultSheet.Standing::unitName,
                        Comparator.nullsLast(java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi")))))
                .map(s -> {
                    Registration r = registrations.get(s.unitId());
                    Set<Integer> periods = reported.getOrDefault(s.unitId(), Set.of());
                    List<Obligations.Owed> owed = Obligations.of(campaign, r, periods, today);
                    return new DashboardDtos.UnitProgress(
                            s.unitId(),
                            s.unitName(),
                            r == null ? "NONE" : r.status.name(),
                            r == null ? 0 : r.pledges.size(),
                            periods.stream().sorted().toList(),
                            s.overall(),
                            owed,
                            owed.stream().anyMatch(Obligations.Owed::overdue));
                })
                .toList();

        int submitted = (int) registrations.values().stream()
                .filter(r -> r.status == Registration.Status.SUBMITTED)
                .count();
        int draft = registrations.size() - submitted;
        int inScope = campaign.scopeUnits.size();
        List<DashboardDtos.PeriodProgress> periods = new ArrayList<>();
        for (CampaignParts.ReportingPeriod p : campaign.periods) {
            int count = (int)
                    reports.stream().filter(r -> r.periodNumber == p.number()).count();
            periods.add(new DashboardDtos.PeriodProgress(
                    p.number(),
                    p.name(),
                    p.endsOn(),
                    p.closesOn(),
                    count,
                    inScope,
                    today.isAfter(p.endsOn()) ? inScope - count : 0));
        }
        long models = ExemplaryModel.count("campaignId", campaign.id);
        long adoptions = ExemplaryModel.count(
                "select count(a) from Adoption a, ExemplaryModel m where a.modelId = m.id and m.campaignId = ?1",
                campaign.id);
        return new DashboardDtos.CampaignDashboard(
                campaign.id,
                campaign.title,
                campaign.status,
                campaign.registrationDeadline,
                inScope,
                new DashboardDtos.RegistrationCounts(submitted, draft, inScope - registrations.size()),
                periods,
                targets(campaign, standings),
                units,
                (int) units.stream().filter(DashboardDtos.UnitProgress::late).count(),
                (int) models,
                (int) adoptions);
    }

    /** The board as a workbook: one row per unit, as the organizer files it. */
    public byte[] workbook(UUID campaignId) {
        DashboardDtos.CampaignDashboard board = organizer(campaignId);
        Campaign campaign = Campaign.findById(campaignId);
        List<String> headers = new ArrayList<>(List.of("STT", "Đơn vị", "Đăng ký", "Số mô hình, phần việc"));
        campaign.periods.forEach(p -> headers.add("Báo cáo " + p.name()));
        headers.add("Tỷ lệ hoàn thành chung (%)");
        headers.add("Còn phải làm");
        List<List<Object>> rows = new ArrayList<>();
        int n = 1;
        for (DashboardDtos.UnitProgress u : board.units()) {
            List<Object> row =
                    new ArrayList<>(List.of(n++, u.unitName(), registrationLabel(u.registration()), u.pledges()));
            campaign.periods.forEach(p -> row.add(u.reportedPeriods().contains(p.number()) ? "Đã báo cáo" : "Chưa"));
            row.add(u.overall() == null ? "" : u.overall());
            row.add(u.owed().stream()
                    .map(o -> o.label() + (o.overdue() ? " (quá hạn " + o.dueOn() + ")" : " (hạn " + o.dueOn() + ")"))
                    .collect(Collectors.joining("; ")));
            rows.add(row);
        }
        return Spreadsheets.table("Theo dõi", "Theo dõi đăng ký, báo cáo – " + campaign.title, headers, rows);
    }

    /** The campaigns launched to the user's unit, open ones first, with what the unit still owes. */
    public List<DashboardDtos.UnitCampaign> mine() {
        UUID unit = user.unitId().orElseThrow(() -> ProblemException.forbidden("Tài khoản không gắn với đơn vị nào"));
        LocalDate today = LocalDate.now(clock);
        List<Campaign> campaigns =
                Campaign.list("status <> ?1 and ?2 member of scopeUnits", CampaignEnums.Status.DRAFT, unit);
        return campaigns.stream()
                .sorted(Comparator.comparing((Campaign c) -> c.status)
                        .thenComparing(c -> c.registrationDeadline, Comparator.reverseOrder()))
                .map(c -> {
                    Registration r = Registration.find("campaignId = ?1 and unitId = ?2", c.id, unit)
                            .firstResult();
                    Set<Integer> periods =
                            ProgressReport.<ProgressReport>list("campaignId = ?1 and unitId = ?2", c.id, unit).stream()
                                    .map(p -> p.periodNumber)
                                    .collect(Collectors.toSet());
                    return new DashboardDtos.UnitCampaign(
                            c.id,
                            c.title,
                            c.kind,
                            c.status,
                            tree.name(c.organizingUnitId),
                            c.startsOn,
                            c.endsOn,
                            c.registrationDeadline,
                            r == null ? "NONE" : r.status.name(),
                            periods.stream().sorted().toList(),
                            Obligations.of(c, r, periods, today));
                })
                .toList();
    }

    private static List<DashboardDtos.TargetProgress> targets(Campaign campaign, List<ResultSheet.Standing> standings) {
        List<DashboardDtos.TargetProgress> out = new ArrayList<>();
        for (CampaignParts.Target t : campaign.targets) {
            BigDecimal goal = BigDecimal.ZERO;
            BigDecimal achieved = BigDecimal.ZERO;
            int reporting = 0;
            for (ResultSheet.Standing s : standings) {
                ResultSheet.TargetResult r = s.targets().stream()
                        .filter(x -> x.number() == t.number())
                        .findFirst()
                        .orElseThrow();
                if (s.registered() && r.goal() != null) {
                    goal = goal.add(r.goal());
                }
                if (r.achieved() != null) {
                    achieved = achieved.add(r.achieved());
                    reporting++;
                }
            }
            BigDecimal percent =
                    goal.signum() > 0 ? achieved.multiply(HUNDRED).divide(goal, 1, RoundingMode.HALF_UP) : null;
            out.add(new DashboardDtos.TargetProgress(
                    t.number(), t.name(), t.unitOfMeasure(), goal, achieved, percent, reporting));
        }
        return out;
    }

    private static Map<UUID, Set<Integer>> reportedPeriods(List<ProgressReport> reports) {
        return reports.stream()
                .collect(Collectors.groupingBy(
                        r -> r.unitId, Collectors.mapping(r -> r.periodNumber, Collectors.toSet())));
    }

    private static String registrationLabel(String status) {
        return switch (status) {
            case "SUBMITTED" -> "Đã gửi";
            case "DRAFT" -> "Đang soạn";
            default -> "Chưa đăng ký";
        };
    }
}
