package vn.thidua.gateway.web;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;

/** Who sent a request through the gateway: the one place its routes read the caller's verified token. */
public final class Callers {

    private Callers() {}

    /** The signed-in caller's name (the token's subject), empty for a caller without a valid token. */
    public static Optional<String> signedIn(RoutingContext rc) {
        return rc.user() instanceof QuarkusHttpUser user
                        && !user.getSecurityIdentity().isAnonymous()
                ? Optional.of(user.getSecurityIdentity().getPrincipal().getName())
                : Optional.empty();
    }
}
