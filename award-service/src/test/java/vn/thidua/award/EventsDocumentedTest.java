package vn.thidua.award;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.award.decision.DecisionEvents;
import vn.thidua.award.disclosure.DisclosureEvents;
import vn.thidua.award.nomination.BlocProposalListener;
import vn.thidua.award.nomination.CampaignProposalListener;
import vn.thidua.award.nomination.NominationEvents;
import vn.thidua.award.voting.VotingEvents;
import vn.thidua.platform.honours.AwardEvents;
import vn.thidua.platform.parking.ParkedNotice;

/** docs/asyncapi.yaml must list what award-service emits and reads, field by field. */
class EventsDocumentedTest {

    @Test
    void awardEventsAndTheProposalsReadAreDocumented() throws IOException {
        String doc = Files.readString(Path.of("../docs/asyncapi.yaml"), StandardCharsets.UTF_8);
        for (String type : List.of(
                NominationEvents.SUBMITTED,
                NominationEvents.RECOMMENDED,
                NominationEvents.REJECTED,
                DisclosureEvents.OPENED,
                DisclosureEvents.OBJECTION_FILED,
                DisclosureEvents.OBJECTION_RESOLVED,
                DecisionEvents.ISSUED,
                AwardEvents.GRANTED,
                AwardEvents.REVOKED,
                VotingEvents.SESSION_CLOSED,
                VotingEvents.BLOC_ELECTION_DECIDED,
                BlocProposalListener.RANKING_CONFIRMED,
                CampaignProposalListener.REVIEW_CLOSED)) {
            assertTrue(doc.contains("name: " + type), type);
        }
        assertTrue(doc.contains("address: " + ParkedNotice.TOPIC), ParkedNotice.TOPIC);
        assertTrue(doc.contains("name: " + ParkedNotice.PARKED) && doc.contains("name: " + ParkedNotice.RESOLVED));
        for (Class<?> event : List.of(
                NominationEvents.NominationChanged.class,
                DisclosureEvents.DisclosureOpened.class,
                DisclosureEvents.ObjectionFiled.class,
                DisclosureEvents.ObjectionResolved.class,
                DecisionEvents.DecisionIssued.class,
                AwardEvents.HonourGranted.class,
                AwardEvents.HonourRevoked.class,
                BlocProposalListener.RankingConfirmed.class,
                BlocProposalListener.RankedUnit.class,
                CampaignProposalListener.ReviewClosed.class,
                CampaignProposalListener.Exemplar.class,
                VotingEvents.SessionClosed.class,
                VotingEvents.QuestionClosed.class,
                VotingEvents.Chosen.class,
                VotingEvents.BlocElectionDecided.class,
                ParkedNotice.class)) {
            for (var field : event.getRecordComponents()) {
                assertTrue(doc.contains(" " + field.getName() + ":"), event.getSimpleName() + "." + field.getName());
            }
        }
    }
}
