package vn.thidua.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;

/** Checks that health, metrics, OpenAPI and Swagger UI answer only on the loopback management interface. */
public final class Diagnostics {

    private static final List<String> PATHS =
            List.of("/q/metrics", "/q/health", "/q/health/ready", "/q/health/well", "/q/openapi", "/q/swagger-ui/");

    private Diagnostics() {}

    /** {@code management}: the management interface's root, as {@code @TestHTTPResource(value = "/", management = true)} gives it */
    public static void verifyOnlyOnManagement(URI management) {
        assertEquals(
                "127.0.0.1", management.getHost(), "the management interface listens on the loopback interface only");
        for (String path : PATHS) {
            given().get(path).then().statusCode(404).body(not(containsString("# TYPE")));
        }
        given().get(management.resolve("/q/health/ready")).then().statusCode(200);
        given().get(management.resolve("/q/metrics")).then().statusCode(200).body(containsString("# TYPE jvm_"));
        given().get(management.resolve("/q/openapi?format=json"))
                .then()
                .statusCode(200)
                .body(containsString("\"openapi\""));
    }
}
