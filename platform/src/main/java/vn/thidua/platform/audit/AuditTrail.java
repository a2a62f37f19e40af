package vn.thidua.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.logging.MDC;
import vn.thidua.platform.security.CurrentUser;

/**
 * Who did what, when, with the state before and after: written in the caller's transaction, so
 * there is no change without its audit record. Records form a hash chain (tamper-evident); a
 * transaction-scoped advisory lock serialises appends so the chain has no forks.
 */
@ApplicationScoped
public class AuditTrail {

    public static final String SYSTEM = "system";
    private static final long CHAIN_LOCK_KEY = 0x61756469_74L; // "audit"

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    ObjectMapper mapper;

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditRecord record(String action, String entityType, Object entityId, Object before, Object after) {
        em.createNativeQuery("select pg_advisory_xact_lock(:key)").setParameter("key", CHAIN_LOCK_KEY).getSingleResult();
        List<?> last = em.createNativeQuery("select hash from audit_log order by seq desc limit 1").getResultList();
        AuditRecord record = new AuditRecord();
        record.at = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS); // PostgreSQL keeps microseconds
        actor(record);
        record.action = action;
        record.entityType = entityType;
        record.entityId = String.valueOf(entityId);
        record.before = json(before);
        record.after = json(after);
        Object requestId = MDC.get("requestId");
        record.requestId = requestId == null ? null : requestId.toString();
        record.prevHash = last.isEmpty() ? AuditHash.GENESIS : last.get(0).toString();
        record.hash = record.computeHash();
        record.persist();
        return record;
    }

    /** Checks the chain from the first record; returns the seq of the first broken record, or -1. */
    @Transactional
    public long verifyChain() {
        String previous = AuditHash.GENESIS;
        List<AuditRecord> records = AuditRecord.list("order by seq");
        for (AuditRecord record : records) {
            if (!record.prevHash.equals(previous) || !record.hash.equals(record.computeHash())) {
                return record.seq;
            }
            previous = record.hash;
        }
        return -1;
    }

    private void actor(AuditRecord record) {
        try {
            if (currentUser.authenticated()) {
                record.actorSubject = currentUser.subject();
                record.actorName = currentUser.name();
                record.actorUnit = currentUser.unitId().orElse(null);
                return;
            }
        } catch (ContextNotActiveException e) {
            // no request: an event consumer or a start-up task acts as the system
        }
        record.actorSubject = SYSTEM;
        record.actorName = SYSTEM;
    }

    private String json(Object state) {
        if (state == null) {
            return null;
        }
        try {
            return mapper.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit state cannot be written as JSON", e);
        }
    }
}
