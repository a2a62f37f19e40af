package vn.thidua.gateway.routing;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

@ConfigMapping(prefix = "thidua")
public interface Backends {

    /** base URL of each instance of each service, by route key (campaign, bloc, award), comma-separated */
    Map<String, List<URI>> routes();

    /**
     * base URL of each instance's management interface (health, metrics, its own OpenAPI), by route key, in the
     * same order as {@link #routes()}
     */
    Map<String, List<URI>> management();

    Gateway gateway();

    Spa spa();

    /** the built SPA and what it needs to find Keycloak */
    interface Spa {
        String dir();

        String oidcAuthority();

        String oidcClientId();
    }

    interface Gateway {
        /** how long a service may take to answer */
        Duration timeout();

        /** how often each instance's readiness is asked (Upstreams) */
        @WithDefault("1s")
        Duration healthInterval();

        Limits limits();
    }

    /** what one caller may send: requests over time (token buckets) and the size of a request body */
    interface Limits {
        /** a signed-in user, by the token's subject */
        Rate perUser();

        /** a caller without a token (the public registry and notices), by client address */
        Rate perAddress();

        /** the largest JSON (or other) body of a request */
        MemorySize jsonBody();

        /** the largest body of an upload (a multipart form: evidence, photos, dossier files, an import) */
        MemorySize uploadBody();
    }

    interface Rate {
        /** requests allowed at once before the steady rate applies */
        long burst();

        /** requests a second, refilled continuously */
        long perSecond();
    }

    default List<URI> of(ServiceRoute route) {
        return configured(routes(), "routes", route);
    }

    default List<URI> managementOf(ServiceRoute route) {
        return configured(management(), "management", route);
    }

    private static List<URI> configured(Map<String, List<URI>> urls, String name, ServiceRoute route) {
        List<URI> uri = urls.get(route.key());
        if (uri == null || uri.isEmpty()) {
            throw new IllegalStateException("No base URL configured for thidua." + name + "." + route.key());
        }
        return uri;
    }
}
