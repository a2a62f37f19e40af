package vn.thidua.platform.parking;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What a service reports on thidua.deliveries.v1 when it parks an event of another service, or resolves it: the
 * source service shows it to the officer whose act the event reported.
 */
public record ParkedNotice(
        UUID parkedId,
        String service,
        String channel,
        String eventId,
        String eventType,
        String eventSource,
        String subject,
        String reason,
        String field,
        int attempts,
        OffsetDateTime parkedAt,
        ParkedEvent.Resolution resolution,
        OffsetDateTime resolvedAt) {

    public static final String TOPIC = "thidua.deliveries.v1";
    public static final String PARKED = "vn.thidua.platform.event-parked.v1";
    public static final String RESOLVED = "vn.thidua.platform.event-resolved.v1";

    static ParkedNotice of(String service, ParkedEvent p) {
        return new ParkedNotice(
                p.id,
                service,
                p.channel,
                p.eventId,
                p.eventType,
                p.eventSource,
                p.subject,
                p.reason,
                p.reasonField,
                p.attempts,
                p.parkedAt,
                p.resolution,
                p.resolvedAt);
    }
}
