package vn.thidua.platform.parking;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.thidua.platform.audit.AuditTrail;
import vn.thidua.platform.events.CloudEventCodec;
import vn.thidua.platform.events.MalformedEventException;
import vn.thidua.platform.events.ReceivedEvent;
import vn.thidua.platform.inbox.Inbox;
import vn.thidua.platform.outbox.Outbox;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Roles;

/**
 * The events this service's consumers parked: parking (with the reason, reported on thidua.deliveries.v1 to the
 * service whose event it was), applying again after a fix, setting aside, and the count for metrics and health.
 */
@ApplicationScoped
public class ParkedEvents {

    private static final Logger LOG = Logger.getLogger(ParkedEvents.class);

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    CloudEventCodec codec;

    @Inject
    Inbox inbox;

    @Inject
    CurrentUser user;

    @Inject
    Instance<ParkableConsumer> consumers;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "quarkus.application.name")
    String application;

    private final AtomicLong open = new AtomicLong();

    void onStart(@Observes StartupEvent ignored) {
        Gauge.builder("thidua.events.parked", open, AtomicLong::get)
                .description("Events this service's consumers could not apply and that wait for an officer")
                .register(registry);
        recount();
    }

    /** Parks an event a consumer could not apply; a redelivery of one still open counts as another attempt. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void park(String channel, String topic, String key, String payload, Throwable failure) {
        ParkedEvent.Reason reason = ParkedEvent.Reason.of(failure);
        Optional<ReceivedEvent> event = parse(payload);
        String eventId = event.map(ReceivedEvent::id).orElseGet(() -> "sha256:" + sha256(payload));
        OffsetDateTime now = OffsetDateTime.now(clock);
        ParkedEvent parked = ParkedEvent.of(channel, eventId);
        if (parked != null && !parked.open()) {
            LOG.infof(
                    "Event %s on %s failed again after it was %s; left as it is", eventId, channel, parked.resolution);
            return;
        }
        if (parked == null) {
            parked = ParkedEvent.of(
                    channel,
                    topic,
                    key,
                    eventId,
                    event.map(ReceivedEvent::type).orElse(null),
                    event.map(ReceivedEvent::source).orElse(null),
                    event.map(ReceivedEvent::subject).orElse(null),
                    payload,
                    reason,
                    now);
            parked.persist();
        } else {
            parked.failedAgain(reason, now);
        }
        LOG.warnf("Parked event %s (%s) on %s: %s", eventId, parked.eventType, channel, reason.message());
        announce(ParkedNotice.PARKED, parked);
        countOpen();
    }

    /** The open parked events of one channel, oldest first, with their events read back. */
    public List<Parked> openOn(String channel) {
        return ParkedEvent.openOn(channel).stream()
                .map(p -> new Parked(p, parse(p.payload).orElse(null)))
                .toList();
    }

    /** A parked event and the event it holds (null when unreadable). */
    public record Parked(ParkedEvent parked, ReceivedEvent event) {}

    /** Everything parked here, for an admin; others see those they may resolve. */
    @Transactional
    public List<ParkedEventView> list(boolean openOnly) {
        List<ParkedEvent> all = openOnly
                ? ParkedEvent.list("resolution is null order by parkedAt")
                : ParkedEvent.list("order by parkedAt desc");
        return all.stream()
                .filter(this::mayResolve)
                .map(p -> ParkedEventView.of(service(), p))
                .toList();
    }

    /**
     * Applies the parked event again through its consumer (once, through the inbox). Refused again, it stays parked with
     * the new reason, counted as an attempt, and the caller gets that reason.
     */
    public ParkedEventView retry(UUID id) {
        ParkableConsumer consumer = QuarkusTransaction.requiringNew().call(() -> consumerOf(requireOpen(id)));
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                ParkedEvent parked = ParkedEvent.findById(id, LockModeType.PESSIMISTIC_WRITE);
                requireResolvable(parked);
                try {
                    inbox.handle(consumer.consumer(), parked.payload, consumer::apply);
                } catch (ProblemException | MalformedEventException e) {
                    throw new Refused(e);
                }
                parked.resolve(ParkedEvent.Resolution.APPLIED, user.username(), null, OffsetDateTime.now(clock));
                audit.record(
                        "platform.parked-event.applied",
                        "parked-event",
                        parked.id,
                        null,
                        ParkedEventView.of(service(), parked));
                announce(ParkedNotice.RESOLVED, parked);
                countOpen();
                return ParkedEventView.of(service(), parked);
            });
        } catch (Refused refused) {
            ParkedEvent.Reason reason = ParkedEvent.Reason.of(refused.getCause());
            int attempts = QuarkusTransaction.requiringNew().call(() -> {
                ParkedEvent parked = ParkedEvent.findById(id, LockModeType.PESSIMISTIC_WRITE);
                parked.failedAgain(reason, OffsetDateTime.now(clock));
                announce(ParkedNotice.PARKED, parked);
                return parked.attempts;
            });
            throw ProblemException.rule("Vẫn chưa áp dụng được (lần thử thứ " + attempts + "): " + reason.message());
        }
    }

    /** The consumer refused the event again: its transaction is rolled back before the attempt is recorded. */
    private static final class Refused extends RuntimeException {
        Refused(RuntimeException cause) {
            super(cause);
        }
    }

    /** Sets the parked event aside with a reason (the officer did by hand what it asked, or it is obsolete). */
    @Transactional
    public ParkedEventView setAside(UUID id, String note) {
        ParkedEvent parked = ParkedEvent.findById(id, LockModeType.PESSIMISTIC_WRITE);
        requireResolvable(parked);
        parked.resolve(ParkedEvent.Resolution.SET_ASIDE, user.username(), note.strip(), OffsetDateTime.now(clock));
        audit.record(
                "platform.parked-event.set-aside",
                "parked-event",
                parked.id,
                null,
                ParkedEventView.of(service(), parked));
        announce(ParkedNotice.RESOLVED, parked);
        countOpen();
        return ParkedEventView.of(service(), parked);
    }

    public long openCount() {
        return open.get();
    }

    /** "bloc" for bloc-service: the path segment of /api/v1/parked-events/{service}. */
    public String service() {
        return application.endsWith("-service")
                ? application.substring(0, application.length() - "-service".length())
                : application;
    }

    private ParkedEvent requireOpen(UUID id) {
        ParkedEvent parked = ParkedEvent.findById(id);
        requireResolvable(parked);
        return parked;
    }

    private void requireResolvable(ParkedEvent parked) {
        if (parked == null || !mayResolve(parked)) {
            throw ProblemException.notFound("sự kiện chờ xử lý", parked == null ? "" : parked.id);
        }
        if (!parked.open()) {
            throw ProblemException.conflict(
                    "Sự kiện đã được xử lý lúc " + parked.resolvedAt + " (" + parked.resolution + ")");
        }
    }

    private boolean mayResolve(ParkedEvent parked) {
        if (user.hasRole(Roles.ADMIN)) {
            return true;
        }
        Optional<ParkableConsumer> consumer = consumer(parked.channel);
        Optional<ReceivedEvent> event = parse(parked.payload);
        return consumer.isPresent() && event.isPresent() && consumer.get().mayResolve(event.get());
    }

    private ParkableConsumer consumerOf(ParkedEvent parked) {
        return consumer(parked.channel)
                .orElseThrow(() -> ProblemException.rule(
                        "Không còn bộ tiếp nhận sự kiện của kênh " + parked.channel + " để áp dụng lại"));
    }

    private Optional<ParkableConsumer> consumer(String channel) {
        return consumers.stream().filter(c -> c.channel().equals(channel)).findFirst();
    }

    private void announce(String type, ParkedEvent parked) {
        outbox.publish(ParkedNotice.TOPIC, type, parked.eventId, ParkedNotice.of(service(), parked));
    }

    private Optional<ReceivedEvent> parse(String payload) {
        try {
            return Optional.of(codec.parse(payload));
        } catch (MalformedEventException e) {
            return Optional.empty();
        }
    }

    /** Within the changing transaction: the gauge follows at once (a rollback is corrected by the next {@link #recount}). */
    private void countOpen() {
        ParkedEvent.getEntityManager().flush();
        open.set(ParkedEvent.count("resolution is null"));
    }

    @Scheduled(every = "60s", delayed = "60s", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void recount() {
        open.set(QuarkusTransaction.requiringNew().call(() -> ParkedEvent.count("resolution is null")));
    }

    private static String sha256(String payload) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
