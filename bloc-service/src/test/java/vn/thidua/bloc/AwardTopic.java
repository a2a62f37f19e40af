package vn.thidua.bloc;

import java.util.UUID;
import vn.thidua.platform.honours.AwardEvents;
import vn.thidua.platform.testing.EventWriter;

/** Writes CloudEvents on thidua.awards.v1 as award-service does, for the consumers bloc-service has there. */
public final class AwardTopic {

    public static final String TOPIC = AwardEvents.TOPIC;
    private static final String SOURCE = "/thidua/award-service";

    private AwardTopic() {}

    /** The envelope around {@code dataJson}, with a new event id. */
    public static String event(String type, UUID subject, String dataJson) {
        return event(UUID.randomUUID().toString(), type, subject, dataJson);
    }

    public static String event(String eventId, String type, UUID subject, String dataJson) {
        return EventWriter.envelope(eventId, SOURCE, type, subject, dataJson);
    }

    public static void send(UUID key, String payload) throws Exception {
        EventWriter.send(TOPIC, key, payload);
    }
}
