package vn.thidua.platform.inbox;

import java.util.function.Consumer;
import vn.thidua.platform.events.ReceivedEvent;

/** Applies an event at most once per consumer: the inbox record and the change share one transaction. */
public final class IdempotentHandler {

    private IdempotentHandler() {}

    /** @return true when the event was applied, false when it was a duplicate and nothing changed */
    public static boolean handleOnce(
            InboxStore store, String consumer, ReceivedEvent event, Consumer<ReceivedEvent> apply) {
        if (!store.recordFirstDelivery(event.id(), consumer, event.type())) {
            return false;
        }
        apply.accept(event);
        return true;
    }
}
