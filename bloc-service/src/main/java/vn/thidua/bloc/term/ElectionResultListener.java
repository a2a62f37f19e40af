package vn.thidua.bloc.term;

import io.smallrye.faulttolerance.api.ApplyGuard;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.thidua.bloc.blocs.Bloc;
import vn.thidua.bloc.blocs.BlocAccess;
import vn.thidua.platform.events.ReceivedEvent;
import vn.thidua.platform.parking.ConsumerGuards;
import vn.thidua.platform.parking.InboxListener;

/**
 * Sets a bloc's term when the voting engine (award-service) closes a bloc leadership election.
 * Other events of thidua.awards.v1 are skipped. A result that breaks a term rule (e.g. the winner is no
 * longer a member) cannot be fixed by retrying: it goes to the dead-letter topic for an officer.
 */
@ApplicationScoped
public class ElectionResultListener extends InboxListener {

    static final String CONSUMER = "bloc-election-results";
    static final String CHANNEL = "election-results";
    public static final String ELECTION_DECIDED = "vn.thidua.voting.bloc-election-decided.v1";

    /** What the voting engine reports when a bloc elects its head and deputy. */
    public record BlocElectionDecided(
            UUID sessionId,
            UUID blocId,
            int year,
            UUID headUnitId,
            UUID deputyUnitId,
            LocalDate decidedOn,
            int voters,
            int headVotes,
            int deputyVotes) {}

    ElectionResultListener() {
        super(CONSUMER, CHANNEL);
    }

    @Inject
    TermService terms;

    @Inject
    BlocAccess access;

    @Incoming(CHANNEL)
    @Blocking(ordered = true)
    @ApplyGuard(ConsumerGuards.RULED_EVENTS)
    public void onAwardEvent(String payload) {
        receive(payload);
    }

    /** The bloc's officers, and the leader of the head unit leading the bloc on the election's day. */
    @Override
    public boolean mayResolve(ReceivedEvent event) {
        if (!ELECTION_DECIDED.equals(event.type())) {
            return false;
        }
        BlocElectionDecided result = event.dataAs(BlocElectionDecided.class);
        Bloc bloc = result.blocId() == null ? null : Bloc.findById(result.blocId());
        return bloc != null && result.decidedOn() != null && access.canRunOn(bloc, result.decidedOn());
    }

    @Override
    public void apply(ReceivedEvent event) {
        if (!ELECTION_DECIDED.equals(event.type())) {
            return;
        }
        BlocElectionDecided result = event.dataAs(BlocElectionDecided.class);
        terms.setFromElection(
                result.blocId(),
                result.year(),
                result.headUnitId(),
                result.deputyUnitId(),
                new Term.Choice(
                        TermMethod.ELECTED,
                        result.decidedOn(),
                        null,
                        result.sessionId(),
                        result.voters(),
                        result.headVotes(),
                        result.deputyVotes(),
                        "Bầu qua phiên bỏ phiếu " + result.sessionId()));
    }
}
