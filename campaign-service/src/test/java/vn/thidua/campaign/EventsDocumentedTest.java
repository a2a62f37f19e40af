package vn.thidua.campaign;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.campaign.campaign.CampaignEvents;
import vn.thidua.campaign.registration.RegistrationService;
import vn.thidua.campaign.review.ReviewEvents;
import vn.thidua.platform.honours.AwardEvents;
import vn.thidua.replicas.bloc.BlocListener;

/** docs/asyncapi.yaml must list what campaign-service emits and reads. */
class EventsDocumentedTest {

    @Test
    void campaignEventsAndTheMembershipReadAreDocumented() throws IOException {
        String doc = Files.readString(Path.of("../docs/asyncapi.yaml"), StandardCharsets.UTF_8);
        assertTrue(doc.contains("address: " + CampaignEvents.TOPIC));
        assertTrue(doc.contains("name: " + CampaignEvents.LAUNCHED));
        assertTrue(doc.contains("name: " + CampaignEvents.REVISED));
        assertTrue(doc.contains("name: " + BlocListener.MEMBERSHIP_CHANGED));
        assertTrue(doc.contains("name: " + RegistrationService.SUBMITTED));
        for (var field : RegistrationService.RegistrationSubmitted.class.getRecordComponents()) {
            assertTrue(doc.contains(" " + field.getName() + ":"), field.getName());
        }
        for (var field : CampaignEvents.CampaignLaunched.class.getRecordComponents()) {
            assertTrue(doc.contains(" " + field.getName() + ":"), field.getName());
        }
        assertTrue(doc.contains("name: " + ReviewEvents.REVIEW_CLOSED));
        assertTrue(doc.contains("name: " + ReviewEvents.CAMPAIGN_CLOSED));
        assertTrue(doc.contains("name: " + AwardEvents.GRANTED));
        assertTrue(doc.contains("address: thidua.deliveries.v1"));
        for (Class<?> event : List.of(
                ReviewEvents.ReviewClosed.class,
                ReviewEvents.SelectedExemplar.class,
                ReviewEvents.PlannedAward.class,
                ReviewEvents.CampaignClosed.class,
                AwardEvents.HonourGranted.class,
                AwardEvents.HonourRevoked.class)) {
            for (var field : event.getRecordComponents()) {
                assertTrue(doc.contains(" " + field.getName() + ":"), event.getSimpleName() + "." + field.getName());
            }
        }
        for (var field : BlocListener.MembershipPeriod.class.getRecordComponents()) {
            assertTrue(doc.contains(" " + field.getName() + ":"), field.getName());
        }
    }
}
