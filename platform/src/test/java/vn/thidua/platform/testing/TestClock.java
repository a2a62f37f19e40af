package vn.thidua.platform.testing;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import vn.thidua.platform.time.VietnamClock;

/**
 * The services' clock in tests: Vietnam's zone, running, and moved to the day a test says ("today is
 * 20 February 2027") with {@link #today}; {@link #reset} after the test. Static, so that a test sets it
 * without injection; one test JVM runs one test at a time.
 */
@Singleton
public class TestClock extends Clock {

    private static volatile Duration shift = Duration.ZERO;

    /** From now on it is {@code day} in Vietnam, at the present time of day. */
    public static void today(LocalDate day) {
        travelTo(day.atTime(LocalTime.now(VietnamClock.ZONE))
                .atZone(VietnamClock.ZONE)
                .toInstant());
    }

    public static void travelTo(Instant instant) {
        shift = Duration.between(Instant.now(), instant);
    }

    public static void reset() {
        shift = Duration.ZERO;
    }

    public static LocalDate today() {
        return LocalDate.ofInstant(Instant.now().plus(shift), VietnamClock.ZONE);
    }

    @Override
    public ZoneId getZone() {
        return VietnamClock.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), shift);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(shift);
    }
}
