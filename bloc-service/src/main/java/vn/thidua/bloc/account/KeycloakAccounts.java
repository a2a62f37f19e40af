package vn.thidua.bloc.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.problem.ProblemType;
import vn.thidua.platform.security.CurrentUser;

/**
 * The accounts' side in Keycloak, through its admin API as the realm's confidential client {@code thidua-accounts}
 * (realm-management: manage-users, view-users, query-users, view-realm). The only class that talks to Keycloak.
 */
@ApplicationScoped
public class KeycloakAccounts {

    private static final Logger LOG = Logger.getLogger(KeycloakAccounts.class);
    private static final int PAGE = 200;

    @Inject
    Keycloak keycloak;

    @ConfigProperty(name = "thidua.accounts.realm", defaultValue = "thidua")
    String realmName;

    /** Where the invitation's link leads once the password is set: the app's address, a redirect URI of the SPA. */
    @ConfigProperty(name = "thidua.app-url", defaultValue = "http://localhost:8080")
    String appUrl;

    @ConfigProperty(name = "thidua.accounts.spa-client", defaultValue = "thidua-spa")
    String spaClient;

    @ConfigProperty(name = "thidua.accounts.invitation-valid-for", defaultValue = "P3D")
    Duration invitationValidFor;

    /** An account as Keycloak holds it. */
    public record Member(UUID id, String username, Account.Profile profile, boolean enabled) {}

    /** Creates the user with their app roles, enabled, without a password; returns Keycloak's id. */
    UUID create(String username, Account.Profile profile) {
        return call(() -> {
            UserRepresentation user = new UserRepresentation();
            user.setUsername(username);
            user.setEnabled(true);
            describe(user, profile);
            UUID id;
            try (Response response = realm().users().create(user)) {
                if (response.getStatus() == 409) {
                    String body = response.readEntity(String.class);
                    throw body.contains("email")
                            ? ProblemException.invalidField("email", "đã có tài khoản khác dùng thư điện tử này")
                            : ProblemException.invalidField("username", "tên đăng nhập đã có người dùng");
                }
                if (response.getStatus() == 400) {
                    throw refused(response.readEntity(String.class));
                }
                id = UUID.fromString(CreatedResponseUtil.getCreatedId(response));
            }
            try {
                grant(realm().users().get(id.toString()), profile.roles(), Set.of());
            } catch (RuntimeException e) {
                delete(id);
                throw e;
            }
            return id;
        });
    }

    /** Gives the user the profile: name, e-mail, unit, position, and exactly the given app roles. */
    void update(UUID id, Account.Profile profile) {
        call(() -> {
            UserResource resource = realm().users().get(id.toString());
            UserRepresentation user = resource.toRepresentation();
            describe(user, profile);
            resource.update(user);
            Set<AccountRole> held = new HashSet<>();
            resource.roles()
                    .realmLevel()
                    .listAll()
                    .forEach(r -> AccountRole.ofRealmRole(r.getName()).ifPresent(held::add));
            grant(resource, profile.roles(), held);
            return null;
        });
    }

    /** Enables or disables the user; a disabled user's sessions end at once. */
    void setEnabled(UUID id, boolean enabled) {
        call(() -> {
            UserResource resource = realm().users().get(id.toString());
            UserRepresentation user = resource.toRepresentation();
            user.setEnabled(enabled);
            resource.update(user);
            if (!enabled) {
                resource.logout();
            }
            return null;
        });
    }

    /** Sends Keycloak's e-mail with a link to set the password, leading to the app afterwards. */
    void invite(UUID id) {
        call(() -> {
            realm().users()
                    .get(id.toString())
                    .executeActionsEmail(
                            spaClient, appUrl + "/", (int) invitationValidFor.toSeconds(), List.of("UPDATE_PASSWORD"));
            return null;
        });
    }

    void delete(UUID id) {
        try (Response ignored = realm().users().delete(id.toString())) {
            LOG.infof("Removed Keycloak user %s again: its account could not be completed", id);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Keycloak user %s was left without its account", id);
        }
    }

    boolean usernameTaken(String username) {
        return call(() -> !realm().users().searchByUsername(username, true).isEmpty());
    }

    boolean emailTaken(String email) {
        return call(() -> !realm().users().searchByEmail(email, true).isEmpty());
    }

