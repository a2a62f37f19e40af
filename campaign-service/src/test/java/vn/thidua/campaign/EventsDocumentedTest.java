package vn.thidua.campaign;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.thidua.campaign.bloc.MembershipListener;
import vn.thidua.campaign.campaign.CampaignEvents;
import vn.thidua.campaign.registration.RegistrationService;

/** docs/asyncapi.yaml must list what campaign-service emits and reads. */
class EventsDocumentedTest {

    @Test
    void campaignEventsAndTheMembershipReadAreDocumented() throws IOException {
        String doc = Files.readString(Path.of("../docs/asyncapi.yaml"), StandardCharsets.UTF_8);
        assertTrue(doc.contains("address: " + CampaignEvents.TOPIC));
        assertTrue(doc.contains("name: " + CampaignEvents.LAUNCHED));
        assertTrue(doc.contains("name: " + CampaignEvents.REVISED));
        assertTrue(doc.contains("name: " + MembershipListener.MEMBERSHIP_CHANGED));
        assertTrue(doc.contains("name: " + RegistrationService.SUBMITTED));
        for (var field : RegistrationService.RegistrationSubmitted.class.getRecordComponents()) {
            assertTrue(doc.contains(" " + field.getName() + ":"), field.getName());
        }
        for (var field : CampaignEvents.CampaignLaunched.class.getRecordComponents()) {
            assertTrue(doc.contains(" " + field.getName() + ":"), field.getName());
        }
        for (var field : MembershipListener.MembershipPeriod.class.getRecordComponents()) {
            assertTrue(doc.contains(" " + field.getName() + ":"), field.getName());
        }
    }
}
