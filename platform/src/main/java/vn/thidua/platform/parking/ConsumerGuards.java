package vn.thidua.platform.parking;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.temporal.ChronoUnit;
import java.util.List;
import vn.thidua.platform.events.MalformedEventException;
import vn.thidua.platform.problem.ProblemException;

/**
 * How a Kafka consumer ({@code @ApplyGuard(...)} on its {@code @Incoming} method) tries an event again before
 * the channel parks it: up to 20 times within 10 minutes, waits from half a second doubling to a minute, so that a
 * database restart or a broker election is ridden out. A malformed event is parked at once.
 */
@Singleton
public class ConsumerGuards {

    /** Events whose failures may pass: the database, the broker, a replica not caught up yet. */
    public static final String EVENTS = "thidua-events";

    /** Events a rule of this service may refuse for good (a ProblemException): parked at once, retried by an officer. */
    public static final String RULED_EVENTS = "thidua-ruled-events";

    @Produces
    @Identifier(EVENTS) public static final Guard EVENTS_GUARD =
            retrying(List.<Class<? extends Throwable>>of(MalformedEventException.class));

    @Produces
    @Identifier(RULED_EVENTS) public static final Guard RULED_EVENTS_GUARD =
            retrying(List.<Class<? extends Throwable>>of(MalformedEventException.class, ProblemException.class));

    private static Guard retrying(List<Class<? extends Throwable>> givingUpOn) {
        return Guard.create()
                .withRetry()
                .maxRetries(20)
                .delay(500, ChronoUnit.MILLIS)
                .maxDuration(10, ChronoUnit.MINUTES)
                .jitter(200, ChronoUnit.MILLIS)
                .abortOn(givingUpOn)
                .withExponentialBackoff()
                .maxDelay(60_000, ChronoUnit.MILLIS)
                .done()
                .done()
                .build();
    }
}
