package vn.thidua.campaign.honours;

import org.mapstruct.Mapper;

@Mapper
public interface HonourMapper {

    HonourView toView(CampaignHonour honour);
}
