package vn.thidua.platform.outbox;

import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.thidua.platform.events.CloudEventCodec;

/**
 * Records an event in the caller's transaction; the relay publishes it after commit. Because the
 * event row commits or rolls back with the change it reports, no change is ever announced that did
 * not happen, and none happens unannounced.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    Clock clock;

    @Inject
    CloudEventCodec codec;

    @Inject
    OutboxRelay relay;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /**
     * @param topic       Kafka topic
     * @param type        CloudEvent type, e.g. {@code vn.thidua.unit.created.v1}
     * @param aggregateId the aggregate the event is about: CloudEvent subject and Kafka key (ordering)
     * @param data        event payload (a record), written as JSON
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String topic, String type, Object aggregateId, Object data) {
        CloudEvent event = codec.envelope(type, aggregateId.toString(), data);
        OutboxEvent row = new OutboxEvent();
        row.eventId = UUID.fromString(event.getId());
        row.topic = topic;
        row.messageKey = aggregateId.toString();
        row.eventType = type;
        row.payload = codec.serialize(event);
        row.createdAt = OffsetDateTime.now(clock);
        row.persist();
        transactions.registerInterposedSynchronization(new WakeRelayAfterCommit(relay));
        return row.eventId;
    }

    private record WakeRelayAfterCommit(OutboxRelay relay) implements Synchronization {
        @Override
        public void beforeCompletion() {}

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                relay.wakeUp();
            }
        }
    }
}
