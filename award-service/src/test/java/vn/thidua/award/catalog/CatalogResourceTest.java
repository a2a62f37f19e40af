package vn.thidua.award.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.thidua.award.Kontum;

@QuarkusTest
class CatalogResourceTest {

    @Test
    void everyAwardOfTheDomainIsInTheCatalogWithTheRuleOfTheDecreeInForceThatDay() throws Exception {
        Kontum k = Kontum.create();
        JsonPath before = given().auth()
                .oauth2(k.secretariat())
                .queryParam("on", "2025-06-30")
                .get("/api/v1/award-types")
                .then()
                .statusCode(200)
                .body("", hasSize(20))
                .extract()
                .jsonPath();
        assertEquals(
                "Quy định theo Nghị định 98/2023/NĐ-CP",
                before.getString("find { it.code == 'PROVINCIAL_EMULATION_FIGHTER' }.ruleSetName"));
        given().auth()
                .oauth2(k.secretariat())
                .queryParam("on", "2025-07-01")
                .get("/api/v1/award-types/PROVINCIAL_EMULATION_FIGHTER")
                .then()
                .statusCode(200)
                .body("name", equalTo("Chiến sĩ thi đua cấp tỉnh"))
                .body("ruleSetName", equalTo("Quy định theo Nghị định 152/2025/NĐ-CP"))
                .body("rule.councilVote", equalTo(true))
                .body("rule.threshold", equalTo(90))
                .body("rule.denominator", equalTo("ALL_MEMBERS"))
                .body("rule.voteSource", equalTo("Nghị định 152/2025/NĐ-CP, Điều 30 khoản 7"))
                .body("rule.prerequisites[0].kind", equalTo("CONSECUTIVE_TITLES"))
                .body("rule.prerequisites[0].years", equalTo(3))
                .body("rule.cash.INDIVIDUAL", equalTo(3.0f))
                .body("rule.requiredDocuments", hasSize(4));
        given().auth()
                .oauth2(k.secretariat())
                .get("/api/v1/award-types/PROVINCIAL_EMULATION_FLAG")
                .then()
                .statusCode(200)
                .body("rule.quota.scope", equalTo("PER_BLOC"))
                .body("rule.quota.maxCount", equalTo(1))
                .body("rule.cash.COLLECTIVE", equalTo(8.0f));
        given().auth()
                .oauth2(k.secretariat())
                .get("/api/v1/base-salaries")
                .then()
                .statusCode(200)
                .body("[0].amount", equalTo(2340000))
                .body("[0].legalSource", equalTo("Nghị định 73/2024/NĐ-CP"));
    }

    /** The national rule sets the catalog lists and applies are those their files state. */
    @Test
    void theNationalRuleSetsAreTheirFiles() throws Exception {
        Kontum k = Kontum.create();
        for (String file : List.of("rules/nd-98-2023.json", "rules/nd-152-2025.json")) {
            NationalRuleSets.RuleSetFile f = NationalRuleSets.read(file);
            JsonPath set = given().auth()
                    .oauth2(k.secretariat())
                    .get("/api/v1/rule-sets/{id}", f.id())
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertEquals(f.code(), set.getString("code"));
            assertEquals("NATIONAL", set.getString("scope"));
            assertEquals(f.legalSource(), set.getString("legalSource"));
            assertEquals(f.effectiveFrom().toString(), set.getString("effectiveFrom"));
            assertEquals(f.rules().stream().map(AwardRule::awardType).toList(), set.getList("rules.awardType"));
            assertEquals(f.rules().stream().map(AwardRule::legalSource).toList(), set.getList("rules.legalSource"));
            assertEquals(false, set.getBoolean("editable"), file + " is changed through its file only");
        }
    }

    @Test
    void aProvinceLayersItsOwnRulesOverTheDecreeForItsUnitsOnly() throws Exception {
        Kontum k = Kontum.create();
        String code = "KT-" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> body = k.localRules(code, "2026-01-01", null);
        String id = given().auth()
                .oauth2(k.secretariat())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/rule-sets")
                .then()
                .statusCode(201)
                .body("scope", equalTo("LOCAL"))
                .body("editable", equalTo(true))
                .extract()
                .path("id");

        given().auth()
                .oauth2(k.secretariat())
                .queryParam("unitId", k.divisions().get(0))
                .get("/api/v1/award-types/CERTIFICATE_OF_COMMENDATION")
                .then()
                .statusCode(200)
                .body("ruleSetName", equalTo("Quy định khen thưởng tỉnh Kon Tum " + code))
                .body("rule.cash.INDIVIDUAL", equalTo(0.5f));
        given().auth()
                .oauth2(k.secretariat())
                .get("/api/v1/award-types/CERTIFICATE_OF_COMMENDATION")
                .then()
                .statusCode(200)
                .body("rule.cash.INDIVIDUAL", equalTo(0.3f));

        given().auth()
                .oauth2(k.secretariat())
                .contentType(ContentType.JSON)
                .body(k.localRules(code + "-2", "2026-06-01", null))
                .post("/api/v1/rule-sets")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("effectiveFrom"));
        given().auth()
                .oauth2(k.unitOfficer(0))
                .contentType(ContentType.JSON)
                .body(k.localRules(code + "-3", "2030-01-01", null))
                .post("/api/v1/rule-sets")
                .then()
                .statusCode(403);

        Map<String, Object> badRule = k.localRules(code, "2026-01-01", null);
        badRule.put("rules", List.of(Map.of("awardType", "KHONG_CO", "authority", "x")));
        badRule.put("version", 0);
        given().auth()
                .oauth2(k.secretariat())
                .contentType(ContentType.JSON)
                .body(badRule)
                .put("/api/v1/rule-sets/{id}", id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("rules[0].awardType"));

        String national = given().auth()
                .oauth2(k.secretariat())
                .get("/api/v1/rule-sets")
                .then()
                .statusCode(200)
                .extract()
                .path("find { it.code == 'ND-152-2025' }.id");
        Map<String, Object> nationalEdit = k.localRules("ND-152-2025", "2025-07-01", null);
        // an edit of a national set is refused as such, whatever version it names
        nationalEdit.put("version", 99);
        given().auth()
                .oauth2(k.secretariat())
                .contentType(ContentType.JSON)
                .body(nationalEdit)
                .put("/api/v1/rule-sets/{id}", national)
                .then()
                .statusCode(422)
                .body("detail", containsString("không sửa được"));
    }
}
