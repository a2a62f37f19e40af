package vn.thidua.bloc.honours;

import io.smallrye.faulttolerance.api.ApplyGuard;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.thidua.bloc.blocs.Bloc;
import vn.thidua.platform.honours.ReceivedHonoursListener;
import vn.thidua.platform.parking.ConsumerGuards;

/** Keeps the honours granted on a bloc's proposals, from award-service's decisions. */
@ApplicationScoped
public class HonoursListener extends ReceivedHonoursListener<Honour> {

    HonoursListener() {
        super("bloc-honours", "BLOC", Honour.class, blocId -> Bloc.findById(blocId) != null, Honour::of);
    }

    @Incoming(CHANNEL)
    @Blocking(ordered = true)
    @ApplyGuard(ConsumerGuards.EVENTS)
    public void onAwardEvent(String payload) {
        receive(payload);
    }
}
