package vn.thidua.bloc.term;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.thidua.bloc.AwardTopic;
import vn.thidua.bloc.BlocWorld;
import vn.thidua.platform.testing.TopicRecords;

/** The voting engine's bloc election results arrive on thidua.awards.v1, written here as award-service will. */
@QuarkusTest
class ElectionResultListenerTest {

    static String decided(String eventId, UUID session, UUID bloc, UUID head, UUID deputy) {
        return AwardTopic.event(eventId, ElectionResultListener.ELECTION_DECIDED, session, """
                {"sessionId":"%s","blocId":"%s","year":2027,"headUnitId":"%s","deputyUnitId":"%s",
                 "decidedOn":"%s","voters":12,"headVotes":9,"deputyVotes":8}""".formatted(session, bloc, head, deputy, LocalDate.now()));
    }

    static void send(UUID key, String payload) throws Exception {
        AwardTopic.send(key, payload);
    }

    @Test
    void aClosedElectionSetsNextYearsTermOnceEvenIfDeliveredTwice() throws Exception {
        BlocWorld world = BlocWorld.create();
        UUID bloc = world.blocWithMembers(LocalDate.of(2025, 1, 1));
        UUID session = UUID.randomUUID();
        String event = decided(UUID.randomUUID().toString(), session, bloc, world.units.get(8), world.units.get(3));

        send(session, event);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(world.officer())
                .get("/api/v1/blocs/{id}/terms/2027", bloc).then().statusCode(200)
                .body("head.id", equalTo(world.units.get(8).toString()))
                .body("votingSessionId", equalTo(session.toString()))
                .body("method", equalTo("ELECTED"))
                .body("headVotes", equalTo(9))
                .body("setBy", equalTo("voting-engine")));

        send(session, event);
        UUID marker = UUID.randomUUID();
        send(marker, decided(UUID.randomUUID().toString(), marker, UUID.randomUUID(), world.units.get(0), world.units.get(1)));
        TopicRecords.read("bloc-service.election-results.dlq", read -> read.stream().anyMatch(r -> r.value().contains(marker.toString())),
                Duration.ofSeconds(30));
        given().auth().oauth2(world.officer()).get("/api/v1/blocs/{id}/terms/2027", bloc)
                .then().body("version", equalTo(0));
    }

    @Test
    void aResultThatBreaksATermRuleIsParkedNotApplied() throws Exception {
        BlocWorld world = BlocWorld.create();
        UUID bloc = world.blocWithMembers(LocalDate.of(2025, 1, 1));
        UUID outsider = world.createUnit("Sở Nội vụ " + world.suffix, "AGENCY", world.province);
        UUID session = UUID.randomUUID();

        send(session, decided(UUID.randomUUID().toString(), session, bloc, outsider, world.units.get(3)));

        var parked = TopicRecords.read("bloc-service.election-results.dlq",
                read -> read.stream().anyMatch(r -> r.value().contains(session.toString())), Duration.ofSeconds(30))
                .stream().filter(r -> r.value().contains(session.toString())).findFirst().orElseThrow();
        String reason = new String(parked.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
        assertTrue(reason.contains("không phải thành viên"), reason);
        given().auth().oauth2(world.officer()).get("/api/v1/blocs/{id}/terms", bloc).then().body("size()", equalTo(0));
        assertEquals(session.toString(), parked.key());
    }
}
