package vn.thidua.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RelayBackoffTest {

    @Test
    void doublesUpToTheMaximumAndResetsOnSuccess() {
        RelayBackoff backoff = new RelayBackoff(Duration.ofMillis(250), Duration.ofSeconds(1));
        assertTrue(backoff.ready());

        backoff.failed();
        assertEquals(Duration.ofMillis(250), backoff.current());
        assertFalse(backoff.ready());
        backoff.failed();
        backoff.failed();
        backoff.failed();
        assertEquals(Duration.ofSeconds(1), backoff.current());

        backoff.succeeded();
        assertEquals(Duration.ZERO, backoff.current());
        assertTrue(backoff.ready());
    }
}
