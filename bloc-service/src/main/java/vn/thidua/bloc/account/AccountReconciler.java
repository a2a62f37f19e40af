package vn.thidua.bloc.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.jboss.logging.Logger;
import vn.thidua.bloc.unit.Unit;
import vn.thidua.platform.problem.ProblemException;

/**
 * Keeps the directory in step with Keycloak for accounts made or changed there (the realm's own users, an admin
 * in the console): every few minutes, one instance at a time, each user holding an app role is added or updated.
 */
@ApplicationScoped
public class AccountReconciler {

    private static final Logger LOG = Logger.getLogger(AccountReconciler.class);
    /** pg_try_advisory_xact_lock key: one instance reconciles at a time */
    private static final long LOCK = 0x7468696475610001L;

    @Inject
    KeycloakAccounts keycloak;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Scheduled(
            identity = "account-reconciler",
            every = "${thidua.accounts.reconcile-every:10m}",
            delayed = "${thidua.accounts.reconcile-delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void reconcile() {
        List<KeycloakAccounts.Member> members;
        try {
            members = keycloak.members();
        } catch (ProblemException e) {
            LOG.warnf("Accounts not reconciled with Keycloak: %s", e.getMessage());
            return;
        }
        int changed = QuarkusTransaction.requiringNew().call(() -> apply(members));
        if (changed > 0) {
            LOG.infof("Reconciled %d accounts with Keycloak", changed);
        }
    }

    int apply(List<KeycloakAccounts.Member> members) {
        Object locked = em.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", LOCK)
                .getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        int changed = 0;
        for (KeycloakAccounts.Member member : members) {
            Account.Profile profile = member.profile();
            if (profile.unitId() != null && Unit.findById(profile.unitId()) == null) {
                profile = new Account.Profile(
                        profile.fullName(), profile.email(), null, profile.position(), profile.roles());
            }
            Account account = Account.findById(member.id());
            if (account == null) {
                account = Account.open(member.id(), member.username(), profile, now);
                if (!member.enabled()) {
                    account.deactivate(now);
                }
                account.persist();
                changed++;
            } else if (!account.matches(profile, member.enabled())) {
                account.describe(profile, now);
                if (member.enabled()) {
                    account.activate(now);
                } else {
                    account.deactivate(now);
                }
                changed++;
            }
        }
        return changed;
    }
}
