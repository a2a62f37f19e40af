package vn.thidua.campaign;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.testing.Diagnostics;
import vn.thidua.platform.testing.PublicFields;

/** campaign-service publishes nothing to readers who have not signed in. */
@QuarkusTest
class PublicResponsesTest {

    /** the management interface (its root path, /q/): health, metrics and OpenAPI are only there */
    @TestHTTPResource(value = "/", management = true)
    URI management;

    @Test
    void nothingIsPublic() {
        PublicFields.verify(
                given().get(management.resolve("/q/openapi?format=json"))
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString(),
                Map.of());
        given().get("/api/v1/campaigns").then().statusCode(401);
        given().get("/api/v1/parked-events/campaign").then().statusCode(401);
    }

    @Test
    void diagnosticsAnswerOnlyOnTheManagementInterface() {
        Diagnostics.verifyOnlyOnManagement(management);
    }
}
