package vn.thidua.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox events to Kafka. One drain runs at a time in this instance (a single
 * thread), and one instance at a time per database (a transaction-scoped advisory lock), so events
 * leave in outbox order. A failure stops the drain and backs off; nothing is lost or skipped.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long ADVISORY_LOCK_KEY = 0x74686964_7561L; // "thidua"

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    KafkaEventSender sender;

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "thidua.outbox.batch-size", defaultValue = "200")
    int batchSize;

    @ConfigProperty(name = "thidua.outbox.ack-timeout", defaultValue = "20s")
    Duration ackTimeout;

    @ConfigProperty(name = "thidua.outbox.max-backoff", defaultValue = "10s")
    Duration maxBackoff;

    private final AtomicBoolean drainQueued = new AtomicBoolean();
    private final RelayBackoff backoff = new RelayBackoff(Duration.ofMillis(250), Duration.ofSeconds(10));
    private ExecutorService worker;
    private Counter published;
    private Counter failures;

    void start(@Observes StartupEvent ignored) {
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "outbox-relay");
            t.setDaemon(true);
            return t;
        });
        backoff.setMax(maxBackoff);
        published = metrics.counter("thidua.outbox.published");
        failures = metrics.counter("thidua.outbox.failures");
        wakeUp();
    }

    void stop(@Observes ShutdownEvent ignored) throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(5, TimeUnit.SECONDS);
    }

    /** Asks for a drain soon; calls while one is already queued are coalesced. */
    public void wakeUp() {
        if (worker != null && !worker.isShutdown() && drainQueued.compareAndSet(false, true)) {
            worker.execute(() -> {
                drainQueued.set(false);
                drain();
            });
        }
    }

    /** Fallback for events committed while the relay was down or backing off. */
    @Scheduled(every = "${thidua.outbox.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wakeUp();
    }

    void drain() {
        try {
            while (backoff.ready()) {
                RelayPass.Outcome outcome = QuarkusTransaction.requiringNew().call(this::relayBatch);
                if (outcome == null || outcome.sent().size() < batchSize || !outcome.complete()) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            backoff.failed();
            LOG.warnf(e, "Outbox relay pass failed; retrying in %s", backoff.current());
        }
    }

    /** @return the pass outcome, or null when another instance holds the relay lock or nothing is pending */
    RelayPass.Outcome relayBatch() {
        Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", ADVISORY_LOCK_KEY)
                .getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return null;
        }
        List<OutboxEvent> pending = em.createQuery(
                        "from OutboxEvent where sentAt is null order by id", OutboxEvent.class)
                .setMaxResults(batchSize)
                .getResultList();
        if (pending.isEmpty()) {
            backoff.succeeded();
            return null;
        }
        List<RelayPass.PendingEvent> batch = pending.stream()
                .map(e -> new RelayPass.PendingEvent(e.id, e.topic, e.messageKey, e.payload))
                .toList();
        RelayPass.Outcome outcome = RelayPass.run(batch, sender::send, ackTimeout);
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (int i = 0; i < outcome.sent().size(); i++) {
            pending.get(i).sentAt = now;
        }
        published.increment(outcome.sent().size());
        if (outcome.complete()) {
            backoff.succeeded();
        } else {
            OutboxEvent failed = pending.get(outcome.sent().size());
            failed.attempts++;
            failed.lastError = String.valueOf(outcome.failure());
            failures.increment();
            backoff.failed();
            LOG.warnf(
                    "Outbox event %s (%s) not published: %s; retrying in %s",
                    failed.eventId, failed.eventType, outcome.failure(), backoff.current());
        }
        return outcome;
    }
}
