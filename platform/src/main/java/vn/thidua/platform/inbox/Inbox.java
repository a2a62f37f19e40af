package vn.thidua.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import vn.thidua.platform.events.CloudEventCodec;
import vn.thidua.platform.events.ReceivedEvent;

/**
 * The idempotent consumer. Call {@link #handle} from a Kafka listener: the event id is recorded in
 * the same transaction as the change, so a redelivered event changes nothing, and a failed change
 * leaves no record (the event is retried).
 */
@ApplicationScoped
public class Inbox implements InboxStore {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    @Inject
    EntityManager em;

    @Inject
    CloudEventCodec codec;

    @Transactional
    public boolean handle(String consumer, String payload, Consumer<ReceivedEvent> apply) {
        ReceivedEvent event = codec.parse(payload);
        boolean applied = IdempotentHandler.handleOnce(this, consumer, event, apply);
        if (!applied) {
            LOG.debugf("Skipped redelivered event %s (%s) for %s", event.id(), event.type(), consumer);
        }
        return applied;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recordFirstDelivery(String eventId, String consumer, String eventType) {
        int inserted = em.createNativeQuery("""
                insert into inbox_event (event_id, consumer, event_type) values (:id, :consumer, :type)
                on conflict (event_id, consumer) do nothing""")
                .setParameter("id", eventId)
                .setParameter("consumer", consumer)
                .setParameter("type", eventType)
                .executeUpdate();
        return inserted == 1;
    }
}
