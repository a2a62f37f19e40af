package vn.thidua.platform.parking;

import vn.thidua.platform.events.ReceivedEvent;

/**
 * A Kafka listener whose events the platform parks when they cannot be applied (channel failure strategy
 * {@code park}), and applies again through the inbox when an officer asks after a fix.
 */
public interface ParkableConsumer {

    /** The {@code @Incoming} channel. */
    String channel();

    /** The inbox consumer name, so that an event applied on retry is applied once. */
    String consumer();

    void apply(ReceivedEvent event);

    /** Whether the current user, besides admins, may have the parked event applied again or set it aside. */
    default boolean mayResolve(ReceivedEvent event) {
        return false;
    }
}
