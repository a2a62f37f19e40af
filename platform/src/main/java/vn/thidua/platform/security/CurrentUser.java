package vn.thidua.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The one way to read who is calling: subject, name, roles and unit, from the validated token. */
@RequestScoped
public class CurrentUser {

    public static final String UNIT_CLAIM = "unit_id";
    public static final String POSITION_CLAIM = "position";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public boolean authenticated() {
        return !identity.isAnonymous();
    }

    public String subject() {
        return authenticated() && token.getSubject() != null ? token.getSubject() : "anonymous";
    }

    public String username() {
        String username = claim("preferred_username");
        return username != null ? username : identity.getPrincipal().getName();
    }

    /** Full name as Keycloak composes it ("Nguyễn Thị Hoa"); the username when the token has none. */
    public String name() {
        String name = claim("name");
        return name != null && !name.isBlank() ? name : username();
    }

    public String position() {
        return claim(POSITION_CLAIM);
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean hasAnyRole(String... roles) {
        for (String role : roles) {
            if (identity.hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    public Optional<UUID> unitId() {
        String value = claim(UNIT_CLAIM);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String claim(String name) {
        if (!authenticated()) {
            return null;
        }
        Object value = token.getClaim(name);
        return value == null ? null : value.toString().replace("\"", "");
    }
}
