package vn.thidua.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ClockProvider;
import java.time.Clock;

/** Bean Validation's "past" and "future" (@PastOrPresent on a date of record) read the one clock, in Vietnam's zone. */
@ApplicationScoped
public class ValidationClock implements ClockProvider {

    @Inject
    Clock clock;

    @Override
    public Clock getClock() {
        return clock;
    }
}
