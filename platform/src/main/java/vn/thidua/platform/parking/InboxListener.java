package vn.thidua.platform.parking;

import jakarta.inject.Inject;
import vn.thidua.platform.inbox.Inbox;

/**
 * A Kafka listener that applies each event once through the inbox and whose events the platform parks when they
 * cannot be applied. A subclass names its consumer and channel, and receives on a method marked
 * {@code @Incoming(CHANNEL) @Blocking(ordered = true) @ApplyGuard(ConsumerGuards.EVENTS)} that calls
 * {@link #receive(String)}: the annotations stay on the subclass because the channel is the subclass's own.
 */
public abstract class InboxListener implements ParkableConsumer {

    private final String consumer;
    private final String channel;

    @Inject
    Inbox inbox;

    protected InboxListener(String consumer, String channel) {
        this.consumer = consumer;
        this.channel = channel;
    }

    /** Applies the event in one transaction with the inbox's record of it; a redelivery changes nothing. */
    protected void receive(String payload) {
        inbox.handle(consumer, payload, this::apply);
    }

    @Override
    public final String channel() {
        return channel;
    }

    @Override
    public final String consumer() {
        return consumer;
    }
}
