package vn.thidua.campaign.honours;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.thidua.campaign.campaign.CampaignResourceTest;
import vn.thidua.campaign.review.ReviewResourceTest;
import vn.thidua.platform.honours.AwardEvents;
import vn.thidua.platform.testing.EventWriter;
import vn.thidua.platform.testing.TestClock;

@QuarkusTest
class HonoursListenerTest {

    static final String TOPIC = AwardEvents.TOPIC;
    static final String SOURCE = "/thidua/award-service";

    static String granted(UUID honour, String originKind, UUID origin, String recipient, UUID unit) {
        return """
                {"honourId":"%s","decisionId":"%s","decisionNumber":"215/QĐ-CAT","decidedOn":"%s",
                 "awardTypeName":"Giấy khen của Giám đốc Công an tỉnh","recipientKind":"COLLECTIVE","recipientUnitId":"%s",
                 "recipientName":"%s","year":2023,"origin":{"kind":"%s","id":"%s"}}""".formatted(honour, UUID.randomUUID(), TestClock.today(), unit, recipient, originKind, origin);
    }

    @Test
    void anHonourGrantedOnTheCampaignsProposalShowsOnTheCampaignOnceAndCanBeRevoked() throws Exception {
        CampaignResourceTest.Police p = CampaignResourceTest.police();
        String campaign = ReviewResourceTest.launched(p);
        UUID honour = UUID.randomUUID();
        String event = EventWriter.envelope(
                UUID.randomUUID().toString(),
                SOURCE,
                AwardEvents.GRANTED,
                honour,
                granted(
                        honour,
                        "CAMPAIGN",
                        UUID.fromString(campaign),
                        "Phòng Cảnh sát hình sự",
                        p.divisions().get(1)));
        EventWriter.send(TOPIC, honour, event);
        EventWriter.send(TOPIC, honour, event);
        UUID blocs = UUID.randomUUID();
        EventWriter.send(
                TOPIC,
                blocs,
                SOURCE,
                AwardEvents.GRANTED,
                granted(
                        blocs,
                        "BLOC",
                        UUID.fromString(campaign),
                        "Thanh tra tỉnh",
                        p.divisions().get(0)));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().auth()
                        .oauth2(p.unitOfficer(2))
                        .get("/api/v1/campaigns/{id}/honours", campaign)
                        .then()
                        .statusCode(200)
                        .body("", hasSize(1))
                        .body("[0].recipientName", equalTo("Phòng Cảnh sát hình sự"))
                        .body("[0].decisionNumber", equalTo("215/QĐ-CAT"))
                        .body("[0].revoked", is(false)));

        EventWriter.send(TOPIC, honour, SOURCE, AwardEvents.REVOKED, """
                {"honourId":"%s","revokingDecisionNumber":"30/QĐ-CAT","reason":"Thành tích không đúng thực tế"}""".formatted(honour));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().auth()
                        .oauth2(p.officer())
                        .get("/api/v1/campaigns/{id}/honours", campaign)
                        .then()
                        .body("[0].revoked", is(true))
                        .body("[0].revokedReason", equalTo("Thành tích không đúng thực tế (30/QĐ-CAT)")));
    }
}
