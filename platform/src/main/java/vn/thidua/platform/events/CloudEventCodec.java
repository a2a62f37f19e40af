package vn.thidua.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.format.EventDeserializationException;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The one event envelope: CloudEvents 1.0, structured JSON mode, data as JSON. */
@ApplicationScoped
public class CloudEventCodec {

    public static final String CONTENT_TYPE = JsonFormat.CONTENT_TYPE;

    private final EventFormat format = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);

    @Inject
    Clock clock;

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    /** Wraps {@code data} into a new CloudEvent whose subject is the aggregate id. */
    public CloudEvent envelope(String type, String aggregateId, Object data) {
        try {
            return CloudEventBuilder.v1()
                    .withId(UUID.randomUUID().toString())
                    .withSource(URI.create("/thidua/" + applicationName))
                    .withType(type)
                    .withSubject(aggregateId)
                    .withTime(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                    .withDataContentType("application/json")
                    .withData(mapper.writeValueAsBytes(data))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data cannot be written as JSON: " + type, e);
        }
    }

    public String serialize(CloudEvent event) {
        return new String(format.serialize(event), StandardCharsets.UTF_8);
    }

    /** Parses a structured CloudEvent; a malformed message raises {@link MalformedEventException}. */
    public ReceivedEvent parse(String payload) {
        try {
            CloudEvent event = format.deserialize(payload.getBytes(StandardCharsets.UTF_8));
            byte[] data = event.getData() == null ? null : event.getData().toBytes();
            return new ReceivedEvent(
                    event.getId(),
                    event.getType(),
                    event.getSource().toString(),
                    event.getSubject(),
                    event.getTime(),
                    data == null ? mapper.nullNode() : mapper.readTree(data),
                    mapper);
        } catch (EventDeserializationException | java.io.IOException | IllegalArgumentException e) {
            throw new MalformedEventException("Not a valid CloudEvent: " + e.getMessage(), e);
        }
    }
}
