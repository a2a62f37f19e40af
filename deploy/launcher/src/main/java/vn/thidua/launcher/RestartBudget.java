package vn.thidua.launcher;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * How often the launcher may restart a part that stopped unexpectedly: at most {@code max} restarts
 * within a sliding {@code window}, so a part that crashes in a loop is left down (and its log shown)
 * instead of being restarted for ever.
 */
final class RestartBudget {

    private final int max;
    private final Duration window;
    private final Deque<Instant> restarts = new ArrayDeque<>();

    RestartBudget(int max, Duration window) {
        this.max = max;
        this.window = window;
    }

    /** Takes one restart from the budget if there is one left at {@code now}. */
    synchronized boolean take(Instant now) {
        while (!restarts.isEmpty() && !restarts.peekFirst().isAfter(now.minus(window))) {
            restarts.removeFirst();
        }
        if (restarts.size() >= max) {
            return false;
        }
        restarts.addLast(now);
        return true;
    }

    /** Restarts taken within the window ending at the last one. */
    synchronized int used() {
        return restarts.size();
    }

    int max() {
        return max;
    }
}
