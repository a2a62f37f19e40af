package vn.thidua.campaign.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Campaign events on thidua.campaigns.v1 (key: the campaign id). */
public final class CampaignEvents {

    public static final String TOPIC = "thidua.campaigns.v1";
    public static final String LAUNCHED = "vn.thidua.campaign.launched.v1";
    public static final String REVISED = "vn.thidua.campaign.revised.v1";

    private CampaignEvents() {}

    public record CampaignLaunched(
            UUID campaignId,
            UUID organizingUnitId,
            String title,
            CampaignEnums.Kind kind,
            String documentNumber,
            LocalDate startsOn,
            LocalDate endsOn,
            LocalDate registrationDeadline,
            int revision,
            List<UUID> unitsInScope) {}
}
