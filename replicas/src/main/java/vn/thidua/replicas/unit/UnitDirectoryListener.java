package vn.thidua.replicas.unit;

import io.smallrye.faulttolerance.api.ApplyGuard;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.thidua.platform.events.ReceivedEvent;
import vn.thidua.platform.parking.ConsumerGuards;
import vn.thidua.platform.parking.InboxListener;

/**
 * Keeps the unit replica in step with the directory's events (thidua.units.v1). A failure to apply an
 * event (database restarting, lock timeout) is retried with growing pauses, holding the partition so
 * later events do not overtake it; a message that still fails, or cannot be parsed at all, goes to the
 * dead-letter topic (see application.properties) and consumption goes on.
 */
@ApplicationScoped
public class UnitDirectoryListener extends InboxListener {

    static final String CONSUMER = "unit-replica";
    static final String CHANNEL = "units";

    UnitDirectoryListener() {
        super(CONSUMER, CHANNEL);
    }

    @Inject
    Clock clock;

    @Incoming(CHANNEL)
    @Blocking(ordered = true)
    @ApplyGuard(ConsumerGuards.EVENTS)
    public void onUnitEvent(String payload) {
        receive(payload);
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
