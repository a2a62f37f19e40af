package vn.thidua.bloc.membership;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.thidua.bloc.BlocWorld;

@QuarkusTest
class MembershipResourceTest {

    private static final LocalDate START = LocalDate.of(2025, 1, 1);

    @Test
    void twelveUnitsJoinAndAreListedByNameOnAnyDateAfter() {
        BlocWorld world = BlocWorld.create();
        UUID bloc = world.blocWithMembers(START);

        given().auth()
                .oauth2(world.leaderOf(0))
                .queryParam("on", "2026-06-30")
                .get("/api/v1/blocs/{id}/members", bloc)
                .then()
                .statusCode(200)
                .body("", hasSize(12))
                .body("unit.name", hasItem(containsString("Lữ đoàn 198, Bộ Tư lệnh Đặc công")))
                .body("[0].unit.name", containsString("Bộ Chỉ huy Bộ đội Biên phòng"))
                .body("[0].joinedOn", equalTo("2025-01-01"))
                .body("[0].leftOn", nullValue());
        given().auth()
                .oauth2(world.leaderOf(0))
                .queryParam("on", "2024-12-31")
                .get("/api/v1/blocs/{id}/members", bloc)
                .then()
                .statusCode(200)
                .body("", hasSize(0));
    }

    @Test
    void aUnitThatLeavesDisappearsFromLaterListsButStaysInTheHistory() {
        BlocWorld world = BlocWorld.create();
        UUID bloc = world.blocWithMembers(START);
        String membership = membershipOf(world, bloc, 1);

        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("leftOn", "2026-07-01", "reason", "Sáp nhập theo Nghị quyết của HĐND tỉnh"))
                .post("/api/v1/blocs/{id}/members/{m}/end", bloc, membership)
                .then()
                .statusCode(200)
                .body("leftOn", equalTo("2026-07-01"));

        given().auth()
                .oauth2(world.officer())
                .queryParam("on", "2026-06-30")
                .get("/api/v1/blocs/{id}/members", bloc)
                .then()
                .body("", hasSize(12));
        given().auth()
                .oauth2(world.officer())
                .queryParam("on", "2026-07-01")
                .get("/api/v1/blocs/{id}/members", bloc)
                .then()
                .body("", hasSize(11))
                .body("unit.id", not(hasItem(world.units.get(1).toString())));
        given().auth()
                .oauth2(world.officer())
                .get("/api/v1/blocs/{id}/members/history", bloc)
                .then()
                .body("", hasSize(12))
                .body("find { it.membershipId == '" + membership + "' }.leaveReason", containsString("Sáp nhập"));

