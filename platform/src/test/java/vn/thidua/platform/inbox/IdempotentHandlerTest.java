package vn.thidua.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.events.ReceivedEvent;

class IdempotentHandlerTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final Set<String> recorded = new HashSet<>();
    private final InboxStore store = (id, consumer, type) -> recorded.add(consumer + "/" + id);
    private final List<String> applied = new ArrayList<>();

    private ReceivedEvent event(String id) {
        return new ReceivedEvent(
                id,
                "vn.thidua.unit.created.v1",
                "/thidua/bloc-service",
                "u-1",
                null,
                mapper.createObjectNode().put("name", "Sở Tư pháp"),
                mapper);
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        assertTrue(IdempotentHandler.handleOnce(store, "replica", event("e-1"), e -> applied.add(e.id())));
        assertFalse(IdempotentHandler.handleOnce(store, "replica", event("e-1"), e -> applied.add(e.id())));
        assertFalse(IdempotentHandler.handleOnce(store, "replica", event("e-1"), e -> applied.add(e.id())));

        assertEquals(List.of("e-1"), applied);
    }

    @Test
    void distinctEventsAreEachApplied() {
        IdempotentHandler.handleOnce(store, "replica", event("e-1"), e -> applied.add(e.id()));
        IdempotentHandler.handleOnce(store, "replica", event("e-2"), e -> applied.add(e.id()));

        assertEquals(List.of("e-1", "e-2"), applied);
    }

    @Test
    void eachConsumerAppliesTheSameEventOnce() {
        IdempotentHandler.handleOnce(store, "replica", event("e-1"), e -> applied.add("replica"));
        IdempotentHandler.handleOnce(store, "tasks", event("e-1"), e -> applied.add("tasks"));

        assertEquals(List.of("replica", "tasks"), applied);
    }

    @Test
    void aFailingChangePropagatesSoTheTransactionRollsBackWithItsInboxRecord() {
        RuntimeException failure = assertThrows(
                IllegalStateException.class,
                () -> IdempotentHandler.handleOnce(store, "replica", event("e-1"), e -> {
                    throw new IllegalStateException("database down");
                }));
        assertEquals("database down", failure.getMessage());
    }
}
