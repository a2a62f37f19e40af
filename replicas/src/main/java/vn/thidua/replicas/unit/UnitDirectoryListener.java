package vn.thidua.replicas.unit;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.thidua.platform.events.MalformedEventException;
import vn.thidua.platform.events.ReceivedEvent;
import vn.thidua.platform.inbox.Inbox;
import vn.thidua.platform.parking.ParkableConsumer;

/**
 * Keeps the unit replica in step with the directory's events (thidua.units.v1). A failure to apply an
 * event (database restarting, lock timeout) is retried with growing pauses, holding the partition so
 * later events do not overtake it; a message that still fails, or cannot be parsed at all, goes to the
 * dead-letter topic (see application.properties) and consumption goes on.
 */
@ApplicationScoped
public class UnitDirectoryListener implements ParkableConsumer {

    static final String CONSUMER = "unit-replica";
    static final String CHANNEL = "units";

    @Inject
    Clock clock;

    @Inject
    Inbox inbox;

    @Incoming(CHANNEL)
    @Blocking(ordered = true)
    @Retry(
            maxRetries = 20,
            delay = 500,
            maxDuration = 10,
            durationUnit = ChronoUnit.MINUTES,
            jitter = 200,
            abortOn = MalformedEventException.class)
    @ExponentialBackoff(maxDelay = 60_000)
    public void onUnitEvent(String payload) {
        inbox.handle(CONSUMER, payload, this::apply);
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public String consumer() {
        return CONSUMER;
    }

    @Override
    public void apply(ReceivedEvent event) {
        if (!event.type().startsWith("vn.thidua.unit.")) {
            return;
        }
        UnitSnapshot snapshot = event.dataAs(UnitSnapshot.class);
        UnitReplica replica =
                UnitReplica.<UnitReplica>findByIdOptional(snapshot.id()).orElseGet(UnitReplica::new);
        replica.apply(snapshot, OffsetDateTime.now(clock));
        // a copy that is already managed stays as it is
        replica.persist();
    }
}
