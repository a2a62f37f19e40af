package vn.thidua.bloc.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Accounts written straight into the directory, as the reconciliation would bring them from Keycloak. */
public final class Accounts {

    private Accounts() {}

    public static UUID of(String username, UUID unit, AccountRole... roles) {
        return of(username, username + "@example.gov.vn", unit, true, roles);
    }

    public static UUID of(String username, String email, UUID unit, boolean enabled, AccountRole... roles) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now();
        QuarkusTransaction.requiringNew().run(() -> {
            Account account = Account.open(
                    id,
                    username,
                    Account.Profile.of("Nguyễn Văn " + username, email, unit, "Chuyên viên", List.of(roles)),
                    now);
            if (!enabled) {
                account.deactivate(now);
            }
            account.persist();
        });
        return id;
    }
}
