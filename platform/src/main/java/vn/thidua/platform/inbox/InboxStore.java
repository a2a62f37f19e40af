package vn.thidua.platform.inbox;

/** Remembers which events a consumer has already applied. */
@FunctionalInterface
public interface InboxStore {

    /** Records the event for the consumer; false when it was recorded before (a redelivery). */
    boolean recordFirstDelivery(String eventId, String consumer, String eventType);
}
