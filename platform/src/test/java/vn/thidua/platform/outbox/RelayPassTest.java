package vn.thidua.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.outbox.RelayPass.PendingEvent;

class RelayPassTest {

    /** A broker double: records what it accepted, fails the events it is told to. */
    static final class FlakyBroker implements RelayPass.Sender {
        final List<PendingEvent> accepted = new ArrayList<>();
        final java.util.Set<Long> failing = new java.util.HashSet<>();
        boolean down;
        boolean throwOnSend;

        @Override
        public CompletableFuture<?> send(PendingEvent event) {
            if (throwOnSend) {
                throw new TimeoutException("Topic not present in metadata after 5000 ms");
            }
            if (down || failing.contains(event.id())) {
                return CompletableFuture.failedFuture(new TimeoutException("broker unavailable"));
            }
            accepted.add(event);
            return CompletableFuture.completedFuture(event.id());
        }
    }

    /** The outbox table double: unsent events in id order, marked as the relay reports. */
    static final class Table {
        final List<PendingEvent> unsent = new ArrayList<>();

        Table(long count) {
            LongStream.rangeClosed(1, count)
                    .forEach(id -> unsent.add(
                            new PendingEvent(id, "thidua.units.v1", "unit-" + (id % 2), "{\"n\":" + id + "}")));
        }

        RelayPass.Outcome pass(RelayPass.Sender sender) {
            RelayPass.Outcome outcome = RelayPass.run(List.copyOf(unsent), sender, Duration.ofSeconds(1));
            unsent.removeIf(e -> outcome.sent().contains(e.id()));
            return outcome;
        }
    }

    @Test
    void publishesEveryEventInOrderWhenTheBrokerIsUp() {
        Table table = new Table(5);
        FlakyBroker broker = new FlakyBroker();

        RelayPass.Outcome outcome = table.pass(broker);

        assertTrue(outcome.complete());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), outcome.sent());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), ids(broker.accepted));
        assertTrue(table.unsent.isEmpty());
    }

    @Test
    void stopsAtTheFirstFailureAndMarksNothingAfterIt() {
        Table table = new Table(5);
        FlakyBroker broker = new FlakyBroker();
        broker.failing.add(3L);

        RelayPass.Outcome outcome = table.pass(broker);

        assertFalse(outcome.complete());
        assertEquals(3L, outcome.failedId());
        assertEquals(List.of(1L, 2L), outcome.sent());
        // 4 and 5 may have reached the broker, but stay pending so they are sent again after 3
        assertEquals(List.of(3L, 4L, 5L), ids(table.unsent));
    }

    @Test
    void retryAfterRecoveryDeliversTheRestWithoutLosingOrReorderingAnAggregate() {
        Table table = new Table(6);
        FlakyBroker broker = new FlakyBroker();
        broker.failing.add(2L);
        table.pass(broker);

        broker.failing.clear();
        RelayPass.Outcome retry = table.pass(broker);

        assertTrue(retry.complete());
        assertTrue(table.unsent.isEmpty());
        // per key, the last delivery of each event respects the outbox order (at-least-once)
        for (String key : List.of("unit-0", "unit-1")) {
            List<Long> delivered = broker.accepted.stream()
                    .filter(e -> e.key().equals(key))
                    .map(PendingEvent::id)
                    .toList();
            List<Long> lastDeliveries = delivered.stream()
                    .distinct()
                    .sorted((a, b) -> Integer.compare(delivered.lastIndexOf(a), delivered.lastIndexOf(b)))
                    .toList();
            List<Long> sorted = lastDeliveries.stream().sorted().toList();
            assertEquals(sorted, lastDeliveries, "order of " + key);
        }
        assertEquals(
                LongStream.rangeClosed(1, 6).boxed().collect(Collectors.toSet()),
                broker.accepted.stream().map(PendingEvent::id).collect(Collectors.toSet()));
    }

    @Test
    void brokerDownLosesNothing() {
        Table table = new Table(3);
        FlakyBroker broker = new FlakyBroker();
        broker.down = true;

        for (int attempt = 0; attempt < 3; attempt++) {
            RelayPass.Outcome outcome = table.pass(broker);
            assertFalse(outcome.complete());
            assertEquals(1L, outcome.failedId());
        }
        assertEquals(List.of(1L, 2L, 3L), ids(table.unsent));

        broker.down = false;
        assertTrue(table.pass(broker).complete());
        assertEquals(List.of(1L, 2L, 3L), ids(broker.accepted));
    }

    @Test
    void aSendThatThrowsIsAFailureOfThatEvent() {
        Table table = new Table(2);
        FlakyBroker broker = new FlakyBroker();
        broker.throwOnSend = true;

        RelayPass.Outcome outcome = table.pass(broker);

        assertEquals(1L, outcome.failedId());
        assertTrue(outcome.sent().isEmpty());
        assertEquals(2, table.unsent.size());
    }

    @Test
    void anUnacknowledgedSendTimesOut() {
        RelayPass.Outcome outcome = RelayPass.run(
                List.of(new PendingEvent(1, "t", "k", "{}")),
                event -> new CompletableFuture<>(),
                Duration.ofMillis(50));

        assertEquals(1L, outcome.failedId());
        assertTrue(outcome.failure() instanceof java.util.concurrent.TimeoutException);
    }

    @Test
    void anEmptyBatchIsComplete() {
        RelayPass.Outcome outcome = RelayPass.run(List.of(), new FlakyBroker(), Duration.ofSeconds(1));
        assertTrue(outcome.complete());
        assertNull(outcome.failedId());
    }

    private static List<Long> ids(List<PendingEvent> events) {
        return events.stream().map(PendingEvent::id).toList();
    }
}
