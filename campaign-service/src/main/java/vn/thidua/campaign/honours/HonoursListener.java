package vn.thidua.campaign.honours;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.thidua.campaign.campaign.Campaign;
import vn.thidua.platform.events.MalformedEventException;
import vn.thidua.platform.honours.AwardEvents;
import vn.thidua.platform.events.ReceivedEvent;
import vn.thidua.platform.inbox.Inbox;

/** Keeps the honours granted on a campaign review's proposals, to show them on the campaign's page. */
@ApplicationScoped
public class HonoursListener {

    static final String CONSUMER = "campaign-honours";
    static final String FROM_CAMPAIGN = "CAMPAIGN";

    @Inject
    Inbox inbox;

    @Incoming("honours")
    @Blocking(ordered = true)
    @Retry(maxRetries = 20, delay = 500, maxDuration = 10, durationUnit = ChronoUnit.MINUTES, jitter = 200,
            abortOn = MalformedEventException.class)
    @ExponentialBackoff(maxDelay = 60_000)
    public void onAwardEvent(String payload) {
        inbox.handle(CONSUMER, payload, this::apply);
    }

    void apply(ReceivedEvent event) {
        if (AwardEvents.GRANTED.equals(event.type())) {
            AwardEvents.HonourGranted granted = event.dataAs(AwardEvents.HonourGranted.class);
            // only what a campaign of ours proposed is shown here
            if (granted.cameFrom(FROM_CAMPAIGN) && Campaign.findById(granted.origin().id()) != null
                    && CampaignHonour.findById(granted.honourId()) == null) {
                CampaignHonour.of(granted).persist();
            }
        } else if (AwardEvents.REVOKED.equals(event.type())) {
            AwardEvents.HonourRevoked revoked = event.dataAs(AwardEvents.HonourRevoked.class);
            CampaignHonour honour = CampaignHonour.findById(revoked.honourId());
            if (honour != null) {
                honour.revoke(revoked);
            }
        }
    }
}
