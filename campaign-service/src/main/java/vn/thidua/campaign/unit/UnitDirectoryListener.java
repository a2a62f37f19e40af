package vn.thidua.campaign.unit;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import vn.thidua.platform.events.MalformedEventException;
import vn.thidua.platform.events.ReceivedEvent;
import vn.thidua.platform.inbox.Inbox;

/** Keeps the unit replica in step with the directory's events (thidua.units.v1). */
@ApplicationScoped
public class UnitDirectoryListener {

    static final String CONSUMER = "unit-replica";
    private static final Logger LOG = Logger.getLogger(UnitDirectoryListener.class);

    @Inject
    Inbox inbox;

    @Incoming("units")
    @Blocking(ordered = true)
    public void onUnitEvent(String payload) {
        try {
            inbox.handle(CONSUMER, payload, this::apply);
        } catch (MalformedEventException e) {
            // redelivery cannot repair a malformed message: log it and move on
            LOG.errorf("Skipped malformed unit event: %s", e.getMessage());
        }
    }

    void apply(ReceivedEvent event) {
        if (!event.type().startsWith("vn.thidua.unit.")) {
            return;
        }
        UnitSnapshot snapshot = event.dataAs(UnitSnapshot.class);
        UnitReplica replica = UnitReplica.findById(snapshot.id());
        if (replica == null) {
            replica = new UnitReplica();
            replica.apply(snapshot);
            replica.persist();
        } else {
            replica.apply(snapshot);
        }
    }
}
