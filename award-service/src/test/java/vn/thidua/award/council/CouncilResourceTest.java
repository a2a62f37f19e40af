package vn.thidua.award.council;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.award.Kontum;
import vn.thidua.platform.testing.TestClock;
import vn.thidua.platform.testing.TestTokens;

@QuarkusTest
class CouncilResourceTest {

    @Test
    void aCouncilHasOneChairAndOneSecretaryEachAccountOnceAndChangesOnTheCurrentVersion() throws Exception {
        Kontum k = Kontum.create();
        List<Map<String, Object>> members = new ArrayList<>(List.of(
                member("hd.chutich", "Nguyễn Văn Lộc", "CHAIR"),
                member("hd.uyvien1", "A Sang", "MEMBER"),
                member("hd.uyvien2", "Y Liên", "STANDING_MEMBER")));
        Map<String, Object> body = new HashMap<>(Map.of(
                "organizingUnitId",
                k.province(),
                "name",
                "Hội đồng Thi đua – Khen thưởng tỉnh",
                "termFrom",
                TestClock.today().minusYears(1).toString(),
                "members",
                members));
        given().auth()
                .oauth2(k.secretariat())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/councils")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("members"))
                .body("errors[0].message", containsString("Thư ký Hội đồng"));
        members.add(member("hd.uyvien1", "Lê Thị Hoa", "SECRETARY"));
        given().auth()
                .oauth2(k.secretariat())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/councils")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("members[3].username"));
        members.set(3, member("hd.thuky", "Lê Thị Hoa", "SECRETARY"));
        given().auth()
                .oauth2(k.unitOfficer(0))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/councils")
                .then()
                .statusCode(403);
        String id = given().auth()
                .oauth2(k.secretariat())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/councils")
                .then()
                .statusCode(201)
                .body("members", hasSize(4))
                .body("members[3].role", equalTo("SECRETARY"))
                .extract()
                .path("id");

        String secretary = TestTokens.user("hd.thuky")
                .roles("council-member")
                .unit(k.province())
                .get();
        given().auth()
                .oauth2(secretary)
                .get("/api/v1/councils/{id}", id)
                .then()
                .statusCode(200)
                .body("secretary", equalTo(true))
                .body("editable", equalTo(false));
        given().auth()
                .oauth2(secretary)
                .get("/api/v1/councils")
                .then()
                .statusCode(200)
                .body("id", hasItem(id));

        body.put("version", 7);
        given().auth()
                .oauth2(k.secretariat())
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/councils/{id}", id)
                .then()
                .statusCode(409);
        body.put("version", 0);
        members.remove(1);
        given().auth()
                .oauth2(k.secretariat())
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/councils/{id}", id)
                .then()
                .statusCode(200)
                .body("members", hasSize(3))
                .body("members.username", equalTo(List.of("hd.chutich", "hd.uyvien2", "hd.thuky")));
    }

    private static Map<String, Object> member(String username, String name, String role) {
        return Map.of("username", username, "fullName", name, "role", role);
    }
}
