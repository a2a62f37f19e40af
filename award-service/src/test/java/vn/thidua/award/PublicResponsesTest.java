package vn.thidua.award;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.testing.Diagnostics;
import vn.thidua.platform.testing.PublicFields;

/**
 * What award-service shows anyone without signing in: the registry as decisions publish it, the lists published for
 * objections, and a counted session's result with every receipt. Nothing else: no account, no cash, no internal id
 * leading to records that are not public.
 */
@QuarkusTest
class PublicResponsesTest {

    /** the management interface (its root path, /q/): health, metrics and OpenAPI are only there */
    @TestHTTPResource(value = "/", management = true)
    URI management;

    static final Set<String> HONOUR = Set.of(
            "decisionNumber",
            "decidedOn",
            "authority",
            "awardTypeName",
            "level",
            "recipientKind",
            "recipientName",
            "recipientPosition",
            "unitName",
            "year",
            "revoked");

    static Set<String> under(String prefix, Set<String> fields) {
        return fields.stream().map(f -> prefix + f).collect(java.util.stream.Collectors.toSet());
    }

    static Set<String> union(Set<String>... sets) {
        return java.util.Arrays.stream(sets).flatMap(Set::stream).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void everyPublicFieldIsOneTheLawAsksToPublish() {
        Set<String> counts = Set.of("key", "label", "count");
        Set<String> question = Set.of(
                "id",
                "round",
                "position",
                "kind",
                "title",
                "role",
                "rule",
                "maxChoices",
                "options",
                "result",
                "referral",
                "options[].key",
                "options[].label",
                "options[].detail",
                "referral.chosen",
                "referral.note",
                "referral.decidedAt",
                "result.ballots",
                "result.written",
                "result.electorate",
                "result.over",
                "result.counts",
                "result.outcome",
                "result.chosen",
                "result.runoff",
                "result.statement",
                "result.counts[].key",
                "result.counts[].label",
                "result.counts[].votes",
                "result.counts[].percent",
                "result.counts[].chosen",
                "result.counts[].statement");
        PublicFields.verify(
                given().get(management.resolve("/q/openapi?format=json"))
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString(),
                Map.of(
                        "GET /api/v1/honours/public",
                                union(Set.of("items", "page", "size", "total"), under("items[].", HONOUR)),
                        "GET /api/v1/honours/open-data.json", under("[].", HONOUR),
                        "GET /api/v1/honours/open-data.csv", Set.of(),
                        "GET /api/v1/award-types/public", under("[].", Set.of("code", "name", "category", "level")),
                        "GET /api/v1/honours/statistics",
                                union(
                                        Set.of("year", "total", "byYear", "byLevel", "byAwardType", "byRecipientKind"),
                                        under("byYear[].", counts),
                                        under("byLevel[].", counts),
                                        under("byAwardType[].", counts),
                                        under("byRecipientKind[].", counts)),
                        "GET /api/v1/notices/public",
                                union(
                                        under(
                                                "[].",
                                                Set.of(
                                                        "id",
                                                        "organizingUnitName",
                                                        "title",
                                                        "opensOn",
                                                        "workingDays",
                                                        "closesOn",
                                                        "open",
                                                        "ended",
                                                        "entries",
                                                        "publishedAt")),
                                        under(
                                                "[].entries[].",
                                                Set.of(
                                                        "nominationId",
                                                        "nomineeKind",
                                                        "nomineeName",
                                                        "nomineePosition",
                                                        "unitName",
                                                        "awardTypeName",
                                                        "achievement",
                                                        "onHold"))),
                        "GET /api/v1/voting-sessions/{id}/result",
                                union(
                                        Set.of(
                                                "id",
                                                "kind",
                                                "title",
                                                "bodyName",
                                                "heldOn",
                                                "status",
                                                "quorum",
                                                "rounds"),
                                        under(
                                                "rounds[].",
                                                Set.of(
                                                        "round",
                                                        "electorate",
                                                        "ballotsCast",
                                                        "written",
                                                        "present",
                                                        "quorumNeeded",
                                                        "questions",
                                                        "ballots",
                                                        "ballots[].receipt",
                                                        "ballots[].choices")),
                                        under("rounds[].questions[].", question))));
    }

    @Test
    void theListedOperationsAnswerWithoutSigningIn() {
        given().get("/api/v1/honours/public").then().statusCode(200);
        given().get("/api/v1/honours/open-data.json").then().statusCode(200);
        given().get("/api/v1/honours/open-data.csv").then().statusCode(200);
        given().get("/api/v1/honours/statistics").then().statusCode(200);
        given().get("/api/v1/notices/public").then().statusCode(200);
        given().get("/api/v1/award-types/public")
                .then()
                .statusCode(200)
                .body(
                        "find { it.code == 'GRASSROOTS_EMULATION_FIGHTER' }.name",
                        org.hamcrest.Matchers.equalTo("Chiến sĩ thi đua cơ sở"));
        given().get("/api/v1/award-types").then().statusCode(401);
        given().get("/api/v1/honours").then().statusCode(401);
        given().get("/api/v1/notices").then().statusCode(401);
        given().get("/api/v1/parked-events/award").then().statusCode(401);
    }

    @Test
    void diagnosticsAnswerOnlyOnTheManagementInterface() {
        Diagnostics.verifyOnlyOnManagement(management);
    }
}
