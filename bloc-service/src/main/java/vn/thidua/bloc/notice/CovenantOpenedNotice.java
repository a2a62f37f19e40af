package vn.thidua.bloc.notice;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.smallrye.faulttolerance.api.ApplyGuard;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import vn.thidua.bloc.account.Account;
import vn.thidua.bloc.account.AccountRole;
import vn.thidua.bloc.blocs.Bloc;
import vn.thidua.bloc.covenant.Covenant;
import vn.thidua.bloc.covenant.CovenantEvents;
import vn.thidua.bloc.membership.Membership;
import vn.thidua.bloc.unit.UnitDtos;
import vn.thidua.bloc.unit.UnitTree;
import vn.thidua.platform.events.ReceivedEvent;
import vn.thidua.platform.parking.ConsumerGuards;
import vn.thidua.platform.parking.InboxListener;

/**
 * When a covenant opens for signing, the leader of each member unit that has not signed it yet is told by e-mail,
 * with the link to sign it on the phone. Taken from bloc-service's own events (after the opening committed, once per event through the inbox);
 * an account without an e-mail address, locked, or of another role is not written to.
 */
@ApplicationScoped
public class CovenantOpenedNotice extends InboxListener {

    private static final Logger LOG = Logger.getLogger(CovenantOpenedNotice.class);
    /** An opening older than this is news no more (a first deployment reads the topic from its start). */
    private static final Duration STALE = Duration.ofDays(1);

    static final String CONSUMER = "bloc-covenant-notices";
    static final String CHANNEL = "covenant-notices";

    /**
     * The mail client waits on tasks of the Vert.x context it is called from: called from this listener's ordered
     * context it would wait behind the very task calling it. It is called from a thread of no context instead.
     */
    private static final ExecutorService SENDER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "covenant-notice-mail");
        t.setDaemon(true);
        return t;
    });

    @Inject
    Mailer mailer;

    @Inject
    UnitTree units;

    @Inject
    Clock clock;

    @ConfigProperty(name = "thidua.app-url", defaultValue = "http://localhost:8080")
    String appUrl;

    CovenantOpenedNotice() {
        super(CONSUMER, CHANNEL);
    }

    @Incoming(CHANNEL)
    @Blocking(ordered = true)
    @ApplyGuard(ConsumerGuards.EVENTS)
    public void onBlocEvent(String payload) {
        receive(payload);
    }

    @Override
    public void apply(ReceivedEvent event) {
        if (!CovenantEvents.OPENED.equals(event.type())
                || (event.time() != null
                        && event.time().toInstant().isBefore(clock.instant().minus(STALE)))) {
            return;
        }
        CovenantEvents.CovenantState opened = event.dataAs(CovenantEvents.CovenantState.class);
        Bloc bloc = Bloc.findById(opened.blocId());
        Covenant covenant = Covenant.of(opened.blocId(), opened.year());
        if (bloc == null || covenant == null) {
            return;
        }
        // as it stands when the notice is sent: a unit that has signed meanwhile (or a covenant closed) is not asked
        LocalDate day = Membership.dayInYear(opened.year(), LocalDate.now(clock));
        Set<UUID> members = Membership.on(bloc.id, day).stream()
                .map(m -> m.unitId)
                .filter(covenant::awaitsSignatureOf)
                .collect(Collectors.toSet());
        if (members.isEmpty()) {
            return;
        }
        List<Account> leaders = Account.list(
                "enabled = true and email is not null and unitId in ?1 and array_contains(roles, ?2)",
                members,
                AccountRole.UNIT_LEADER.realmRole());
        Map<UUID, UnitDtos.UnitRef> refs = units.refs(members);
        String link = appUrl + "/blocs/" + bloc.id + "/covenants/" + opened.year() + "/sign";
        List<Mail> mails = new ArrayList<>();
        for (Account leader : leaders) {
            String unit =
                    refs.containsKey(leader.unitId) ? refs.get(leader.unitId).name() : "";
            mails.add(Mail.withText(leader.email, "Mời ký " + opened.title(), """
                    Kính gửi đồng chí %s%s,

                    %s đã mở "%s" để các đơn vị thành viên ký. Đồng chí ký cho %s tại:

                    %s

                    Thư này do hệ thống Thi đua – Khen thưởng gửi tự động.
                    """.formatted(
                            leader.fullName,
                            leader.position == null ? "" : ", " + leader.position,
                            bloc.name,
                            opened.title(),
                            unit,
                            link)));
        }
        if (mails.isEmpty()) {
            return; // (the mail client waits forever on an empty send)
        }
        try {
            SENDER.submit(() -> mailer.send(mails.toArray(Mail[]::new))).get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while mailing the leaders", e);
        } catch (ExecutionException | TimeoutException e) {
            // the event is tried again (and parked if it keeps failing): the leaders are told at least once
            throw new IllegalStateException("the leaders could not be mailed: " + e.getMessage(), e);
        }
        LOG.infof("Covenant %s of %s opened: %d leaders told by e-mail", opened.year(), bloc.name, leaders.size());
    }
}
