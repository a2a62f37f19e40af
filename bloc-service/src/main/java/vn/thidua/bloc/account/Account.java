package vn.thidua.bloc.account;

import static vn.thidua.platform.text.Texts.blankToNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A person's account (tài khoản) as the directory knows it: the unit they act for and their roles. Its id is the
 * Keycloak user's; the password never passes through here.
 */
@Entity
@Table(name = "account")
public class Account extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String username;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    public String email;

    @Column(name = "unit_id")
    public UUID unitId;

    public String position;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] roles;

    @Column(nullable = false)
    public boolean enabled;

    @Column(name = "invited_at")
    public OffsetDateTime invitedAt;

    /** Why the last invitation could not be sent; cleared when one is. */
    @Column(name = "invitation_error")
    public String invitationError;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    static Account open(UUID id, String username, Profile profile, OffsetDateTime now) {
        Account account = new Account();
        account.id = id;
        account.username = username.strip().toLowerCase();
        account.enabled = true;
        account.createdAt = now;
        account.describe(profile, now);
        return account;
    }

    /** Who the person is and what they do; a re-assignment to another unit or role is the same change. */
    void describe(Profile profile, OffsetDateTime now) {
        this.fullName = profile.fullName().strip().replaceAll("\\s+", " ");
        this.email = blankToNull(profile.email());
        this.unitId = profile.unitId();
        this.position = blankToNull(profile.position());
        this.roles =
                profile.roles().stream().map(AccountRole::realmRole).sorted().toArray(String[]::new);
        this.updatedAt = now;
    }

    /** Whether the account already says what {@code profile} says (a reconciliation with nothing to change). */
    boolean matches(Profile profile, boolean enabled) {
        Account other = new Account();
        other.describe(profile, updatedAt);
        return this.enabled == enabled
                && fullName.equals(other.fullName)
                && Objects.equals(email, other.email)
                && Objects.equals(unitId, other.unitId)
                && Objects.equals(position, other.position)
                && Arrays.equals(roles, other.roles);
    }

    void deactivate(OffsetDateTime now) {
        enabled = false;
        updatedAt = now;
    }

    void activate(OffsetDateTime now) {
        enabled = true;
        updatedAt = now;
    }

    void invitationSent(OffsetDateTime now) {
        invitedAt = now;
        invitationError = null;
    }

    void invitationFailed(String reason) {
        invitationError = reason.length() > 500 ? reason.substring(0, 500) : reason;
    }

    public Set<AccountRole> appRoles() {
        return Arrays.stream(roles)
                .map(AccountRole::ofRealmRole)
                .flatMap(Optional::stream)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AccountRole.class)));
    }

    /** What the account says of its holder, as a form or a spreadsheet row gives it. */
    public record Profile(String fullName, String email, UUID unitId, String position, Set<AccountRole> roles) {

        /** As a form gives it: the e-mail address in lower case, the roles a set. */
        static Profile of(String fullName, String email, UUID unitId, String position, Collection<AccountRole> roles) {
            return new Profile(
                    fullName,
                    email == null ? null : email.strip().toLowerCase(Locale.ROOT),
                    unitId,
                    position,
                    roles.isEmpty() ? EnumSet.noneOf(AccountRole.class) : EnumSet.copyOf(roles));
        }
    }
}
