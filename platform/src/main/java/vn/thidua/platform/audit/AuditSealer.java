package vn.thidua.platform.audit;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Orders what was appended to the audit log into its Merkle tree and signs the new head, a batch at a time, in the
 * order the records became visible. One instance seals at a time (a transaction-scoped advisory lock); writers never
 * wait for it.
 */
@ApplicationScoped
public class AuditSealer {

    private static final long SEALER_LOCK = 0x61756469_74L; // "audit"

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditSigner signer;

    @ConfigProperty(name = "thidua.audit.seal-batch", defaultValue = "5000")
    int batch;

    @Scheduled(
            every = "${thidua.audit.seal-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sealPeriodically() {
        seal();
    }

    /** Seals one batch; empty when nothing was appended since the last head or another instance is sealing. */
    @Transactional
    public Optional<AuditTreeHead> seal() {
        boolean mine = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", SEALER_LOCK)
                .getSingleResult();
        if (!mine) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Long> pending = em.createNativeQuery("select seq from audit_unsealed order by seq limit :n", Long.class)
                .setParameter("n", batch)
                .getResultList();
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        Optional<AuditTreeHead> last = AuditTreeHead.latest();
        MerkleTree.Frontier tree = last.map(h -> MerkleTree.Frontier.decode(h.treeSize, h.frontier))
                .orElseGet(MerkleTree.Frontier::empty);
        for (AuditRecord record : AuditRecord.<AuditRecord>list("seq in ?1 order by seq", pending)) {
            byte[] leaf = MerkleTree.leafHash(record.leafData());
            AuditLeaf.of(tree.size(), record.seq, leaf).persist();
            tree.append(leaf);
        }
        em.createNativeQuery("delete from audit_unsealed where seq in (:seqs)")
                .setParameter("seqs", pending)
                .executeUpdate();

        AuditTreeHead head = new AuditTreeHead();
        head.treeSize = tree.size();
        head.rootHash = MerkleTree.hex(tree.root());
        head.frontier = tree.encode();
        head.sealedAt = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS); // PostgreSQL keeps microseconds
        AuditSigner.Signed signed = signer.sign(head.signedText());
        head.keyId = signed.keyId();
        head.signature = signed.signature();
        head.persist();
        return Optional.of(head);
    }
}