        // it may come back later, as a new period
        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "unitIds", List.of(world.units.get(1)), "joinedOn", "2027-01-01", "reason", "Tái lập đơn vị"))
                .post("/api/v1/blocs/{id}/members", bloc)
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(world.officer())
                .get("/api/v1/blocs/{id}/members/history", bloc)
                .then()
                .body("", hasSize(13));
    }

    @Test
    void aUnitMayBelongToSeveralBlocs() {
        BlocWorld world = BlocWorld.create();
        UUID first = world.blocWithMembers(START);
        UUID second = world.createBloc("CTĐ-01");
        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("unitIds", List.of(world.units.get(8)), "joinedOn", "2025-01-01", "reason", "Cụm an ninh"))
                .post("/api/v1/blocs/{id}/members", second)
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(world.officer())
                .queryParam("memberUnitId", world.units.get(8))
                .get("/api/v1/blocs")
                .then()
                .body("total", equalTo(2))
                .body("items.id", hasItem(first.toString()));
    }

    @Test
    void rulesOfMembershipAnswerWithTheField() {
        BlocWorld world = BlocWorld.create();
        UUID bloc = world.blocWithMembers(START);
        String membership = membershipOf(world, bloc, 2);

        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("leftOn", "2024-12-31", "reason", "Nhầm"))
                .post("/api/v1/blocs/{id}/members/{m}/end", bloc, membership)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("leftOn"))
                .body("errors[0].message", containsString("không được trước ngày gia nhập"));
        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "unitIds",
                        List.of(world.units.get(0), world.units.get(2)),
                        "joinedOn",
                        "2026-01-01",
                        "reason",
                        "x"))
                .post("/api/v1/blocs/{id}/members", bloc)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("unitIds[0]"))
                .body("errors[0].message", containsString("đã là thành viên"));
        UUID outsider = world.createUnit("Sở Nội vụ " + world.suffix, "AGENCY", world.province);
        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("unitIds", List.of(outsider, outsider), "joinedOn", "2026-01-01", "reason", "x"))
                .post("/api/v1/blocs/{id}/members", bloc)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("unitIds[1]"));
        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("unitIds", List.of(UUID.randomUUID()), "joinedOn", "2026-01-01", "reason", "x"))
                .post("/api/v1/blocs/{id}/members", bloc)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("unitIds[0]"));
        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "unitIds", java.util.Arrays.asList(outsider, null), "joinedOn", "2026-01-01", "reason", "x"))
                .post("/api/v1/blocs/{id}/members", bloc)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("unitIds[1]"));
        given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("unitIds", List.of(), "joinedOn", "2026-01-01", "reason", "x"))
                .post("/api/v1/blocs/{id}/members", bloc)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("unitIds"));
        given().auth()
                .oauth2(world.officer())
                .queryParam("on", "ngày mai")
                .get("/api/v1/blocs/{id}/members", bloc)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("on"))
                .body("errors[0].message", containsString("YYYY-MM-DD"));
        // nothing was half-written by the refused requests
        given().auth()
                .oauth2(world.officer())
                .get("/api/v1/blocs/{id}/members/history", bloc)
                .then()
                .body("", hasSize(12));
    }

    @Test
    void onlyOfficersInReachChangeMembers() {
        BlocWorld world = BlocWorld.create();
        UUID bloc = world.blocWithMembers(START);
        UUID newcomer = world.createUnit("Sở Nội vụ " + world.suffix, "AGENCY", world.province);
        Map<String, Object> body = Map.of("unitIds", List.of(newcomer), "joinedOn", "2026-01-01", "reason", "x");
        given().auth()
                .oauth2(world.leaderOf(0))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/blocs/{id}/members", bloc)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(BlocWorld.outsideOfficer())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/blocs/{id}/members", bloc)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(BlocWorld.outsideOfficer())
                .get("/api/v1/blocs/{id}/members", bloc)
                .then()
                .statusCode(404);
    }

    @Test
    void twoOfficersAddingTheSameUnitAtOnceGiveOnePeriod() throws Exception {
        BlocWorld world = BlocWorld.create();
        UUID bloc = world.createBloc("KTĐ-03");
        Map<String, Object> body =
                Map.of("unitIds", List.of(world.units.get(4)), "joinedOn", "2026-01-01", "reason", "x");
        Callable<Integer> add = () -> given().auth()
                .oauth2(world.officer())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/blocs/{id}/members", bloc)
                .then()
                .extract()
                .statusCode();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = pool.invokeAll(List.of(add, add));
            List<Integer> codes = List.of(results.get(0).get(), results.get(1).get());
            assertEquals(1, codes.stream().filter(c -> c == 201).count(), "statuses " + codes);
            assertEquals(1, codes.stream().filter(c -> c == 400).count(), "statuses " + codes);
        } finally {
            pool.shutdown();
        }
        long periods = QuarkusTransaction.requiringNew().call(() -> Membership.count("blocId", bloc));
        assertEquals(1, periods);
    }

    private static String membershipOf(BlocWorld world, UUID bloc, int unitIndex) {
        return given().auth()
                .oauth2(world.officer())
                .get("/api/v1/blocs/{id}/members", bloc)
                .then()
                .extract()
                .path("find { it.unit.id == '" + world.units.get(unitIndex) + "' }.membershipId");
    }
}
