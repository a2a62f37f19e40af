package vn.thidua.campaign.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.thidua.campaign.campaign.Campaign;
import vn.thidua.campaign.registration.Registration;
import vn.thidua.campaign.report.ProgressReport;
import vn.thidua.replicas.unit.ReplicaTree;

/** Gathers what every unit in scope registered and reported, and computes the {@link ResultSheet}. */
@ApplicationScoped
public class CampaignResults {

    @Inject
    ReplicaTree tree;

    public List<ResultSheet.Target> targets(Campaign campaign) {
        return campaign.targets.stream()
                .map(t -> new ResultSheet.Target(t.number(), t.name(), t.unitOfMeasure(), t.targetValue()))
                .toList();
    }

    /** The submitted registration of each unit that has one. */
    public Map<UUID, Registration> registrations(Campaign campaign) {
        return Registration.<Registration>list("campaignId", campaign.id).stream()
                .collect(Collectors.toMap(r -> r.unitId, Function.identity()));
    }

    public List<ProgressReport> reports(Campaign campaign) {
        return ProgressReport.list("campaignId", campaign.id);
    }

    public List<ResultSheet.Standing> standings(Campaign campaign) {
        return standings(campaign, registrations(campaign), reports(campaign));
    }

    public List<ResultSheet.Standing> standings(
            Campaign campaign, Map<UUID, Registration> registrations, List<ProgressReport> reports) {
        Map<UUID, List<ProgressReport>> reportsByUnit = reports.stream().collect(Collectors.groupingBy(r -> r.unitId));
        List<ResultSheet.UnitFacts> facts = new ArrayList<>();
        for (UUID unit : campaign.scopeUnits) {
            Registration registration = registrations.get(unit);
            boolean submitted = registration != null && registration.status == Registration.Status.SUBMITTED;
            Map<Integer, BigDecimal> goals = new HashMap<>();
            if (submitted) {
                registration.targets.forEach(t -> goals.put(t.targetNumber(), t.value()));
            }
            facts.add(new ResultSheet.UnitFacts(
                    unit,
                    tree.name(unit),
                    submitted,
                    goals,
                    latestValues(reportsByUnit.getOrDefault(unit, List.of()))));
        }
        return ResultSheet.compute(targets(campaign), facts);
    }

    /** Values are cumulative: for each target, the one in the latest period that reports it. */
    private static Map<Integer, BigDecimal> latestValues(List<ProgressReport> reports) {
        Map<Integer, BigDecimal> values = new HashMap<>();
        reports.stream()
                .sorted(Comparator.comparingInt(r -> r.periodNumber))
                .forEach(r -> r.values.forEach(v -> values.put(v.targetNumber(), v.value())));
        return values;
    }
}
