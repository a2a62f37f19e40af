package vn.thidua.bloc.blocs;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.thidua.bloc.BlocWorld;

@QuarkusTest
class BlocResourceTest {

    @Test
    void anOfficerCreatesABlocUnderTheirProvinceAndFindsIt() {
        BlocWorld world = BlocWorld.create();
        String id = given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "organizingUnitId",
                        world.province,
                        "code",
                        "KTĐ-03",
                        "name",
                        "Khối thi đua số 3",
                        "kind",
                        "BLOC",
                        "description",
                        "Khối Nội chính",
                        "crossScoring",
                        true,
                        "foundingDocument",
                        Map.of(
                                "number",
                                "1234/QĐ-UBND",
                                "date",
                                "2021-03-15",
                                "issuer",
                                "Ủy ban nhân dân tỉnh Đắk Lắk")))
                .post("/api/v1/blocs")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/blocs/"))
                .body("organizingUnit.id", equalTo(world.province.toString()))
                .body("organizingUnit.name", containsString("Ủy ban nhân dân tỉnh Thử nghiệm"))
                .body("kind", equalTo("BLOC"))
                .body("crossScoring", is(true))
                .body("foundingDocument.number", equalTo("1234/QĐ-UBND"))
                .body("foundingDocument.date", equalTo("2021-03-15"))
                .body("memberCount", equalTo(0))
                .body("currentTerm", nullValue())
                .body("manageable", is(true))
                .extract()
                .path("id");

        given().auth()
                .oauth2(world.officer())
                .queryParam("q", "số 3")
                .queryParam("organizingUnitId", world.province)
                .get("/api/v1/blocs")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(id));
    }

    @Test
    void anOfficerOutsideTheOrganizersSubtreeNeitherCreatesNorSeesTheBloc() {
        BlocWorld world = BlocWorld.create();
        UUID bloc = world.createBloc("KTĐ-03");

        given().auth()
                .oauth2(BlocWorld.outsideOfficer())
                .contentType(ContentType.JSON)
                .body(Map.of("organizingUnitId", world.province, "code", "KTĐ-09", "name", "Khối lạ", "kind", "BLOC"))
                .post("/api/v1/blocs")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("phạm vi quản lý"));
        given().auth()
                .oauth2(BlocWorld.outsideOfficer())
                .get("/api/v1/blocs/{id}", bloc)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(BlocWorld.outsideOfficer())
                .queryParam("size", 200)
                .get("/api/v1/blocs")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(bloc.toString())));
    }

    @Test
    void anOfficerOfASubUnitCannotManageABlocOfTheProvinceAbove() {
        BlocWorld world = BlocWorld.create();
        UUID bloc = world.createBloc("KTĐ-03");
        String subUnitOfficer = vn.thidua.platform.testing.TestTokens.user("officer.sub")
                .roles("officer")
                .unit(world.units.get(8))
                .get();

        given().auth()
                .oauth2(subUnitOfficer)
                .contentType(ContentType.JSON)
                .body(Map.of("code", "KTĐ-03", "name", "Đổi tên", "kind", "BLOC", "version", 0))
                .put("/api/v1/blocs/{id}", bloc)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void unitRolesCannotCreateBlocsButMembersSeeTheirBloc() {
        BlocWorld world = BlocWorld.create();
        given().auth()
                .oauth2(world.unitOfficerOf(0))
                .contentType(ContentType.JSON)
                .body(Map.of("organizingUnitId", world.province, "code", "X", "name", "Khối", "kind", "BLOC"))
                .post("/api/v1/blocs")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");

        UUID bloc = world.blocWithMembers(LocalDate.of(2026, 1, 1));
        given().auth()
                .oauth2(world.leaderOf(3))
                .get("/api/v1/blocs/{id}", bloc)
                .then()
                .statusCode(200)
                .body("manageable", is(false))
                .body("memberCount", equalTo(12));
        given().auth()
                .oauth2(world.leaderOf(3))
                .get("/api/v1/blocs")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(bloc.toString()));
        String stranger = vn.thidua.platform.testing.TestTokens.user("leader.x")
                .roles("unit-leader")
                .unit(world.province)
                .get();
        given().auth().oauth2(stranger).get("/api/v1/blocs/{id}", bloc).then().statusCode(404);
    }

    @Test
    void badInputNamesTheField() {
        BlocWorld world = BlocWorld.create();
        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("organizingUnitId", world.province, "name", "Khối", "kind", "BLOC"))
                .post("/api/v1/blocs")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("code"));
        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("organizingUnitId", world.province, "code", "K1", "name", "Khối", "kind", "TEAM"))
                .post("/api/v1/blocs")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("organizingUnitId", UUID.randomUUID(), "code", "K1", "name", "Khối", "kind", "BLOC"))
                .post("/api/v1/blocs")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("organizingUnitId"));

        given().auth()
                .oauth2(world.officer())
                .queryParam("kind", "TEAM")
                .get("/api/v1/blocs")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", containsString("BLOC, CLUSTER"));
        given().auth()
                .oauth2(world.officer())
                .queryParam("organizingUnitId", "khong-phai-uuid")
                .get("/api/v1/blocs")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("organizingUnitId"));

        world.createBloc("KTĐ-03");
        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "organizingUnitId", world.province, "code", "ktđ-03", "name", "Khối khác", "kind", "CLUSTER"))
                .post("/api/v1/blocs")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("code"));
    }

    @Test
    void aStaleUpdateIsRefused() {
        BlocWorld world = BlocWorld.create();
        UUID bloc = world.createBloc("KTĐ-03");
        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "code", "KTĐ-03", "name", "Khối thi đua số 3 (khối Nội chính)", "kind", "BLOC", "version", 0))
                .put("/api/v1/blocs/{id}", bloc)
                .then()
                .statusCode(200)
                .body("version", equalTo(1))
                .body("name", equalTo("Khối thi đua số 3 (khối Nội chính)"));
        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("code", "KTĐ-03", "name", "Tên cũ", "kind", "BLOC", "version", 0))
                .put("/api/v1/blocs/{id}", bloc)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }
}
