package vn.thidua.bloc.unit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.testing.TopicRecords;

@QuarkusTest
class UnitEventsTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyChangeIsPublishedAsACloudEventKeyedByTheUnit() throws Exception {
        String id = UnitResourceTest.create("Sở Văn hóa, Thể thao và Du lịch " + UUID.randomUUID(), "AGENCY", null);
        given().auth()
                .oauth2(UnitResourceTest.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Sở Văn hóa và Thể thao " + id, "kind", "AGENCY", "version", 0))
                .put("/api/v1/units/{id}", id)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(UnitResourceTest.officer())
                .post("/api/v1/units/{id}/deactivate", id)
                .then()
                .statusCode(200);

        List<ConsumerRecord<String, String>> events = readUnitEvents(id, 3);

        assertEquals(
                List.of(UnitEvents.CREATED, UnitEvents.UPDATED, UnitEvents.DEACTIVATED),
                events.stream().map(r -> type(r)).toList());
        JsonNode last = json.readTree(events.get(2).value());
        assertEquals("1.0", last.get("specversion").asText());
        assertEquals("/thidua/bloc-service", last.get("source").asText());
        assertEquals(id, last.get("subject").asText());
        assertFalse(last.get("id").asText().isBlank());
        assertEquals(false, last.get("data").get("active").asBoolean());
        assertEquals(2, last.get("data").get("version").asInt());
        assertEquals(
                "application/cloudevents+json",
                new String(events.get(0).headers().lastHeader("content-type").value()));
    }

    private String type(ConsumerRecord<String, String> record) {
        try {
            return json.readTree(record.value()).get("type").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<ConsumerRecord<String, String>> readUnitEvents(String key, int expected) {
        return TopicRecords.read(
                        UnitEvents.TOPIC,
                        read -> read.stream().filter(r -> key.equals(r.key())).count() >= expected,
                        Duration.ofSeconds(20))
                .stream()
                .filter(r -> key.equals(r.key()))
                .toList();
    }
}
