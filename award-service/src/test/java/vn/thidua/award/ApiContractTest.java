package vn.thidua.award;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.testing.OpenApiContract;

/** The published contract: every POST that creates documents 201 with Location, every 4xx its problem+json body. */
@QuarkusTest
class ApiContractTest {

    /** the management interface (its root path, /q/): health, metrics and OpenAPI are only there */
    @TestHTTPResource(value = "/", management = true)
    URI management;

    @Test
    void createsAnswer201WithLocationAndErrorsAreProblems() {
        OpenApiContract.verify(given().get(management.resolve("/q/openapi?format=json"))
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }
}
