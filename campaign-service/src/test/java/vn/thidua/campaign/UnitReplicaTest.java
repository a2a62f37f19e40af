package vn.thidua.campaign;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.testing.EventWriter;
import vn.thidua.platform.testing.TestTokens;
import vn.thidua.replicas.unit.UnitReplica;

/** The replica is fed only by unit events on Kafka, written here as bloc-service writes them. */
@QuarkusTest
class UnitReplicaTest {

    /** the management interface (its root path, /q/): health, metrics and OpenAPI are only there */
    @TestHTTPResource(value = "/", management = true)
    URI management;

    static String event(String eventId, String type, UUID unit, String name, boolean active, long version) {
        return EventWriter.envelope(eventId, "/thidua/bloc-service", type, unit, """
                {"id":"%s","name":"%s","shortName":null,"kind":"AGENCY","parentId":null,"active":%s,"version":%d,"updatedAt":"%s"}""".formatted(
                        unit, name, active, version, OffsetDateTime.now()));
    }

    static void send(UUID key, String payload) throws Exception {
        EventWriter.send("thidua.units.v1", key, payload);
    }

    static String reader() {
        return TestTokens.user("unitofficer.demo").roles("unit-officer").get();
    }

    static void awaitReplica(UUID unit, String name, long version) {
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().auth()
                        .oauth2(reader())
                        .get("/api/v1/units/{id}", unit)
                        .then()
                        .statusCode(200)
                        .body("name", equalTo(name))
                        .body("version", equalTo((int) version)));
    }

    static long inboxRecords(String eventId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) UnitReplica.getEntityManager()
                                .createNativeQuery("select count(*) from inbox_event where event_id = :id")
                                .setParameter("id", eventId)
                                .getSingleResult())
                        .longValue());
    }

    @Test
    void aCreatedThenUpdatedUnitAppearsInTheReplica() throws Exception {
        UUID unit = UUID.randomUUID();
        send(unit, event(UUID.randomUUID().toString(), "vn.thidua.unit.created.v1", unit, "Sở Tư pháp", true, 0));
        awaitReplica(unit, "Sở Tư pháp", 0);

        send(unit, event(UUID.randomUUID().toString(), "vn.thidua.unit.deactivated.v1", unit, "Sở Tư pháp", false, 1));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().auth()
                        .oauth2(reader())
                        .get("/api/v1/units/{id}", unit)
                        .then()
                        .body("active", is(false))
                        .body("version", equalTo(1)));

        given().auth()
                .oauth2(reader())
                .queryParam("q", "sở tư")
                .get("/api/v1/units")
                .then()
                .statusCode(200)
                .body("items.find { it.id == '" + unit + "' }.name", equalTo("Sở Tư pháp"));
    }

    @Test
    void aRedeliveredEventChangesNothing() throws Exception {
        UUID unit = UUID.randomUUID();
        String created = UUID.randomUUID().toString();
        send(unit, event(created, "vn.thidua.unit.created.v1", unit, "Sở Nội vụ", true, 0));
        awaitReplica(unit, "Sở Nội vụ", 0);
        String updated = UUID.randomUUID().toString();
        send(unit, event(updated, "vn.thidua.unit.updated.v1", unit, "Sở Nội vụ (đổi tên)", true, 1));
        awaitReplica(unit, "Sở Nội vụ (đổi tên)", 1);

        // the broker redelivers both events (e.g. after a consumer crash before committing offsets)
        send(unit, event(created, "vn.thidua.unit.created.v1", unit, "Sở Nội vụ", true, 0));
        send(unit, event(updated, "vn.thidua.unit.updated.v1", unit, "Sở Nội vụ (đổi tên)", true, 1));
        UUID marker = UUID.randomUUID();
        send(marker, event(UUID.randomUUID().toString(), "vn.thidua.unit.created.v1", marker, "Mốc", true, 0));
        awaitReplica(marker, "Mốc", 0);

        awaitReplica(unit, "Sở Nội vụ (đổi tên)", 1);
        assertEquals(1, inboxRecords(created));
        assertEquals(1, inboxRecords(updated));
    }

    @Test
    void aLateOlderVersionDoesNotOverwriteANewerOne() throws Exception {
        UUID unit = UUID.randomUUID();
        send(unit, event(UUID.randomUUID().toString(), "vn.thidua.unit.updated.v1", unit, "Tên mới", true, 3));
        awaitReplica(unit, "Tên mới", 3);

        send(unit, event(UUID.randomUUID().toString(), "vn.thidua.unit.updated.v1", unit, "Tên cũ", true, 2));
        UUID marker = UUID.randomUUID();
        send(marker, event(UUID.randomUUID().toString(), "vn.thidua.unit.created.v1", marker, "Mốc 2", true, 0));
        awaitReplica(marker, "Mốc 2", 0);

        awaitReplica(unit, "Tên mới", 3);
    }

    @Test
    void aMalformedMessageIsParkedWithItsReasonAndConsumptionGoesOn() throws Exception {
        UUID unit = UUID.randomUUID();
        String malformed = "{not a cloud event " + unit;
        send(unit, malformed);
        send(unit, event(UUID.randomUUID().toString(), "vn.thidua.unit.created.v1", unit, "Sau tin lỗi", true, 0));

        awaitReplica(unit, "Sau tin lỗi", 0);
        Map<String, Object> parked =
                await().atMost(Duration.ofSeconds(20)).until(() -> parked(unit.toString()), p -> p != null);
        assertEquals("thidua.units.v1", parked.get("topic"));
        assertEquals("units", parked.get("channel"));
        assertTrue(parked.get("reason").toString().contains("CloudEvent"), parked.toString());
        given().get(management.resolve("/q/metrics"))
                .then()
                .statusCode(200)
                .body(containsString("thidua_events_parked"));
    }

    static String admin() {
        return TestTokens.user("admin.test").roles("admin").get();
    }

    /** The open parked event whose Kafka key is {@code key}, as the admin lists them. */
    static Map<String, Object> parked(String key) {
        List<Map<String, Object>> all = given().auth()
                .oauth2(admin())
                .get("/api/v1/parked-events/campaign")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        return all.stream()
                .filter(p -> key.equals(p.get("messageKey")))
                .findFirst()
                .orElse(null);
    }

    @Test
    void anEventThatFailsForAWhileIsRetriedUntilItApplies() throws Exception {
        UUID unit = UUID.randomUUID();
        String name = "Tạm thời bị chặn " + unit;
        // the database refuses this row for a few seconds, as during a restart or a lock timeout
        QuarkusTransaction.requiringNew()
                .run(() -> UnitReplica.getEntityManager()
                        .createNativeQuery(
                                "alter table unit_replica add constraint test_refuse check (name <> '" + name + "')")
                        .executeUpdate());
        try {
            send(unit, event(UUID.randomUUID().toString(), "vn.thidua.unit.created.v1", unit, name, true, 0));
            await().pollDelay(Duration.ofSeconds(3))
                    .atMost(Duration.ofSeconds(4))
                    .untilAsserted(() -> given().auth()
                            .oauth2(reader())
                            .get("/api/v1/units/{id}", unit)
                            .then()
                            .statusCode(404));
        } finally {
            QuarkusTransaction.requiringNew()
                    .run(() -> UnitReplica.getEntityManager()
                            .createNativeQuery("alter table unit_replica drop constraint test_refuse")
                            .executeUpdate());
        }
        await().atMost(Duration.ofSeconds(40))
                .untilAsserted(() -> given().auth()
                        .oauth2(reader())
                        .get("/api/v1/units/{id}", unit)
                        .then()
                        .statusCode(200)
                        .body("name", equalTo(name)));
        assertEquals(null, parked(unit.toString()), "a retried event is not parked");
    }

    @Test
    void theReplicaIsReadOnlyAndNeedsAToken() {
        given().get("/api/v1/units/{id}", UUID.randomUUID()).then().statusCode(401);
        given().auth()
                .oauth2(reader())
                .contentType("application/json")
                .body(Map.of("name", "x"))
                .post("/api/v1/units")
                .then()
                .statusCode(405)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(reader())
                .get("/api/v1/units/{id}", UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
