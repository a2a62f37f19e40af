package vn.thidua.campaign.campaign;

import java.util.ArrayList;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
public interface CampaignMapper {

    @Mapping(
            target = "launchDocument",
            expression =
                    "java(new CampaignDtos.LaunchDocument(campaign.docNumber, campaign.docType, campaign.docDate, campaign.docIssuer, campaign.docSigningFor, campaign.docSignerPosition, campaign.docSignerName))")
    @Mapping(
            target = "scope",
            expression = "java(new CampaignDtos.Scope(campaign.scopeKind, List.copyOf(campaign.scopeChoice)))")
    @Mapping(
            target = "pledgeRules",
            expression = "java(campaign.pledgeRules.stream().map(CampaignParts.PledgeRule::text).toList())")
    @Mapping(target = "unitsInScope", expression = "java(campaign.isLaunched() ? campaign.scopeUnits.size() : 0)")
    CampaignDtos.CampaignView toView(Campaign campaign, String organizingUnitName, boolean manageable);

    CampaignDtos.ContentView toView(CampaignParts.KeyContent content);

    CampaignDtos.TargetView toView(CampaignParts.Target target);

    CampaignDtos.PlannedAwardView toView(CampaignParts.PlannedAward award);

    CampaignDtos.PeriodView toView(CampaignParts.ReportingPeriod period);

    default List<CampaignParts.ReportingPeriod> periods(List<CampaignDtos.PeriodInput> inputs) {
        List<CampaignParts.ReportingPeriod> out = new ArrayList<>();
        List<CampaignDtos.PeriodInput> in = inputs == null ? List.of() : inputs;
        for (int i = 0; i < in.size(); i++) {
            CampaignDtos.PeriodInput p = in.get(i);
            out.add(new CampaignParts.ReportingPeriod(i + 1, p.name().strip(), p.startsOn(), p.endsOn(), p.closesOn()));
        }
        return out;
    }

    @Mapping(target = "revision", source = "key.revision")
    CampaignDtos.RevisionView toView(CampaignRevision revision);

    /** Numbers each list in the order it was sent. */
    default List<CampaignParts.KeyContent> contents(List<String> texts) {
        List<CampaignParts.KeyContent> out = new ArrayList<>();
        List<String> in = texts == null ? List.of() : texts;
        for (int i = 0; i < in.size(); i++) {
            out.add(new CampaignParts.KeyContent(i + 1, in.get(i).strip()));
        }
        return out;
    }

    default List<CampaignParts.Target> targets(List<CampaignDtos.TargetInput> inputs) {
        List<CampaignParts.Target> out = new ArrayList<>();
        List<CampaignDtos.TargetInput> in = inputs == null ? List.of() : inputs;
        for (int i = 0; i < in.size(); i++) {
            CampaignDtos.TargetInput t = in.get(i);
            out.add(new CampaignParts.Target(
                    i + 1, t.name().strip(), t.unitOfMeasure().strip(), t.targetValue(), t.perUnit()));
        }
        return out;
    }

    default List<CampaignParts.PledgeRule> pledgeRules(List<String> texts) {
        List<CampaignParts.PledgeRule> out = new ArrayList<>();
        List<String> in = texts == null ? List.of() : texts;
        for (int i = 0; i < in.size(); i++) {
            out.add(new CampaignParts.PledgeRule(i + 1, in.get(i).strip()));
        }
        return out;
    }

    default List<CampaignParts.PlannedAward> plannedAwards(List<CampaignDtos.PlannedAwardInput> inputs) {
        List<CampaignParts.PlannedAward> out = new ArrayList<>();
        List<CampaignDtos.PlannedAwardInput> in = inputs == null ? List.of() : inputs;
        for (int i = 0; i < in.size(); i++) {
            out.add(new CampaignParts.PlannedAward(
                    i + 1, in.get(i).awardType().strip(), in.get(i).quantity()));
        }
        return out;
    }
}
