package vn.thidua.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(value = EchoServices.class, restrictToAnnotatedClass = true)
class GatewayTest {

    /** the management interface (its root path, /q/) */
    @TestHTTPResource(value = "/", management = true)
    URI management;

    static String token() {
        return TestTokens.user("officer.demo").roles("officer").get();
    }

    @Test
    void routesToTheOwningServiceForwardingTokenAndRequestId() {
        String token = token();
        List<String> requestIds = given().auth()
                .oauth2(token)
                .header("X-Request-Id", "req-42")
                .queryParam("q", "tư pháp")
                .get("/api/v1/units")
                .then()
                .statusCode(200)
                .header("X-Request-Id", "req-42")
                .body("uri", equalTo("/api/v1/units?q=t%C6%B0%20ph%C3%A1p"))
                .body("headers.authorization", equalTo("Bearer " + token))
                .body("headers.x-request-id", equalTo("req-42"))
                .body("headers", hasKey("x-forwarded-for"))
                .extract()
                .headers()
                .getValues("X-Request-Id");
        assertEquals(List.of("req-42"), requestIds);

        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body("{\"name\":\"Sở Y tế\"}")
                .post("/api/v1/units")
                .then()
                .statusCode(200)
                .body("method", equalTo("POST"))
                .body("body", equalTo("{\"name\":\"Sở Y tế\"}"))
                .header("X-Request-Id", notNullValue());
    }

    @Test
    void theTokenIsCheckedAtTheGateway() {
        given().get("/api/v1/units")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        given().auth()
                .oauth2(TestTokens.user("x").roles("officer").forged().get())
                .get("/api/v1/units")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.user("x").roles("officer").expired().get())
                .get("/api/v1/units")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void aServiceThatIsDownOrSlowGetsAProblemAnswer() {
        given().auth()
                .oauth2(token())
                .get("/api/v1/nominations")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("detail", containsString("award-service"))
                .body("requestId", notNullValue());
        given().auth()
                .oauth2(token())
                .get("/api/v1/campaigns/slow")
                .then()
                .statusCode(504)
                .contentType("application/problem+json")
                .body("title", equalTo("Dịch vụ phía sau không phản hồi kịp"));
    }

    @Test
    void unknownApiPathsAre404Problems() {
        given().auth()
                .oauth2(token())
                .get("/api/v1/no-such-thing")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void tasksAreMergedFromEveryServiceSigningAndVotingFirstThenByDeadline() {
        given().auth()
                .oauth2(token())
                .get("/api/v1/tasks")
                .then()
                .statusCode(200)
                .header("X-Thidua-Unavailable", "award-service")
                .body("total", equalTo(3))
                .body("items.id", equalTo(List.of("b1", "b2", "c1")))
                .body("items[0].title", equalTo("Bỏ phiếu bầu Trưởng khối"));
        given().get("/api/v1/tasks").then().statusCode(401).contentType("application/problem+json");
        given().auth()
                .oauth2(token())
                .queryParam("size", 0)
                .get("/api/v1/tasks")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void theMergedOpenApiHoldsOnlyRoutedPaths() {
        given().get("/api/v1/openapi.json")
                .then()
                .statusCode(200)
                .body("paths", hasKey("/api/v1/units"))
                .body("paths", hasKey("/api/v1/tasks"))
                .body("paths", not(hasKey("/api/v1/tasks/mine")))
                .body("components.schemas", hasKey("UnitView"))
                .body("components.schemas", not(hasKey("PagePendingTask")))
                .body("info.description", containsString("campaign-service"));
        given().get("/api/v1/swagger-ui/").then().statusCode(404);
        given().get(management.resolve("/api/v1/swagger-ui/")).then().statusCode(200);
        given().get(management.resolve("/api/v1/openapi.json"))
                .then()
                .statusCode(200)
                .body("paths", hasKey("/api/v1/units"));
    }

    @Test
    void servesTheSpaWithHistoryFallbackAndItsConfig() {
        given().get("/")
                .then()
                .statusCode(200)
                .body(containsString("Thi đua – Khen thưởng"))
                .header("Cache-Control", "no-cache");
        given().get("/units/123")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("Thi đua – Khen thưởng"));
        given().get("/assets/app-1234.js").then().statusCode(200).header("Cache-Control", containsString("max-age"));
        given().get("/sw.js").then().statusCode(200).header("Cache-Control", "no-cache");
        given().get("/assets/missing.js").then().statusCode(404).contentType("application/problem+json");
        given().get("/config.json")
                .then()
                .statusCode(200)
                .body("oidcClientId", equalTo("thidua-spa"))
                .body("oidcAuthority", equalTo("http://localhost:8180/realms/thidua"));
    }

    @Test
    void diagnosticsAnswerOnlyOnTheManagementInterface() {
        for (String path : List.of("/q/metrics", "/q/health", "/q/health/ready", "/q/openapi", "/q/swagger-ui/")) {
            given().get(path)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body(not(containsString("# TYPE")));
        }
        given().get(management.resolve("/q/health/ready")).then().statusCode(200);
        assertEquals("127.0.0.1", management.getHost());
    }

    @Test
    void metricsNameTheRouteNotTheRecord() {
        String bloc = "3f2c8a9e-1b7d-4c2a-9e55-0a1b2c3d4e5f";
        given().auth()
                .oauth2(token())
                .get("/api/v1/blocs/" + bloc + "/covenants/2025")
                .then()
                .statusCode(200);
        given().get(management.resolve("/q/metrics"))
                .then()
                .statusCode(200)
                .body(containsString("uri=\"/api/v1/blocs/{id}/covenants/{n}\""))
                .body(not(containsString(bloc)));
    }
}
