package vn.thidua.award;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.testing.OpenApiContract;

/** The published contract: every POST that creates documents 201 with Location, every 4xx its problem+json body. */
@QuarkusTest
class ApiContractTest {

    @Test
    void createsAnswer201WithLocationAndErrorsAreProblems() {
        OpenApiContract.verify(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
    }
}
