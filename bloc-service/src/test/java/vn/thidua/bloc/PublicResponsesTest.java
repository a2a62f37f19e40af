package vn.thidua.bloc;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.testing.Diagnostics;
import vn.thidua.platform.testing.PublicFields;

/** What bloc-service shows anyone without signing in: a covenant's signatures with the text each signed, to check them. */
@QuarkusTest
class PublicResponsesTest {

    /** the management interface (its root path, /q/): health, metrics and OpenAPI are only there */
    @TestHTTPResource(value = "/", management = true)
    URI management;

    @Test
    void everyPublicFieldIsOneTheLawAsksToPublish() {
        PublicFields.verify(
                given().get(management.resolve("/q/openapi?format=json"))
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString(),
                Map.of(
                        "GET /api/v1/blocs/{blocId}/covenants/{year}/signatures",
                        Set.of(
                                "blocName",
                                "year",
                                "title",
                                "status",
                                "revision",
                                "signedOn",
                                "text",
                                "textSha256",
                                "memberCount",
                                "signatures",
                                "signatures[].unitName",
                                "signatures[].signerName",
                                "signatures[].signerPosition",
                                "signatures[].signedAt",
                                "signatures[].revision",
                                "signatures[].textSha256")));
        given().get("/api/v1/blocs").then().statusCode(401);
        given().get("/api/v1/parked-events/bloc").then().statusCode(401);
    }

    @Test
    void diagnosticsAnswerOnlyOnTheManagementInterface() {
        Diagnostics.verifyOnlyOnManagement(management);
    }
}
