package vn.thidua.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The one source of "now" and "today" in main code: the system clock in Vietnam's zone, so that a date
 * of record defaults to the day it is in Hà Nội whatever the server's zone. Inject {@link Clock}; tests
 * put their own clock in its place.
 */
@ApplicationScoped
public class VietnamClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Produces
    @DefaultBean
    @Singleton
    Clock clock() {
        return Clock.system(ZONE);
    }
}
