package vn.thidua.bloc.honours;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.thidua.bloc.AwardTopic;
import vn.thidua.bloc.BlocWorld;
import vn.thidua.platform.honours.AwardEvents;
import vn.thidua.platform.testing.TestClock;

@QuarkusTest
class HonoursListenerTest {

    static String granted(UUID honour, String originKind, UUID origin, String recipient, UUID unit) {
        return """
                {"honourId":"%s","decisionId":"%s","decisionNumber":"123/QĐ-UBND","decidedOn":"%s",
                 "awardTypeName":"Cờ thi đua của Ủy ban nhân dân tỉnh","recipientKind":"COLLECTIVE","recipientUnitId":"%s",
                 "recipientName":"%s","year":2026,"origin":{"kind":"%s","id":"%s"}}""".formatted(honour, UUID.randomUUID(), TestClock.today(), unit, recipient, originKind, origin);
    }

    @Test
    void anHonourGrantedOnTheBlocsProposalShowsOnTheBlocOnceAndCanBeRevoked() throws Exception {
        BlocWorld world = BlocWorld.create();
        UUID bloc = world.blocWithMembers(LocalDate.of(2025, 1, 1));
        UUID flag = UUID.randomUUID();
        String grantedEvent = AwardTopic.event(
                UUID.randomUUID().toString(),
                AwardEvents.GRANTED,
                flag,
                granted(flag, "BLOC", bloc, "Thanh tra tỉnh " + world.suffix, world.units.get(0)));
        AwardTopic.send(flag, grantedEvent);
        AwardTopic.send(flag, grantedEvent);
        UUID elsewhere = UUID.randomUUID();
        AwardTopic.send(
                elsewhere,
                AwardTopic.event(
                        AwardEvents.GRANTED,
                        elsewhere,
                        granted(elsewhere, "CAMPAIGN", UUID.randomUUID(), "Công an tỉnh", world.units.get(8))));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().auth()
                        .oauth2(world.leaderOf(4))
                        .get("/api/v1/blocs/{id}/honours", bloc)
                        .then()
                        .statusCode(200)
                        .body("", hasSize(1))
                        .body("[0].awardTypeName", equalTo("Cờ thi đua của Ủy ban nhân dân tỉnh"))
                        .body("[0].decisionNumber", equalTo("123/QĐ-UBND"))
                        .body("[0].revoked", is(false)));

        AwardTopic.send(flag, AwardTopic.event(AwardEvents.REVOKED, flag, """
                {"honourId":"%s","revokingDecisionNumber":"45/QĐ-UBND","reason":"Phát hiện vi phạm"}""".formatted(flag)));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().auth()
                        .oauth2(world.officer())
                        .get("/api/v1/blocs/{id}/honours", bloc)
                        .then()
                        .body("[0].revoked", is(true))
                        .body("[0].revokedReason", equalTo("Phát hiện vi phạm (45/QĐ-UBND)")));
        given().auth()
                .oauth2(BlocWorld.outsideOfficer())
                .get("/api/v1/blocs/{id}/honours", bloc)
                .then()
                .statusCode(404);
    }
}
