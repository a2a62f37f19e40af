package vn.thidua.bloc;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.testing.OpenApiContract;

/** The published contract: every POST that creates answers 201 with Location (documented and real), every 4xx is a problem. */
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

    @Test
    void theLocationOfWhatWasCreatedIsRelativeAndLeadsToIt() {
        BlocWorld world = BlocWorld.create();
        UUID bloc = world.blocWithMembers(LocalDate.of(2025, 1, 1));
        Response meeting = given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "OTHER",
                        "title",
                        "Họp giao ban khối",
                        "heldOn",
                        "2025-03-03",
                        "chairName",
                        "Phạm Văn Sáu"))
                .post("/api/v1/blocs/{id}/meetings", bloc);
        String id = meeting.then().statusCode(201).extract().path("id");
        assertEquals("/api/v1/blocs/" + bloc + "/meetings/" + id, meeting.header("Location"));
        given().auth()
                .oauth2(world.officer())
                .get(meeting.header("Location"))
                .then()
                .statusCode(200);

        Response members = given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "unitIds",
                        java.util.List.of(world.createUnit("Sở Nội vụ " + world.suffix, "AGENCY", world.province)),
                        "joinedOn",
                        "2025-06-01",
                        "reason",
                        "Bổ sung"))
                .post("/api/v1/blocs/{id}/members", bloc);
        members.then().statusCode(201);
        assertEquals(
                "/api/v1/blocs/" + bloc + "/members", members.header("Location"), "a batch: the collection it joined");
    }

    @Test
    void aSignatureLeadsToThePublicListOfSignatures() {
        BlocWorld world = BlocWorld.create();
        UUID bloc = vn.thidua.bloc.covenant.CovenantResourceTest.openCovenant(world, 2026);
        String sha = given().auth()
                .oauth2(world.leaderOf(3))
                .get("/api/v1/blocs/{id}/covenants/2026", bloc)
                .then()
                .extract()
                .path("textSha256");
        Response signed = given().auth()
                .oauth2(world.leaderOf(3))
                .contentType(ContentType.JSON)
                .body(Map.of("textSha256", sha))
                .post("/api/v1/blocs/{id}/covenants/2026/signatures", bloc);
        signed.then().statusCode(201);
        assertEquals(
                "/api/v1/blocs/" + bloc + "/covenants/2026/signatures",
                signed.header("Location"),
                "relative, not this service's address");
    }
}
