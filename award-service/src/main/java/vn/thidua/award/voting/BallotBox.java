package vn.thidua.award.voting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The ballot box and the voters' roll, kept apart. A voter's mark on the roll and their ballot go in together
 * in the caller's transaction; the roll's primary key lets a voter in once per round, so two devices
 * submitting at once give one ballot.
 */
@ApplicationScoped
public class BallotBox {

    /** No 0/O, 1/I/L: a receipt is read aloud and typed back. */
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;

    /** Marks the elector as having voted in the round; false when they already have. */
    boolean markVoted(UUID sessionId, int round, UUID electorId, boolean written, String enteredBy) {
        return em.createNativeQuery("""
                insert into voting_participation (session_id, round, elector_id, written, entered_by)
                values (?1, ?2, ?3, ?4, ?5) on conflict do nothing""")
                        .setParameter(1, sessionId)
                        .setParameter(2, round)
                        .setParameter(3, electorId)
                        .setParameter(4, written)
                        .setParameter(5, enteredBy)
                        .executeUpdate()
                == 1;
    }

    /** Puts a ballot in the box and returns its receipt. */
    String drop(UUID sessionId, int round, Map<UUID, List<String>> choices) {
        String receipt = receipt();
        while (Ballot.count("sessionId = ?1 and receipt = ?2", sessionId, receipt) > 0) {
            receipt = receipt();
        }
        Ballot.of(sessionId, round, receipt, choices).persist();
        return receipt;
    }

    Set<UUID> voted(UUID sessionId, int round) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery(
                        "select elector_id from voting_participation where session_id = ?1 and round = ?2", UUID.class)
                .setParameter(1, sessionId)
                .setParameter(2, round)
                .getResultList();
        return new HashSet<>(ids);
    }

    Set<UUID> writtenBy(UUID sessionId, int round) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery(
                        "select elector_id from voting_participation where session_id = ?1 and round = ?2 and written",
                        UUID.class)
                .setParameter(1, sessionId)
                .setParameter(2, round)
                .getResultList();
        return new HashSet<>(ids);
    }

    /** The names of those whose written votes were entered, by round (the minutes name them). */
    Map<Integer, List<String>> writtenNames(UUID sessionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery("""
                select p.round, e.name from voting_participation p join voting_elector e on e.id = p.elector_id
                where p.session_id = ?1 and p.written order by p.round, e.position""").setParameter(1, sessionId).getResultList();
        Map<Integer, List<String>> byRound = new TreeMap<>();
        rows.forEach(r -> byRound.computeIfAbsent(((Number) r[0]).intValue(), k -> new ArrayList<>())
                .add((String) r[1]));
        return byRound;
    }

    record Turnout(int voted, int written) {}

    Turnout turnout(UUID sessionId, int round) {
        Object[] row = (Object[]) em.createNativeQuery("""
                select count(*), count(*) filter (where written) from voting_participation where session_id = ?1 and round = ?2""")
                .setParameter(1, sessionId)
                .setParameter(2, round)
                .getSingleResult();
        return new Turnout(((Number) row[0]).intValue(), ((Number) row[1]).intValue());
    }

    /**
     * Seals the round's ballots when they are counted: rewrites them in receipt order within the counting
     * transaction, so neither the order rows were stored in nor the transaction that stored each one is left
     * to match against the roll.
     */
    void seal(UUID sessionId, int round) {
        em.flush();
        em.createNativeQuery("""
                create temporary table sealed_ballot on commit drop as
                select * from voting_ballot where session_id = ?1 and round = ?2""")
                .setParameter(1, sessionId)
                .setParameter(2, round)
                .executeUpdate();
        em.createNativeQuery("delete from voting_ballot where session_id = ?1 and round = ?2")
                .setParameter(1, sessionId)
                .setParameter(2, round)
                .executeUpdate();
        em.createNativeQuery("insert into voting_ballot select * from sealed_ballot order by receipt")
                .executeUpdate();
        em.createNativeQuery("drop table sealed_ballot").executeUpdate();
    }

    private static String receipt() {
        StringBuilder code = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }
}
