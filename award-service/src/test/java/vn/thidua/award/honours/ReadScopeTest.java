package vn.thidua.award.honours;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.thidua.award.Kontum;
import vn.thidua.platform.testing.TestClock;

/**
 * A unit's records beyond the public registry (its people, cash, assessments) are read by its own users, the units
 * above it and the province's secretariat; a sister unit sees only what the registry publishes.
 */
@QuarkusTest
class ReadScopeTest {

    static final int YEAR = TestClock.today().getYear() - 1;

    @Test
    void anHonourIsReadInFullWithinReachAndPubliclyElsewhere() throws Exception {
        Kontum k = Kontum.create();
        UUID criminalPolice = k.divisions().get(0);
        String person = k.person(
                k.unitOfficer(0), criminalPolice, "Trần Văn Lực", "MALE", Map.of(YEAR, "EXCELLENT"), List.of());
        k.recorded(criminalPolice, person, "GRASSROOTS_EMULATION_FIGHTER", YEAR);

        String id = given().auth()
                .oauth2(k.unitOfficer(0))
                .queryParam("unitId", criminalPolice)
                .get("/api/v1/honours")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].personId", equalTo(person))
                .extract()
                .path("items[0].id");
        given().auth()
                .oauth2(k.policeOfficer())
                .queryParam("unitId", criminalPolice)
                .get("/api/v1/honours")
                .then()
                .statusCode(200)
                .body("items", hasSize(1));
        given().auth()
                .oauth2(k.secretariat())
                .get("/api/v1/honours/{id}", id)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(k.policeOfficer())
                .get("/api/v1/honours/{id}", id)
                .then()
                .statusCode(200);

        // the traffic police, a sister unit: nothing in full, the public line only
        given().auth()
                .oauth2(k.unitOfficer(1))
                .queryParam("unitId", criminalPolice)
                .get("/api/v1/honours")
                .then()
                .statusCode(200)
                .body("items", hasSize(0))
                .body("total", equalTo(0));
        given().auth()
                .oauth2(k.unitOfficer(1))
                .queryParam("personId", person)
                .get("/api/v1/honours")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        given().auth()
                .oauth2(k.unitOfficer(1))
                .get("/api/v1/honours/{id}", id)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().queryParam("unitId", criminalPolice)
                .get("/api/v1/honours/public")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].recipientName", equalTo("Trần Văn Lực"));
    }

    @Test
    void aCollectivesAssessmentsAreReadWithinReachOnly() throws Exception {
        Kontum k = Kontum.create();
        UUID criminalPolice = k.divisions().get(0);
        given().auth()
                .oauth2(k.secretariat())
                .contentType("application/json")
                .body(Map.of("rating", "EXCELLENT", "underInspection", false))
                .put("/api/v1/unit-assessments/{unit}/{year}", criminalPolice, YEAR)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(k.unitOfficer(0))
                .get("/api/v1/unit-assessments/{unit}", criminalPolice)
                .then()
                .statusCode(200)
                .body("", hasSize(1));
        given().auth()
                .oauth2(k.policeOfficer())
                .get("/api/v1/unit-assessments/{unit}", criminalPolice)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(k.secretariat())
                .get("/api/v1/unit-assessments/{unit}", criminalPolice)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(k.unitOfficer(1))
                .get("/api/v1/unit-assessments/{unit}", criminalPolice)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(Kontum.citizen())
                .get("/api/v1/unit-assessments/{unit}", criminalPolice)
                .then()
                .statusCode(403);
    }
}
