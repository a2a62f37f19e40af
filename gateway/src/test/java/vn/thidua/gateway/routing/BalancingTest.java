package vn.thidua.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.testing.TestTokens;

/** The gateway spreads requests over a service's instances and carries on when one of them is gone. */
@QuarkusTest
@QuarkusTestResource(value = TwoInstances.class, restrictToAnnotatedClass = true)
class BalancingTest {

    private static final String TOKEN =
            TestTokens.user("officer.demo").roles("officer").get();

    @Test
    void requestsAreSpreadOverTheReadyInstances() {
        Set<String> answered = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            answered.add(given().auth()
                    .oauth2(TOKEN)
                    .get("/api/v1/units")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("instance"));
        }
        assertEquals(Set.of("a", "b"), answered);
    }

    @Test
    void aRequestThatFindsNoListenerGoesToTheNextInstanceWhateverItsMethod() throws InterruptedException {
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String body = "{\"name\":\"Phong trào " + i + "\"}";
            sent.add(body);
            given().auth()
                    .oauth2(TOKEN)
                    .contentType("application/json")
                    .body(body)
                    .post("/api/v1/campaigns")
                    .then()
                    .statusCode(200);
            // the dead instance passes its readiness check (it is a's), so it is tried again after each check
            Thread.sleep(150);
        }
        assertTrue(TwoInstances.RECEIVED.get("a").containsAll(sent));
        assertEquals(
                sent.size(),
                TwoInstances.RECEIVED.get("a").stream().filter(sent::contains).count(),
                "each POST reached a exactly once");
    }

    @Test
    void aReadWhoseConnectionBrokeIsRepeatedElsewhereButAWriteIsNot() {
        int droppedBefore = TwoInstances.DROPPED.get();
        for (int i = 0; i < 6; i++) {
            given().auth().oauth2(TOKEN).get("/api/v1/nominations").then().statusCode(200);
        }
        assertTrue(TwoInstances.DROPPED.get() > droppedBefore, "some reads went to the dropping instance first");

        int dropped = TwoInstances.DROPPED.get();
        int refused = 0;
        for (int i = 0; i < 6; i++) {
            String body = "{\"note\":\"Đề nghị " + i + "\"}";
            Response answer = given().auth()
                    .oauth2(TOKEN)
                    .contentType("application/json")
                    .body(body)
                    .post("/api/v1/nominations");
            if (answer.statusCode() == 502) {
                refused++;
                assertTrue(
                        !TwoInstances.RECEIVED.get("b").contains(body),
                        "a write that may have been applied is not sent again");
            } else {
                assertEquals(200, answer.statusCode());
                assertEquals("b", answer.path("instance"));
            }
        }
        assertTrue(refused > 0, "some writes went to the dropping instance");
        assertEquals(
                TwoInstances.DROPPED.get() - dropped,
                refused,
                "every write the dropping instance took was answered 502");
    }
}
