package vn.thidua.platform.parking;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.thidua.platform.events.MalformedEventException;
import vn.thidua.platform.events.ReceivedEvent;
import vn.thidua.platform.inbox.Inbox;
import vn.thidua.platform.problem.ProblemException;

/**
 * Keeps what other services report on thidua.deliveries.v1 about this service's own events: parked (with the
 * reason, shown to the officer whose act it was) and resolved.
 */
@ApplicationScoped
public class DeliveryProblemsListener implements ParkableConsumer {

    static final String CHANNEL = "deliveries";

    @Inject
    Inbox inbox;

    @ConfigProperty(name = "quarkus.application.name")
    String application;

    @Incoming(CHANNEL)
    @Blocking(ordered = true)
    @Retry(
            maxRetries = 20,
            delay = 500,
            maxDuration = 10,
            durationUnit = ChronoUnit.MINUTES,
            jitter = 200,
            abortOn = {MalformedEventException.class, ProblemException.class})
    @ExponentialBackoff(maxDelay = 60_000)
    public void onNotice(String payload) {
        inbox.handle(consumer(), payload, this::apply);
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public String consumer() {
        return "delivery-problems";
    }

    @Override
    public void apply(ReceivedEvent event) {
        if (!ParkedNotice.PARKED.equals(event.type()) && !ParkedNotice.RESOLVED.equals(event.type())) {
            return;
        }
        ParkedNotice notice = event.dataAs(ParkedNotice.class);
        if (!("/thidua/" + application).equals(notice.eventSource())) {
            return;
        }
        DeliveryProblem problem = DeliveryProblem.findById(notice.parkedId());
        if (problem == null) {
            problem = new DeliveryProblem();
            problem.parkedId = notice.parkedId();
            problem.report(notice);
            problem.persist();
        } else if (notice.attempts() >= problem.attempts) {
            problem.report(notice);
        }
    }
}
