package vn.thidua.platform.honours;

import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import vn.thidua.platform.events.ReceivedEvent;

/**
 * What a service that shows honours does with award-service's events: keeps each honour granted on a
 * proposal of its own (origin kind and an origin it knows), once, and marks it when it is revoked.
 */
public final class ReceivedHonours {

    private ReceivedHonours() {}

    public static <H extends ReceivedHonour> void apply(
            ReceivedEvent event,
            String originKind,
            Predicate<UUID> ownsOrigin,
            Function<UUID, H> find,
            Function<AwardEvents.HonourGranted, H> receive) {
        if (AwardEvents.GRANTED.equals(event.type())) {
            AwardEvents.HonourGranted granted = event.dataAs(AwardEvents.HonourGranted.class);
            if (granted.cameFrom(originKind)
                    && ownsOrigin.test(granted.origin().id())
                    && find.apply(granted.honourId()) == null) {
                receive.apply(granted).persist();
            }
        } else if (AwardEvents.REVOKED.equals(event.type())) {
            AwardEvents.HonourRevoked revoked = event.dataAs(AwardEvents.HonourRevoked.class);
            H honour = find.apply(revoked.honourId());
            if (honour != null) {
                honour.revoke(revoked);
            }
        }
    }
}
