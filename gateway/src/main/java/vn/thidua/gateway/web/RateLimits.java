package vn.thidua.gateway.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import vn.thidua.gateway.routing.Backends;

/**
 * How many API requests one caller may make: a token bucket per signed-in user (the token's subject), and per
 * client address for callers without a token. Over the limit the answer is 429 with Retry-After. The buckets
 * live in this gateway instance: with several instances each allows its own share.
 */
@ApplicationScoped
public class RateLimits {

    @Inject
    Backends config;

    /** buckets of callers seen recently; an idle caller's bucket is full again anyway */
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(200_000)
            .expireAfterAccess(10, TimeUnit.MINUTES)
            .build();

    void register(@Observes Router router) {
        router.route("/api/v1/*").order(-50).handler(this::limit);
    }

    private void limit(RoutingContext rc) {
        String user = Callers.signedIn(rc).orElse(null);
        Backends.Rate rate = user != null
                ? config.gateway().limits().perUser()
                : config.gateway().limits().perAddress();
        String key = user != null ? "user:" + user : "address:" + address(rc);
        ConsumptionProbe probe = buckets.get(key, k -> bucket(rate)).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            rc.next();
            return;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        rc.response().putHeader("Retry-After", Long.toString(seconds));
        GatewayProblems.send(
                rc,
                429,
                "too-many-requests",
                "Quá nhiều yêu cầu",
                "Đã vượt giới hạn " + rate.perSecond() + " yêu cầu mỗi giây; vui lòng thử lại sau " + seconds
                        + " giây");
    }

    private static Bucket bucket(Backends.Rate rate) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(rate.burst()).refillGreedy(rate.perSecond(), Duration.ofSeconds(1)))
                .build();
    }

    /** the client's address (behind a proxy, Quarkus' forwarded-address settings make it the real client's) */
    private static String address(RoutingContext rc) {
        return rc.request().remoteAddress() == null
                ? "unknown"
                : rc.request().remoteAddress().hostAddress();
    }
}
