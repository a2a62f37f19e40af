package vn.thidua.bloc;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.testing.PublicFields;

/** What bloc-service shows anyone without signing in: a covenant's signatures with the text each signed, to check them. */
@QuarkusTest
class PublicResponsesTest {

    @Test
    void everyPublicFieldIsOneTheLawAsksToPublish() {
        PublicFields.verify(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString(), Map.of(
                "GET /api/v1/blocs/{blocId}/covenants/{year}/signatures", Set.of("blocName", "year", "title", "status", "revision",
                        "signedOn", "text", "textSha256", "memberCount", "signatures", "signatures[].unitName", "signatures[].signerName",
                        "signatures[].signerPosition", "signatures[].signedAt", "signatures[].revision", "signatures[].textSha256")));
        given().get("/api/v1/blocs").then().statusCode(401);
        given().get("/api/v1/parked-events/bloc").then().statusCode(401);
    }
}
