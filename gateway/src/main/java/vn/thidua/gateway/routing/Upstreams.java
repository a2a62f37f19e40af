package vn.thidua.gateway.routing;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * The running instances of each service and which of them can take a request. Each instance's readiness
 * (/q/health/ready on its management interface) is asked every {@code thidua.gateway.health-interval}; an
 * instance that refuses a connection counts as not ready until it answers that check again. A request goes to
 * the ready instance with the fewest requests in flight, equal ones taken in turn.
 */
@ApplicationScoped
public class Upstreams {

    private static final Logger LOG = Logger.getLogger(Upstreams.class);

    /** One instance of a service: where its API and its management interface listen. */
    public static final class Instance {
        private final URI base;
        private final URI management;
        private final AtomicInteger inFlight = new AtomicInteger();
        private volatile boolean ready = true;

        Instance(URI base, URI management) {
            this.base = base;
            this.management = management;
        }

        public URI base() {
            return base;
        }

        public URI management() {
            return management;
        }

        void started() {
            inFlight.incrementAndGet();
        }

        void finished() {
            inFlight.decrementAndGet();
        }

        @Override
        public String toString() {
            return base.toString();
        }
    }

    @Inject
    Backends backends;

    @Inject
    Vertx vertx;

    private final Map<ServiceRoute, List<Instance>> instances = new EnumMap<>(ServiceRoute.class);
    private final AtomicInteger turn = new AtomicInteger();
    private WebClient client;
    private long timer = -1;

    void start(@Observes StartupEvent event) {
        for (ServiceRoute route : ServiceRoute.values()) {
            List<URI> bases = backends.of(route);
            List<URI> managements = backends.managementOf(route);
            if (bases.size() != managements.size()) {
                throw new IllegalStateException("thidua.routes." + route.key() + " lists " + bases.size()
                        + " instances but thidua.management." + route.key() + " lists " + managements.size());
            }
            List<Instance> list = new ArrayList<>();
            for (int i = 0; i < bases.size(); i++) {
                list.add(new Instance(bases.get(i), managements.get(i)));
            }
            instances.put(route, List.copyOf(list));
        }
        client = WebClient.create(vertx);
        long every = backends.gateway().healthInterval().toMillis();
        timer = vertx.setPeriodic(every, every, id -> checkAll(every));
    }

    @PreDestroy
    void stop() {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** How many instances of the service there are. */
    public int count(ServiceRoute route) {
        return instances.get(route).size();
    }

    /**
     * The instance that should take the next request, among those not {@code tried} yet: a ready one when there is
     * one (the fewest requests in flight, equal ones in turn), else any, since the last check may be behind.
     */
    public Instance choose(ServiceRoute route, Collection<Instance> tried) {
        List<Instance> all = instances.get(route);
        int start = Math.floorMod(turn.getAndIncrement(), all.size());
        Instance best = null;
        Instance fallback = null;
        for (int i = 0; i < all.size(); i++) {
            Instance candidate = all.get((start + i) % all.size());
            if (tried.contains(candidate)) {
                continue;
            }
            if (fallback == null) {
                fallback = candidate;
            }
            if (candidate.ready && (best == null || candidate.inFlight.get() < best.inFlight.get())) {
                best = candidate;
            }
        }
        return best != null ? best : fallback;
    }

    /** An instance that refused a connection takes no request until its readiness check passes again. */
    void unreachable(Instance instance) {
        if (instance.ready) {
            instance.ready = false;
            LOG.warnf("%s refused a connection; no requests go to it until it is ready again", instance);
        }
    }

    private void checkAll(long timeoutMillis) {
        instances
                .values()
                .forEach(list -> list.forEach(instance -> client.getAbs(
                                instance.management.resolve("/q/health/ready").toString())
                        .timeout(timeoutMillis)
                        .send()
                        .onComplete(answer -> {
                            boolean ready =
                                    answer.succeeded() && answer.result().statusCode() == 200;
                            if (ready != instance.ready) {
                                LOG.infof("%s is %s", instance, ready ? "ready again" : "not ready");
                            }
                            instance.ready = ready;
                        })));
    }
}
