package vn.thidua.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    record Attendee(String name, List<String> roles) {}

    record Meeting(String title, LocalDate heldOn, OffsetDateTime opensAt, List<Attendee> attendees) {}

    private final ObjectMapper mapper = StrictJson.apply(new ObjectMapper().registerModule(new JavaTimeModule()));

    @Test
    void readsOrdinaryText() throws Exception {
        Meeting m = mapper.readValue("""
                {"title":"Hội nghị ký kết giao ước thi đua\\nnăm 2026\\t(lần 1)","heldOn":"2026-02-10",
                 "opensAt":"2026-02-10T08:00:00+07:00","attendees":[{"name":"Y Bhin Êban","roles":["Chủ trì"]}]}""", Meeting.class);
        assertEquals("Hội nghị ký kết giao ước thi đua\nnăm 2026\t(lần 1)", m.title());
        assertEquals(LocalDate.of(2026, 2, 10), m.heldOn());
        assertEquals("Chủ trì", m.attendees().get(0).roles().get(0));
    }

    @Test
    void refusesNulAndOtherControlsNamingTheField() {
        assertEquals("title", refusedField("{\"title\":\"A\\u0000B\"}"));
        assertEquals("attendees[0].name", refusedField("{\"attendees\":[{\"name\":\"x\\u0007\"}]}"));
        assertEquals(
                "attendees[1].roles[0]", refusedField("{\"attendees\":[{\"name\":\"a\"},{\"roles\":[\"\\u0000\"]}]}"));
    }

    @Test
    void refusesDatesOutsideTheYearsOfRecord() {
        assertEquals("heldOn", refusedField("{\"heldOn\":\"+999999999-12-31\"}"));
        assertEquals("heldOn", refusedField("{\"heldOn\":\"1899-12-31\"}"));
        assertEquals("opensAt", refusedField("{\"opensAt\":\"2200-01-02T00:00:00+07:00\"}"));
    }

    @Test
    void acceptsTheFirstAndLastDayOfTheRange() throws Exception {
        Meeting m = mapper.readValue(
                "{\"heldOn\":\"1900-01-01\",\"opensAt\":\"1900-01-01T00:00:00+07:00\"}", Meeting.class);
        assertEquals(1900, m.heldOn().getYear());
        assertEquals(
                2199,
                mapper.readValue("{\"heldOn\":\"2199-12-31\"}", Meeting.class)
                        .heldOn()
                        .getYear());
    }

    @Test
    void refusesAKeyGivenTwiceAndSaysWhere() {
        assertEquals("attendees[0].name", duplicatePlace("{\"attendees\":[{\"name\":\"a\",\"name\":\"b\"}]}"));
        assertEquals("title", duplicatePlace("{\"title\":\"a\",\"title\":\"b\"}"));
    }

    private String duplicatePlace(String json) {
        Exception e = assertThrows(JsonProcessingException.class, () -> mapper.readValue(json, Meeting.class));
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException parse) {
                return JsonPaths.of(parse.getProcessor().getParsingContext());
            }
        }
        throw new AssertionError("not a duplicate key: " + e);
    }

    private String refusedField(String json) {
        JsonMappingException e =
                assertThrows(RejectedValueException.class, () -> mapper.readValue(json, Meeting.class));
        return JsonPaths.of(e.getPath());
    }
}
