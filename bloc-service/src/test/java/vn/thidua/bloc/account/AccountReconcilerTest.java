package vn.thidua.bloc.account;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.thidua.bloc.BlocWorld;

/** What Keycloak holds (users made in its console, the realm's own) comes into the directory, once. */
@QuarkusTest
class AccountReconcilerTest {

    @Inject
    AccountReconciler reconciler;

    int apply(List<KeycloakAccounts.Member> members) {
        return QuarkusTransaction.requiringNew().call(() -> reconciler.apply(members));
    }

    @Test
    void usersOfKeycloakBecomeAccountsAndAreUpdatedOnlyWhenTheyChange() {
        BlocWorld world = BlocWorld.create();
        UUID id = UUID.randomUUID();
        KeycloakAccounts.Member member = new KeycloakAccounts.Member(
                id,
                "hdtd02." + world.suffix,
                new Account.Profile(
                        "Hồ Thị  Thu Hà",
                        "hdtd02@example.gov.vn",
                        world.province,
                        "Thư ký Hội đồng",
                        EnumSet.of(AccountRole.COUNCIL_MEMBER, AccountRole.OFFICER)),
                true);

        assertEquals(1, apply(List.of(member)));
        assertEquals(0, apply(List.of(member)));

        Account account = QuarkusTransaction.requiringNew().call(() -> Account.<Account>findById(id));
        assertEquals("Hồ Thị Thu Hà", account.fullName);
        assertArrayEquals(new String[] {"council-member", "officer"}, account.roles);

        KeycloakAccounts.Member locked = new KeycloakAccounts.Member(
                id,
                member.username(),
                new Account.Profile(
                        "Hồ Thị Thu Hà",
                        "hdtd02@example.gov.vn",
                        UUID.randomUUID(),
                        "Thư ký Hội đồng",
                        EnumSet.of(AccountRole.COUNCIL_MEMBER)),
                false);
        assertEquals(1, apply(List.of(locked)));
        Account after = QuarkusTransaction.requiringNew().call(() -> Account.<Account>findById(id));
        assertFalse(after.enabled);
        assertNull(after.unitId, "a unit the directory does not know is left empty");
        assertArrayEquals(new String[] {"council-member"}, after.roles);
    }
}