    /** Every user holding an app role, with all their app roles. */
    List<Member> members() {
        return call(() -> {
            Map<String, UserRepresentation> users = new LinkedHashMap<>();
            Map<String, Set<AccountRole>> roles = new HashMap<>();
            for (AccountRole role : AccountRole.values()) {
                for (int first = 0; ; first += PAGE) {
                    List<UserRepresentation> page =
                            realm().roles().get(role.realmRole()).getUserMembers(false, first, PAGE);
                    for (UserRepresentation user : page) {
                        users.putIfAbsent(user.getId(), user);
                        roles.computeIfAbsent(user.getId(), k -> EnumSet.noneOf(AccountRole.class))
                                .add(role);
                    }
                    if (page.size() < PAGE) {
                        break;
                    }
                }
            }
            List<Member> members = new ArrayList<>();
            users.forEach((id, user) -> members.add(new Member(
                    UUID.fromString(id),
                    user.getUsername(),
                    new Account.Profile(
                            fullName(user),
                            user.getEmail(),
                            uuid(attribute(user, CurrentUser.UNIT_CLAIM)),
                            attribute(user, CurrentUser.POSITION_CLAIM),
                            roles.get(id)),
                    Boolean.TRUE.equals(user.isEnabled()))));
            return members;
        });
    }

    private void grant(UserResource user, Set<AccountRole> wanted, Set<AccountRole> held) {
        List<RoleRepresentation> add = new ArrayList<>();
        List<RoleRepresentation> remove = new ArrayList<>();
        for (AccountRole role : AccountRole.values()) {
            if (wanted.contains(role) && !held.contains(role)) {
                add.add(realmRole(role));
            } else if (!wanted.contains(role) && held.contains(role)) {
                remove.add(realmRole(role));
            }
        }
        if (!remove.isEmpty()) {
            user.roles().realmLevel().remove(remove);
        }
        if (!add.isEmpty()) {
            user.roles().realmLevel().add(add);
        }
    }

    private RoleRepresentation realmRole(AccountRole role) {
        return realm().roles().get(role.realmRole()).toRepresentation();
    }

    /** Keycloak composes the name claim as "firstName lastName": the family and middle names, then the given name. */
    private static void describe(UserRepresentation user, Account.Profile profile) {
        String name = profile.fullName().strip().replaceAll("\\s+", " ");
        int last = name.lastIndexOf(' ');
        user.setFirstName(last < 0 ? name : name.substring(0, last));
        user.setLastName(last < 0 ? "" : name.substring(last + 1));
        user.setEmail(profile.email());
        user.setEmailVerified(profile.email() != null);
        Map<String, List<String>> attributes =
                user.getAttributes() == null ? new HashMap<>() : new HashMap<>(user.getAttributes());
        put(
                attributes,
                CurrentUser.UNIT_CLAIM,
                profile.unitId() == null ? null : profile.unitId().toString());
        put(attributes, CurrentUser.POSITION_CLAIM, profile.position());
        user.setAttributes(attributes);
    }

    private static void put(Map<String, List<String>> attributes, String name, String value) {
        if (value == null || value.isBlank()) {
            attributes.remove(name);
        } else {
            attributes.put(name, List.of(value));
        }
    }

    private static String fullName(UserRepresentation user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                        + (user.getLastName() == null ? "" : user.getLastName()))
                .strip();
        return name.isEmpty() ? user.getUsername() : name;
    }

    private static String attribute(UserRepresentation user, String name) {
        List<String> values =
                user.getAttributes() == null ? null : user.getAttributes().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private RealmResource realm() {
        return keycloak.realm(realmName);
    }

    private static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ProcessingException || t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private static ProblemException refused(String detail) {
        return new ProblemException(
                ProblemType.BAD_GATEWAY, "Máy chủ đăng nhập (Keycloak) từ chối tài khoản: " + detail);
    }

    /** Keycloak unreachable or refusing is the service's trouble, not the caller's: 503 or 502, never a 500. */
    private static <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (ProblemException e) {
            throw e;
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                throw ProblemException.rule("Tài khoản không còn trên máy chủ đăng nhập (Keycloak): có người đã xóa nó"
                        + " ở đó; danh sách sẽ được đồng bộ lại");
            }
            LOG.warnf("Keycloak answered %d: %s", e.getResponse().getStatus(), e.getMessage());
            throw refused("HTTP " + e.getResponse().getStatus());
        } catch (RuntimeException e) {
            if (!unreachable(e)) {
                throw e;
            }
            LOG.warnf("Keycloak is unreachable: %s", e.getMessage());
            throw new ProblemException(
                    ProblemType.SERVICE_UNAVAILABLE,
                    "Chưa kết nối được máy chủ đăng nhập (Keycloak); hãy thử lại sau ít phút");
        }
    }
}
