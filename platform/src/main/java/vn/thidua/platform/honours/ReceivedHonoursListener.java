package vn.thidua.platform.honours;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import vn.thidua.platform.events.ReceivedEvent;
import vn.thidua.platform.parking.InboxListener;

/**
 * What a service that shows honours does with award-service's events: keeps each honour granted on a
 * proposal of its own (origin kind and an origin it knows), once, and marks it when it is revoked.
 */
public abstract class ReceivedHonoursListener<H extends ReceivedHonour> extends InboxListener {

    /** The channel each such service reads thidua.awards.v1 on. */
    public static final String CHANNEL = "honours";

    private final String originKind;
    private final Class<H> type;
    private final Predicate<UUID> ownsOrigin;
    private final BiFunction<AwardEvents.HonourGranted, OffsetDateTime, H> keep;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * @param ownsOrigin whether the proposal's origin (a bloc, a campaign) is one of this service's
     * @param keep the honour as this service keeps it, received at the given time
     */
    protected ReceivedHonoursListener(
            String consumer,
            String originKind,
            Class<H> type,
            Predicate<UUID> ownsOrigin,
            BiFunction<AwardEvents.HonourGranted, OffsetDateTime, H> keep) {
        super(consumer, CHANNEL);
        this.originKind = originKind;
        this.type = type;
        this.ownsOrigin = ownsOrigin;
        this.keep = keep;
    }

    @Override
    public void apply(ReceivedEvent event) {
        if (AwardEvents.GRANTED.equals(event.type())) {
            AwardEvents.HonourGranted granted = event.dataAs(AwardEvents.HonourGranted.class);
            if (granted.cameFrom(originKind)
                    && ownsOrigin.test(granted.origin().id())
                    && em.find(type, granted.honourId()) == null) {
                keep.apply(granted, OffsetDateTime.now(clock)).persist();
            }
        } else if (AwardEvents.REVOKED.equals(event.type())) {
            AwardEvents.HonourRevoked revoked = event.dataAs(AwardEvents.HonourRevoked.class);
            H honour = em.find(type, revoked.honourId());
            if (honour != null) {
                honour.revoke(revoked);
            }
        }
    }
}
