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
import java.util.Iterator;
import java.util.List;
import org.jboss.logging.MDC;
import vn.thidua.platform.security.CurrentUser;

/**
 * Who did what, when, with the state before and after: written in the caller's transaction, so there is no change
 * without its audit record. Appending takes no lock; the sealer (AuditSealer) commits the records to a Merkle tree
 * with signed heads, which makes the log tamper-evident, and {@link #verify()} checks it.
 */
@ApplicationScoped
public class AuditTrail {

    public static final String SYSTEM = "system";
    private static final int PAGE = 1000;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    ObjectMapper mapper;

    @Inject
    AuditSigner signer;

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditRecord record(String action, String entityType, Object entityId, Object before, Object after) {
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
        record.persist();
        return record;
    }

    /** What a check of the log found: the first record changed since it was sealed, or the first head that fails. */
    public record Verification(long records, long heads, Long alteredRecord, Long failedHead) {

        public boolean intact() {
            return alteredRecord == null && failedHead == null;
        }
    }

    /**
     * Checks every sealed record against its leaf hash and every signed head against the tree rebuilt from the
     * records, a page at a time (the log is never held in memory).
     */
    @Transactional
    public Verification verify() {
        MerkleTree.Frontier tree = MerkleTree.Frontier.empty();
        long heads = 0;
        for (long from = 0; ; from += PAGE) {
            List<Object[]> page = em.createQuery(
                            "select l, r from AuditLeaf l join AuditRecord r on r.seq = l.seq "
                                    + "where l.leafIndex >= :from order by l.leafIndex",
                            Object[].class)
                    .setParameter("from", from)
                    .setMaxResults(PAGE)
                    .getResultList();
            // a head covers at least one record, so a page of records closes at most a page of heads
            Iterator<AuditTreeHead> closed = AuditTreeHead.<AuditTreeHead>find(
                            "treeSize > ?1 and treeSize <= ?2 order by treeSize", from, from + page.size())
                    .list()
                    .iterator();
            AuditTreeHead next = closed.hasNext() ? closed.next() : null;
            for (Object[] row : page) {
                AuditLeaf leaf = (AuditLeaf) row[0];
                AuditRecord record = (AuditRecord) row[1];
                byte[] hash = MerkleTree.leafHash(record.leafData());
                if (leaf.leafIndex != tree.size() || !MerkleTree.hex(hash).equals(leaf.leafHash)) {
                    return new Verification(tree.size(), heads, record.seq, null);
                }
                tree.append(hash);
                if (next != null && next.treeSize == tree.size()) {
                    if (!MerkleTree.hex(tree.root()).equals(next.rootHash) || !signer.verify(next)) {
                        return new Verification(tree.size(), heads, null, next.treeSize);
                    }
                    heads++;
                    next = closed.hasNext() ? closed.next() : null;
                }
            }
            em.clear();
            if (page.size() < PAGE) {
                break;
            }
        }
        // a head over more records than the log holds: records were removed
        Long overreaching = AuditTreeHead.<AuditTreeHead>find("treeSize > ?1 order by treeSize", tree.size())
                .firstResultOptional()
                .map(h -> h.treeSize)
                .orElse(null);
        return new Verification(tree.size(), heads, null, overreaching);
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
