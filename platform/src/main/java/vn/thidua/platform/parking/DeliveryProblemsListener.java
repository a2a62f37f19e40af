package vn.thidua.platform.parking;

import io.smallrye.faulttolerance.api.ApplyGuard;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.thidua.platform.events.ReceivedEvent;

/**
 * Keeps what other services report on thidua.deliveries.v1 about this service's own events: parked (with the
 * reason, shown to the officer whose act it was) and resolved.
 */
@ApplicationScoped
public class DeliveryProblemsListener extends InboxListener {

    static final String CHANNEL = "deliveries";

    DeliveryProblemsListener() {
        super("delivery-problems", CHANNEL);
    }

    @ConfigProperty(name = "quarkus.application.name")
    String application;

    @Incoming(CHANNEL)
    @Blocking(ordered = true)
    @ApplyGuard(ConsumerGuards.RULED_EVENTS)
    public void onNotice(String payload) {
        receive(payload);
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
