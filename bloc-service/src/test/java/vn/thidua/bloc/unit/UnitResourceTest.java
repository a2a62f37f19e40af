package vn.thidua.bloc.unit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.audit.AuditRecord;
import vn.thidua.platform.testing.TestTokens;

@QuarkusTest
class UnitResourceTest {

    static final UUID OFFICER_UNIT = UUID.fromString("10000000-0000-0000-0000-000000000001");

    static String officer() {
        return TestTokens.user("officer.demo")
                .name("Nguyễn Thị Hoa")
                .roles("officer")
                .unit(OFFICER_UNIT)
                .get();
    }

    static String unitOfficer() {
        return TestTokens.user("unitofficer.demo")
                .roles("unit-officer")
                .unit(OFFICER_UNIT)
                .get();
    }

    static String create(String name, String kind, String parentId) {
        return given().auth()
                .oauth2(officer())
                .contentType(ContentType.JSON)
                .body(Map.of("name", name, "shortName", "X", "kind", kind, "parentId", parentId == null ? "" : parentId)
                        .entrySet()
                        .stream()
                        .filter(e -> !e.getValue().isEmpty())
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)))
                .post("/api/v1/units")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void anOfficerCreatesAUnitUnderAParentAndFindsItBySearchAndInTheTree() {
        String province = create("UBND tỉnh Thử nghiệm " + UUID.randomUUID(), "PROVINCE", null);

        String id = given().auth()
                .oauth2(officer())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Sở Tư pháp tỉnh Thử nghiệm",
                        "shortName",
                        "STP",
                        "kind",
                        "AGENCY",
                        "parentId",
                        province))
                .post("/api/v1/units")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/units/"))
                .body("name", equalTo("Sở Tư pháp tỉnh Thử nghiệm"))
                .body("kind", equalTo("AGENCY"))
                .body("parentId", equalTo(province))
                .body("active", is(true))
                .body("version", equalTo(0))
                .extract()
                .path("id");

        given().auth()
                .oauth2(unitOfficer())
                .get("/api/v1/units/{id}", id)
                .then()
                .statusCode(200)
                .body("shortName", equalTo("STP"));
        given().auth()
                .oauth2(unitOfficer())
                .queryParam("q", "tư pháp tỉnh thử")
                .queryParam("parentId", province)
                .get("/api/v1/units")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("items[0].id", equalTo(id));
        given().auth()
                .oauth2(unitOfficer())
                .get("/api/v1/units/tree")
                .then()
                .statusCode(200)
                .body("find { it.id == '" + province + "' }.children.id", hasItem(id));
    }

    @Test
    void everyChangeIsAudited() {
        String id = create("Đơn vị kiểm tra nhật ký " + UUID.randomUUID(), "ORGANIZATION", null);

        AuditRecord record = QuarkusTransaction.requiringNew()
                .call(() -> AuditRecord.<AuditRecord>find("entityId = ?1 and action = 'unit.create'", id)
                        .firstResult());
        assertEquals("Nguyễn Thị Hoa", record.actorName);
        assertEquals(OFFICER_UNIT, record.actorUnit);
        assertTrue(record.after.contains("Đơn vị kiểm tra nhật ký"));
    }

    @Test
    void invalidInputNamesTheFields() {
        given().auth()
                .oauth2(officer())
                .contentType(ContentType.JSON)
                .body(Map.of("name", " ", "kind", "AGENCY"))
                .post("/api/v1/units")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Dữ liệu không hợp lệ"))
                .body("errors.field", hasItem("name"))
                .body("requestId", notNullValue());

        given().auth()
                .oauth2(officer())
                .contentType(ContentType.JSON)
                .body("{\"name\":\"Sở X\",\"kind\":\"MINISTRY\"}")
                .post("/api/v1/units")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("kind"));

        given().auth()
                .oauth2(officer())
                .contentType(ContentType.JSON)
                .body("{\"name\":\"Sở X\",\"kind\":\"AGENCY\",\"parentId\":\"" + UUID.randomUUID() + "\"}")
                .post("/api/v1/units")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("parentId"));

        given().auth()
                .oauth2(officer())
                .contentType(ContentType.JSON)
                .body("{\"name\": ")
                .post("/api/v1/units")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", not(containsString("Exception")));

        given().auth()
                .oauth2(officer())
                .queryParam("size", 1000)
                .get("/api/v1/units")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("size"));
        given().auth()
                .oauth2(officer())
                .queryParam("sort", "password")
                .get("/api/v1/units")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("sort"));
    }

    @Test
    void aDuplicateNameUnderTheSameParentIsRefused() {
        String parent = create("Tỉnh trùng tên " + UUID.randomUUID(), "PROVINCE", null);
        create("Sở Y tế", "AGENCY", parent);

        given().auth()
                .oauth2(officer())
                .contentType(ContentType.JSON)
                .body(Map.of("name", "sở y tế", "kind", "AGENCY", "parentId", parent))
                .post("/api/v1/units")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("name"));
    }

    @Test
    void updatesUseOptimisticConcurrency() {
        String id = create("Sở Công Thương " + UUID.randomUUID(), "AGENCY", null);

        given().auth()
                .oauth2(officer())
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Sở Công Thương (mới)", "kind", "AGENCY", "version", 0))
                .put("/api/v1/units/{id}", id)
                .then()
                .statusCode(200)
                .body("version", equalTo(1))
                .body("name", equalTo("Sở Công Thương (mới)"));

        given().auth()
                .oauth2(officer())
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Sở Công Thương (cũ)", "kind", "AGENCY", "version", 0))
                .put("/api/v1/units/{id}", id)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void aUnitCannotBeMovedUnderItsOwnDescendant() {
        String top = create("Khối gốc " + UUID.randomUUID(), "PROVINCE", null);
        String child = create("Đơn vị con", "AGENCY", top);

        given().auth()
                .oauth2(officer())
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Khối gốc", "kind", "PROVINCE", "parentId", child, "version", 0))
                .put("/api/v1/units/{id}", top)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("parentId"));
    }

    @Test
    void deactivationWaitsForActiveSubUnitsAndHidesFromTheTree() {
        String parent = create("Huyện ngừng hoạt động " + UUID.randomUUID(), "LOCALITY", null);
        String child = create("Xã A", "LOCALITY", parent);

        given().auth()
                .oauth2(officer())
                .post("/api/v1/units/{id}/deactivate", parent)
                .then()
                .statusCode(422)
                .body("detail", containsString("đơn vị trực thuộc"));

        given().auth()
                .oauth2(officer())
                .post("/api/v1/units/{id}/deactivate", child)
                .then()
                .statusCode(200)
                .body("active", is(false));
        given().auth()
                .oauth2(officer())
                .post("/api/v1/units/{id}/deactivate", parent)
                .then()
                .statusCode(200)
                .body("active", is(false));
        given().auth()
                .oauth2(officer())
                .post("/api/v1/units/{id}/deactivate", parent)
                .then()
                .statusCode(409);

        given().auth().oauth2(unitOfficer()).get("/api/v1/units/tree").then().body("id", not(hasItem(parent)));
        given().auth()
                .oauth2(unitOfficer())
                .queryParam("includeInactive", true)
                .get("/api/v1/units/tree")
                .then()
                .body("id", hasItem(parent));

        given().auth()
                .oauth2(officer())
                .post("/api/v1/units/{id}/activate", child)
                .then()
                .statusCode(422);
        given().auth()
                .oauth2(officer())
                .post("/api/v1/units/{id}/activate", parent)
                .then()
                .statusCode(200)
                .body("active", is(true));
    }

    @Test
    void onlyOfficersAndAdminsWrite() {
        given().auth()
                .oauth2(unitOfficer())
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Không được tạo", "kind", "AGENCY"))
                .post("/api/v1/units")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");

        given().auth()
                .oauth2(TestTokens.user("admin.demo").roles("admin").get())
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Quản trị tạo " + UUID.randomUUID(), "kind", "AGENCY"))
                .post("/api/v1/units")
                .then()
                .statusCode(201);
    }

    @Test
    void tokensAreCheckedByTheServiceItself() {
        given().get("/api/v1/units")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        given().auth()
                .oauth2(TestTokens.user("officer.demo")
                        .roles("officer")
                        .expired()
                        .get())
                .get("/api/v1/units")
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(TestTokens.user("officer.demo")
                        .roles("officer")
                        .forged()
                        .get())
                .get("/api/v1/units")
                .then()
                .statusCode(401);
        given().auth().oauth2("not-a-jwt").get("/api/v1/units").then().statusCode(401);
    }

    @Test
    void unknownThingsAnswer404ProblemJson() {
        given().auth()
                .oauth2(officer())
                .get("/api/v1/units/{id}", UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Không tìm thấy"));
        given().auth()
                .oauth2(officer())
                .get("/api/v1/units/not-a-uuid")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().get("/no/such/route").then().statusCode(404).contentType("application/problem+json");
        given().auth()
                .oauth2(officer())
                .get("/api/v1/nothing-here")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void searchPagesAndSorts() {
        String parent = create("Tỉnh phân trang " + UUID.randomUUID(), "PROVINCE", null);
        for (String name : new String[] {"Sở C", "Sở A", "Sở B"}) {
            create(name, "AGENCY", parent);
        }
        given().auth()
                .oauth2(officer())
                .queryParam("parentId", parent)
                .queryParam("size", 2)
                .queryParam("sort", "-name")
                .get("/api/v1/units")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.name", equalTo(java.util.List.of("Sở C", "Sở B")));
        given().auth()
                .oauth2(officer())
                .queryParam("parentId", parent)
                .queryParam("size", 2)
                .queryParam("page", 1)
                .get("/api/v1/units")
                .then()
                .body("items.name", equalTo(java.util.List.of("Sở C")));
        given().auth()
                .oauth2(officer())
                .queryParam("kind", "PROVINCE")
                .queryParam("active", true)
                .get("/api/v1/units")
                .then()
                .body("items.kind", everyItem(equalTo("PROVINCE")))
                .body("total", greaterThanOrEqualTo(1));
    }

    @Test
    void meShowsTheCallerAndTheirUnit() {
        given().auth()
                .oauth2(TestTokens.user("ghost").roles("unit-officer").get())
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("username", equalTo("ghost"))
                .body("roles", equalTo(java.util.List.of("unit-officer")));
        given().auth()
                .oauth2(TestTokens.user("u").roles("officer").get())
                .get("/api/v1/tasks/mine")
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("total", equalTo(0));
    }
}
