package vn.thidua.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;

/** A CloudEvent as a consumer sees it. */
public record ReceivedEvent(
        String id,
        String type,
        String source,
        String subject,
        OffsetDateTime time,
        JsonNode data,
        ObjectMapper mapper) {

    public <T> T dataAs(Class<T> type) {
        try {
            return mapper.treeToValue(data, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new MalformedEventException("Event " + id + " of type " + this.type + " has unreadable data", e);
        }
    }
}
