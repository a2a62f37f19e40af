package vn.thidua.replicas.bloc;

import io.smallrye.faulttolerance.api.ApplyGuard;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.thidua.platform.events.ReceivedEvent;
import vn.thidua.platform.parking.ConsumerGuards;
import vn.thidua.platform.parking.InboxListener;

/** Keeps the replicas of blocs and their membership from bloc-service's events (thidua.blocs.v1). */
@ApplicationScoped
public class BlocListener extends InboxListener {

    static final String CONSUMER = "bloc-membership";
    static final String CHANNEL = "blocs";
    public static final String MEMBERSHIP_CHANGED = "vn.thidua.bloc.membership-changed.v1";
    public static final String BLOC_CREATED = "vn.thidua.bloc.created.v1";
    public static final String BLOC_UPDATED = "vn.thidua.bloc.updated.v1";
    public static final String TERM_SET = "vn.thidua.bloc.term-set.v1";

    /** bloc-service's BlocSnapshot, the fields a replica keeps. */
    public record BlocSnapshot(UUID id, UUID organizingUnitId, String code, String name, long version) {}

    /** bloc-service's MembershipPeriod: the period as it is after the change. */
    public record MembershipPeriod(
            UUID membershipId, UUID blocId, UUID unitId, LocalDate joinedOn, LocalDate leftOn, String reason) {}

    /** bloc-service's TermSnapshot, the fields a replica keeps. */
    public record TermSnapshot(
            UUID blocId, int year, UUID headUnitId, UUID deputyUnitId, LocalDate decidedOn, long version) {}

    BlocListener() {
        super(CONSUMER, CHANNEL);
    }

    @Inject
    Clock clock;

    @Incoming(CHANNEL)
    @Blocking(ordered = true)
    @ApplyGuard(ConsumerGuards.EVENTS)
    public void onBlocEvent(String payload) {
        receive(payload);
    }

    @Override
    public void apply(ReceivedEvent event) {
        switch (event.type()) {
            case MEMBERSHIP_CHANGED -> applyMembership(event.dataAs(MembershipPeriod.class));
            case BLOC_CREATED, BLOC_UPDATED -> applyBloc(event.dataAs(BlocSnapshot.class));
            case TERM_SET -> applyTerm(event.dataAs(TermSnapshot.class));
            default -> {}
        }
    }

    // persist() leaves a copy that is already managed as it is: one call for a new copy and a changed one
    private void applyBloc(BlocSnapshot snapshot) {
        BlocReplica replica =
                BlocReplica.<BlocReplica>findByIdOptional(snapshot.id()).orElseGet(BlocReplica::new);
        replica.apply(snapshot, OffsetDateTime.now(clock));
        replica.persist();
    }

    private void applyMembership(MembershipPeriod period) {
        MembershipReplica replica = MembershipReplica.<MembershipReplica>findByIdOptional(period.membershipId())
                .orElseGet(MembershipReplica::new);
        replica.apply(period, OffsetDateTime.now(clock));
        replica.persist();
    }

    private void applyTerm(TermSnapshot snapshot) {
        TermReplica replica = TermReplica.of(snapshot.blocId(), snapshot.year()).orElseGet(TermReplica::new);
        replica.apply(snapshot, OffsetDateTime.now(clock));
        replica.persist();
    }
}
