package vn.thidua.platform.outbox;

import java.time.Duration;

/** Exponential back-off between relay attempts after a broker failure. */
final class RelayBackoff {

    private final Duration initial;
    private Duration max;
    private Duration current = Duration.ZERO;
    private long notBeforeNanos = System.nanoTime();

    RelayBackoff(Duration initial, Duration max) {
        this.initial = initial;
        this.max = max;
    }

    synchronized void setMax(Duration max) {
        this.max = max;
    }

    synchronized boolean ready() {
        return System.nanoTime() - notBeforeNanos >= 0;
    }

    synchronized void failed() {
        current = current.isZero() ? initial : current.multipliedBy(2);
        if (current.compareTo(max) > 0) {
            current = max;
        }
        notBeforeNanos = System.nanoTime() + current.toNanos();
    }

    synchronized void succeeded() {
        current = Duration.ZERO;
        notBeforeNanos = System.nanoTime();
    }

    synchronized Duration current() {
        return current;
    }
}
