package vn.thidua.campaign.campaign;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.testing.TestClock;
import vn.thidua.platform.testing.TestTokens;
import vn.thidua.platform.testing.TopicRecords;
import vn.thidua.replicas.testing.Directory;

/** Modelled on Kế hoạch 3337/KH-CAT-PX03 of Công an tỉnh Kon Tum (110 năm thành lập tỉnh). */
@QuarkusTest
public class CampaignResourceTest {

    public record Police(UUID province, UUID police, List<UUID> divisions, UUID retired) {
        public String officer() {
            return TestTokens.user("police.officer")
                    .name("Võ Minh Tuấn")
                    .roles("officer")
                    .unit(police)
                    .get();
        }

        public String unitOfficer(int division) {
            return TestTokens.user("unitofficer." + division)
                    .roles("unit-officer")
                    .unit(divisions.get(division))
                    .get();
        }

        public String leader(int division) {
            return TestTokens.user("leader." + division)
                    .name("Nguyễn Văn Hùng")
                    .position("Trưởng phòng")
                    .roles("unit-leader")
                    .unit(divisions.get(division))
                    .get();
        }
    }

    public static Police police() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 6);
        UUID province = Directory.unit("Ủy ban nhân dân tỉnh Kon Tum " + s, null, true);
        UUID police = Directory.unit("Công an tỉnh Kon Tum " + s, province, true);
        List<UUID> divisions = List.of(
                Directory.unit("Phòng Công tác Đảng và công tác chính trị " + s, police, true),
                Directory.unit("Phòng Cảnh sát hình sự " + s, police, true),
                Directory.unit("Phòng Cảnh sát giao thông " + s, police, true),
                Directory.unit("Công an thành phố Kon Tum " + s, police, true));
        UUID retired = Directory.unit("Phòng đã giải thể " + s, police, false);
        return new Police(province, police, divisions, retired);
    }

    public static Map<String, Object> plan(UUID organizer, String scopeKind, List<UUID> refs) {
        Map<String, Object> body = new HashMap<>();
        body.put("organizingUnitId", organizer);
        body.put(
                "title",
                "Đợt thi đua đặc biệt chào mừng kỷ niệm 110 năm Ngày thành lập tỉnh Kon Tum (09/02/1913-09/02/2023)");
        body.put("kind", "SPECIAL");
        body.put("theme", "Công an tỉnh Kon Tum thi đua lập thành tích chào mừng 110 năm thành lập tỉnh");
        body.put(
                "launchDocument",
                Map.of(
                        "number",
                        "3337/KH-CAT-PX03",
                        "type",
                        "PLAN",
                        "date",
                        "2022-10-27",
                        "issuer",
                        "Công an tỉnh Kon Tum"));
        body.put("startsOn", "2022-10-27");
        body.put("endsOn", "2023-02-09");
        body.put("registrationDeadline", "2022-11-15");
        body.put("scope", Map.of("kind", scopeKind, "refs", refs));
        body.put(
                "contents",
                List.of(
                        "Đẩy mạnh việc tuyên truyền về truyền thống thi đua yêu nước của dân tộc",
                        "Đẩy mạnh phong trào thi đua trong lĩnh vực xây dựng Đảng, xây dựng hệ thống chính trị",
                        "Tổ chức các hoạt động thiết thực, thi đua lập thành tích xuất sắc chào mừng những ngày kỷ niệm trọng đại",
                        "Thực hiện quyết liệt, toàn diện Chương trình mục tiêu quốc gia về xây dựng nông thôn mới",
                        "Tổ chức đợt tuyên truyền, giáo dục sâu rộng về truyền thống cách mạng"));
        body.put(
                "targets",
                List.of(Map.of(
                        "name",
                        "Mô hình, phần việc thiết thực",
                        "unitOfMeasure",
                        "mô hình",
                        "targetValue",
                        1,
                        "perUnit",
                        true)));
        body.put("pledgeRules", List.of("Mỗi đơn vị đăng ký ít nhất 1 mô hình hoặc 1 phần việc thiết thực"));
        body.put("plannedAwards", List.of(Map.of("awardType", "Giấy khen của Giám đốc Công an tỉnh", "quantity", 5)));
        return body;
    }

    public static String draft(Police p, Map<String, Object> body) {
        return given().auth()
                .oauth2(p.officer())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/campaigns")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Drafts the plan and launches it. */
    public static String launch(Police p, Map<String, Object> plan) {
        String id = draft(p, plan);
        given().auth()
                .oauth2(p.officer())
                .post("/api/v1/campaigns/{id}/launch", id)
                .then()
                .statusCode(200);
        return id;
    }

    /** The unit registers its own model target (if given) with one pledge, and its leader submits. */
    public static void register(Police p, String campaign, int division, Integer models) {
        Map<String, Object> body = new HashMap<>();
        body.put("pledges", List.of(Map.of("kind", "MODEL", "title", "Mô hình Camera an ninh khu dân cư")));
        body.put("targets", models == null ? List.of() : List.of(Map.of("number", 1, "value", models)));
        given().auth()
                .oauth2(p.unitOfficer(division))
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/campaigns/{id}/registrations/mine", campaign)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(p.leader(division))
                .post("/api/v1/campaigns/{id}/registrations/mine/submit", campaign)
                .then()
                .statusCode(200);
    }

    @Test
    void thePoliceDraftAndLaunchTheAnniversaryCampaignToTheirDivisions() throws Exception {
        Police p = police();
        String id = draft(p, plan(p.police(), "SUBTREE", List.of(p.police())));
        given().auth()
                .oauth2(p.unitOfficer(0))
                .get("/api/v1/campaigns/{id}", id)
                .then()
                .statusCode(404);

        JsonPath launched = given().auth()
                .oauth2(p.officer())
                .post("/api/v1/campaigns/{id}/launch", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("LAUNCHED"))
                .body("revision", equalTo(1))
                .body("unitsInScope", equalTo(5))
                .body("contents", hasSize(5))
                .body("launchDocument.number", equalTo("3337/KH-CAT-PX03"))
                .extract()
                .jsonPath();
        assertEquals(
                "Công an tỉnh Kon Tum", launched.getString("organizingUnitName").substring(0, 20));

        given().auth()
                .oauth2(p.unitOfficer(2))
                .get("/api/v1/campaigns")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        given().auth()
                .oauth2(p.unitOfficer(2))
                .get("/api/v1/campaigns/{id}", id)
                .then()
                .statusCode(200)
                .body("manageable", equalTo(false));
        String other =
                TestTokens.user("x").roles("unit-officer").unit(p.province()).get();
        given().auth().oauth2(other).get("/api/v1/campaigns/{id}", id).then().statusCode(404);
        given().auth().oauth2(other).get("/api/v1/campaigns").then().body("items.id", not(hasItem(id)));

        var event = TopicRecords.read(
                        CampaignEvents.TOPIC,
                        read -> read.stream().anyMatch(r -> r.key().equals(id)),
                        Duration.ofSeconds(20))
                .stream()
                .filter(r -> r.key().equals(id))
                .findFirst()
                .orElseThrow();
        JsonPath data = JsonPath.from(event.value()).setRootPath("data");
        assertEquals(5, data.getList("unitsInScope").size(), "the dissolved division is not in scope");
        assertEquals(CampaignEvents.LAUNCHED, JsonPath.from(event.value()).getString("type"));
    }

    @Test
    void aLaunchedPlanChangesOnlyWithAReasonAndEveryChangeIsKept() throws Exception {
        Police p = police();
        String id = draft(
                p,
                plan(
                        p.police(),
                        "UNITS",
                        List.of(p.divisions().get(0), p.divisions().get(1))));
        given().auth()
                .oauth2(p.officer())
                .post("/api/v1/campaigns/{id}/launch", id)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(p.officer())
                .post("/api/v1/campaigns/{id}/launch", id)
                .then()
                .statusCode(409);

        Map<String, Object> change = plan(
                p.police(), "UNITS", List.of(p.divisions().get(0), p.divisions().get(1)));
        change.put("registrationDeadline", "2022-11-30");
        change.put("version", 1);
        given().auth()
                .oauth2(p.officer())
                .contentType(ContentType.JSON)
                .body(change)
                .put("/api/v1/campaigns/{id}", id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("changeReason"));
        change.put("changeReason", "Gia hạn đăng ký theo đề nghị của các đơn vị");
        given().auth()
                .oauth2(p.officer())
                .contentType(ContentType.JSON)
                .body(change)
                .put("/api/v1/campaigns/{id}", id)
                .then()
                .statusCode(200)
                .body("revision", equalTo(2))
                .body("registrationDeadline", equalTo("2022-11-30"));
        given().auth()
                .oauth2(p.unitOfficer(0))
                .get("/api/v1/campaigns/{id}/revisions", id)
                .then()
                .statusCode(200)
                .body("", hasSize(2))
                .body("[0].reason", containsString("Gia hạn"));

        Map<String, Object> widen =
                plan(p.police(), "UNITS", List.of(p.divisions().get(0)));
        widen.put("version", 2);
        widen.put("changeReason", "Thu hẹp");
        given().auth()
                .oauth2(p.officer())
                .contentType(ContentType.JSON)
                .body(widen)
                .put("/api/v1/campaigns/{id}", id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("scope"));
    }

    @Test
    void badPlansAreRefusedNamingTheField() throws Exception {
        Police p = police();
        Map<String, Object> backwards = plan(p.police(), "SUBTREE", List.of(p.police()));
        backwards.put("endsOn", "2022-01-01");
        given().auth()
                .oauth2(p.officer())
                .contentType(ContentType.JSON)
                .body(backwards)
                .post("/api/v1/campaigns")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("endsOn"));
        Map<String, Object> late = plan(p.police(), "SUBTREE", List.of(p.police()));
        late.put("registrationDeadline", "2023-03-01");
        given().auth()
                .oauth2(p.officer())
                .contentType(ContentType.JSON)
                .body(late)
                .post("/api/v1/campaigns")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("registrationDeadline"));
        given().auth()
                .oauth2(p.officer())
                .contentType(ContentType.JSON)
                .body(plan(p.police(), "UNITS", List.of(p.province())))
                .post("/api/v1/campaigns")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("scope.refs[0]"));
        given().auth()
                .oauth2(p.officer())
                .contentType(ContentType.JSON)
                .body(plan(p.province(), "SUBTREE", List.of(p.province())))
                .post("/api/v1/campaigns")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(p.unitOfficer(0))
                .contentType(ContentType.JSON)
                .body(plan(p.police(), "SUBTREE", List.of(p.police())))
                .post("/api/v1/campaigns")
                .then()
                .statusCode(403);

        Map<String, Object> outside = plan(p.police(), "SUBTREE", List.of(p.police()));
        outside.put(
                "reportingPeriods",
                List.of(Map.of(
                        "name",
                        "Quý I năm 2024",
                        "startsOn",
                        "2024-01-01",
                        "endsOn",
                        "2024-03-31",
                        "closesOn",
                        "2024-04-10")));
        given().auth()
                .oauth2(p.officer())
                .contentType(ContentType.JSON)
                .body(outside)
                .post("/api/v1/campaigns")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reportingPeriods[0].endsOn"));

        Map<String, Object> empty = plan(p.police(), "SUBTREE", List.of(p.police()));
        empty.put("contents", List.of());
        String id = draft(p, empty);
        given().auth()
                .oauth2(p.officer())
                .post("/api/v1/campaigns/{id}/launch", id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("contents"));
        given().auth()
                .oauth2(p.officer())
                .get("/api/v1/campaigns/{id}", id)
                .then()
                .body("status", equalTo("DRAFT"));
    }

    @Test
    void aCampaignForTheMembersOfABlocReachesTheMembersOnTheDayOfLaunch() throws Exception {
        Police p = police();
        UUID bloc = UUID.randomUUID();
        Directory.member(bloc, p.divisions().get(0), LocalDate.of(2022, 1, 1));
        Directory.member(bloc, p.divisions().get(1), LocalDate.of(2022, 1, 1));
        Directory.member(bloc, p.divisions().get(2), TestClock.today().plusDays(10));
        String id = draft(p, plan(p.police(), "BLOCS", List.of(bloc)));
        given().auth()
                .oauth2(p.officer())
                .post("/api/v1/campaigns/{id}/launch", id)
                .then()
                .statusCode(200)
                .body("unitsInScope", equalTo(2));
        given().auth()
                .oauth2(p.officer())
                .contentType(ContentType.JSON)
                .body(plan(p.police(), "BLOCS", List.of(UUID.randomUUID())))
                .post("/api/v1/campaigns")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("scope.refs[0]"));
    }
}
