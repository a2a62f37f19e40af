package vn.thidua.award.voting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.thidua.award.Kontum;

/** A list with a null in it is a client's mistake, named by its place: 400, never a 500. */
@QuarkusTest
class MalformedListsTest {

    static List<Object> withNull(Object... items) {
        return Arrays.asList(items);
    }

    @Test
    void aNullQuestionAnswerOrMemberIsNamed() throws Exception {
        Kontum k = Kontum.create();
        Councils c = Councils.of(k, 5);
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "COUNCIL");
        body.put("councilId", c.id());
        body.put("title", "Phiên thử");
        body.put("opensAt", OffsetDateTime.now().minusMinutes(1).toString());
        body.put("closesAt", OffsetDateTime.now().plusHours(1).toString());
        body.put("questions", withNull((Object) null));
        given().auth()
                .oauth2(c.secretary())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/voting-sessions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("questions[0]"));
        body.put(
                "questions",
                List.of(Map.of(
                        "kind",
                        "ELECTION",
                        "title",
                        "Bầu thư ký phiên",
                        "options",
                        withNull(Map.of("label", "A"), null))));
        given().auth()
                .oauth2(c.secretary())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/voting-sessions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("questions[0].options[1]"));

        body.put("questions", List.of(Map.of("kind", "APPROVAL", "title", "Thông qua chương trình")));
        String id = given().auth()
                .oauth2(c.secretary())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/voting-sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(c.member(2))
                .contentType(ContentType.JSON)
                .body(Map.of("answers", withNull((Object) null)))
                .post("/api/v1/voting-sessions/{id}/ballots", id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("answers[0]"));
        given().auth()
                .oauth2(c.secretary())
                .contentType(ContentType.JSON)
                .body(Map.of("electorId", UUID.randomUUID(), "answers", withNull((Object) null)))
                .post("/api/v1/voting-sessions/{id}/written-ballots", id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("answers[0]"));

        given().auth()
                .oauth2(k.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "organizingUnitId",
                        k.province(),
                        "name",
                        "Hội đồng thử",
                        "establishedBy",
                        "Quyết định số 1",
                        "termFrom",
                        "2025-01-01",
                        "members",
                        withNull(null, null, null)))
                .post("/api/v1/councils")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("members[0]"));
    }
}
