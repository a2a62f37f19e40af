package vn.thidua.bloc.honours;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.thidua.bloc.blocs.Bloc;
import vn.thidua.platform.events.MalformedEventException;
import vn.thidua.platform.events.ReceivedEvent;
import vn.thidua.platform.honours.ReceivedHonours;
import vn.thidua.platform.inbox.Inbox;
import vn.thidua.platform.parking.ParkableConsumer;

/** Keeps the honours granted on a bloc's proposals, from award-service's decisions. */
@ApplicationScoped
public class HonoursListener implements ParkableConsumer {

    static final String CONSUMER = "bloc-honours";
    static final String CHANNEL = "honours";
    static final String FROM_BLOC = "BLOC";

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
    public void onAwardEvent(String payload) {
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
        // only what one of our blocs proposed is shown here
        ReceivedHonours.apply(
                event,
                FROM_BLOC,
                id -> Bloc.findById(id) != null,
                id -> Honour.findById(id),
                g -> Honour.of(g, OffsetDateTime.now(clock)));
    }
}
