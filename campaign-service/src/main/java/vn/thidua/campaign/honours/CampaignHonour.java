package vn.thidua.campaign.honours;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.thidua.platform.honours.AwardEvents;
import vn.thidua.platform.honours.ReceivedHonour;

/** An honour granted on a campaign review's proposal, as award-service reported it (read-only here). */
@Entity
@Table(name = "campaign_honour")
public class CampaignHonour extends ReceivedHonour {

    @Column(name = "campaign_id", nullable = false)
    public UUID campaignId;

    @Column(name = "recipient_kind", nullable = false)
    public String recipientKind;

    static CampaignHonour of(AwardEvents.HonourGranted granted, OffsetDateTime at) {
        CampaignHonour honour = new CampaignHonour();
        honour.receive(granted, at);
        honour.campaignId = granted.origin().id();
        honour.recipientKind = granted.recipientKind();
        return honour;
    }
}
