package vn.thidua.gateway.routing;

import java.util.List;
import java.util.Optional;

/** Which service owns which resources under /api/v1. */
public enum ServiceRoute {
    BLOC("bloc", List.of("units", "accounts", "me", "blocs", "parked-events/bloc", "audit-log/bloc")),
    CAMPAIGN("campaign", List.of("campaigns", "models", "parked-events/campaign", "audit-log/campaign")),
    AWARD(
            "award",
            List.of(
                    "award-types",
                    "rule-sets",
                    "base-salaries",
                    "title-registrations",
                    "people",
                    "unit-assessments",
                    "nominations",
                    "councils",
                    "voting-sessions",
                    "notices",
                    "decisions",
                    "honours",
                    "parked-events/award",
                    "audit-log/award"));

    public static final String API = "/api/v1/";

    private final String key;
    private final List<String> resources;

    ServiceRoute(String key, List<String> resources) {
        this.key = key;
        this.resources = resources;
    }

    public String key() {
        return key;
    }

    public String serviceName() {
        return key + "-service";
    }

    /** True when {@code path} (e.g. /api/v1/units/42) belongs to this service. */
    public boolean owns(String path) {
        if (!path.startsWith(API)) {
            return false;
        }
        String rest = path.substring(API.length());
        return resources.stream().anyMatch(r -> rest.equals(r) || rest.startsWith(r + "/"));
    }

    public static Optional<ServiceRoute> forPath(String path) {
        for (ServiceRoute route : values()) {
            if (route.owns(path)) {
                return Optional.of(route);
            }
        }
        return Optional.empty();
    }
}
