package vn.thidua.campaign.honours;

import io.smallrye.faulttolerance.api.ApplyGuard;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.thidua.campaign.campaign.Campaign;
import vn.thidua.platform.honours.ReceivedHonoursListener;
import vn.thidua.platform.parking.ConsumerGuards;

/** Keeps the honours granted on a campaign review's proposals, to show them on the campaign's page. */
@ApplicationScoped
public class HonoursListener extends ReceivedHonoursListener<CampaignHonour> {

    HonoursListener() {
        super(
                "campaign-honours",
                "CAMPAIGN",
                CampaignHonour.class,
                campaignId -> Campaign.findById(campaignId) != null,
                CampaignHonour::of);
    }

    @Incoming(CHANNEL)
    @Blocking(ordered = true)
    @ApplyGuard(ConsumerGuards.EVENTS)
    public void onAwardEvent(String payload) {
        receive(payload);
    }
}
