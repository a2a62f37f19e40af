package vn.thidua.award.people;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.award.Kontum;
import vn.thidua.platform.testing.TestClock;

@QuarkusTest
class PeopleResourceTest {

    static final int YEAR = TestClock.today().getYear();

    @Test
    void theSecretariatRatesACollectiveEachYearAndTheExcellentCollectiveRuleReadsIt() throws Exception {
        Kontum k = Kontum.create();
        String unit = k.divisions().get(0).toString();
        given().auth()
                .oauth2(k.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of("rating", "GOOD", "underInspection", false))
                .put("/api/v1/unit-assessments/{unit}/{year}", unit, YEAR)
                .then()
                .statusCode(200)
                .body("rating", equalTo("GOOD"));
        given().auth()
                .oauth2(k.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of("rating", "EXCELLENT", "underInspection", false))
                .put("/api/v1/unit-assessments/{unit}/{year}", unit, YEAR)
                .then()
                .statusCode(200)
                .body("rating", equalTo("EXCELLENT"));
        given().auth()
                .oauth2(k.unitOfficer(0))
                .contentType(ContentType.JSON)
                .body(Map.of("rating", "EXCELLENT", "underInspection", false))
                .put("/api/v1/unit-assessments/{unit}/{year}", unit, YEAR)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(k.unitOfficer(0))
                .get("/api/v1/unit-assessments/{unit}", unit)
                .then()
                .statusCode(200)
                .body("", hasSize(1))
                .body("[0].rating", equalTo("EXCELLENT"));

        String nomination = given().auth()
                .oauth2(k.unitOfficer(0))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "UNIT",
                        "proposerUnitId",
                        unit,
                        "nomineeKind",
                        "COLLECTIVE",
                        "nomineeUnitId",
                        unit,
                        "year",
                        YEAR,
                        "awardType",
                        "EXCELLENT_COLLECTIVE",
                        "achievement",
                        "Hoàn thành xuất sắc nhiệm vụ năm " + YEAR))
                .post("/api/v1/nominations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(k.unitOfficer(0))
                .get("/api/v1/nominations/{id}", nomination)
                .then()
                .statusCode(200)
                .body("eligibility.outcomes.find { it.code == 'UNIT_RATING_AT_LEAST' }.passed", equalTo(true))
                .body("eligibility.outcomes.find { it.code == 'MEMBERS_TITLE_SHARE' }.passed", equalTo(false));
    }

    @Test
    void aPersonsYearlyFactsAreKeptAcrossYearsAndBadPeriodsNameTheirField() throws Exception {
        Kontum k = Kontum.create();
        String person = k.person(
                k.unitOfficer(0),
                k.divisions().get(0),
                "Y Khiêm",
                "MALE",
                Map.of(YEAR - 1, "GOOD", YEAR, "EXCELLENT"),
                List.of(Map.of("year", YEAR, "title", "Sổ tay nghiệp vụ điều tra", "level", "GRASSROOTS")));
        int version = given().auth()
                .oauth2(k.unitOfficer(0))
                .get("/api/v1/people/{id}", person)
                .then()
                .statusCode(200)
                .body("ratings.'" + (YEAR - 1) + "'", equalTo("GOOD"))
                .body("initiatives", hasSize(1))
                .extract()
                .path("version");
        Map<String, Object> update = new HashMap<>(Map.of(
                "unitId",
                k.divisions().get(0),
                "fullName",
                "Y Khiêm",
                "gender",
                "MALE",
                "version",
                version,
                "underInspection",
                false,
                "underComplaint",
                false));
        update.put("disciplines", List.of(Map.of("form", "WARNING", "from", YEAR + "-06-01", "to", YEAR + "-01-01")));
        given().auth()
                .oauth2(k.unitOfficer(0))
                .contentType(ContentType.JSON)
                .body(update)
                .put("/api/v1/people/{id}", person)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("disciplines[0].to"));
        update.put(
                "disciplines",
                List.of(Map.of("form", "WARNING", "from", YEAR + "-01-01", "to", (YEAR + 1) + "-01-01")));
        given().auth()
                .oauth2(k.unitOfficer(0))
                .contentType(ContentType.JSON)
                .body(update)
                .put("/api/v1/people/{id}", person)
                .then()
                .statusCode(200)
                .body("disciplines[0].form", equalTo("WARNING"));
        given().auth()
                .oauth2(k.secretariat())
                .queryParam("unitId", k.police())
                .queryParam("below", true)
                .queryParam("q", "khiêm")
                .get("/api/v1/people")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].onHold", equalTo(true));
    }
}
