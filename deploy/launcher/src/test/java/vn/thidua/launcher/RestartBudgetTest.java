package vn.thidua.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RestartBudgetTest {

    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void allowsAtMostMaxRestartsWithinTheWindow() {
        RestartBudget budget = new RestartBudget(3, Duration.ofMinutes(10));
        assertTrue(budget.take(T0));
        assertTrue(budget.take(T0.plusSeconds(60)));
        assertTrue(budget.take(T0.plusSeconds(120)));
        assertFalse(budget.take(T0.plusSeconds(180)), "a fourth crash within ten minutes is left down");
        assertEquals(3, budget.used());
    }

    @Test
    void restartsOlderThanTheWindowNoLongerCount() {
        RestartBudget budget = new RestartBudget(2, Duration.ofMinutes(10));
        assertTrue(budget.take(T0));
        assertTrue(budget.take(T0.plusSeconds(300)));
        assertFalse(budget.take(T0.plusSeconds(599)));
        assertTrue(budget.take(T0.plusSeconds(600)), "the first restart has left the window");
        assertEquals(2, budget.used());
    }

    @Test
    void aZeroBudgetNeverRestarts() {
        assertFalse(new RestartBudget(0, Duration.ofMinutes(10)).take(T0));
    }
}
