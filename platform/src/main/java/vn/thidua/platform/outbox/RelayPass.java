package vn.thidua.platform.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One pass of the relay over a batch of pending events, in outbox order. Sends are pipelined, then
 * acknowledged in order; the pass stops at the first failure so that nothing after a failed event
 * is marked sent: the failed event and everything after it are sent again on the next pass. That
 * gives at-least-once delivery without reordering an aggregate's events.
 */
public final class RelayPass {

    public record PendingEvent(long id, String topic, String key, String payload) {}

    /** Hands one event to the broker; the future completes when the broker acknowledged it. */
    @FunctionalInterface
    public interface Sender {
        CompletableFuture<?> send(PendingEvent event);
    }

    /** @param sent ids acknowledged, in order; {@code failedId} and {@code failure} are null when all went out */
    public record Outcome(List<Long> sent, Long failedId, Throwable failure) {
        public boolean complete() {
            return failure == null;
        }
    }

    private RelayPass() {}

    public static Outcome run(List<PendingEvent> batch, Sender sender, Duration ackTimeout) {
        List<CompletableFuture<?>> acks = new ArrayList<>(batch.size());
        for (PendingEvent event : batch) {
            try {
                acks.add(sender.send(event));
            } catch (RuntimeException e) {
                acks.add(CompletableFuture.failedFuture(e));
                break;
            }
        }
        List<Long> sent = new ArrayList<>();
        long deadline = System.nanoTime() + ackTimeout.toNanos();
        for (int i = 0; i < acks.size(); i++) {
            PendingEvent event = batch.get(i);
            try {
                acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                sent.add(event.id());
            } catch (ExecutionException e) {
                return new Outcome(sent, event.id(), e.getCause());
            } catch (TimeoutException e) {
                return new Outcome(sent, event.id(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Outcome(sent, event.id(), e);
            }
        }
        return new Outcome(sent, null, null);
    }
}
