package vn.thidua.platform.parking;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * "events parked": down while an event waits for an officer. A wellness check (/q/health/well), apart from
 * readiness: the service keeps serving; the operator is told.
 */
@Wellness
@ApplicationScoped
public class ParkedEventsCheck implements HealthCheck {

    @Inject
    ParkedEvents parked;

    @Override
    public HealthCheckResponse call() {
        long open = parked.openCount();
        return HealthCheckResponse.named("events parked")
                .status(open == 0)
                .withData("open", open)
                .build();
    }
}
