package vn.thidua.award.voting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A secret ballot: the choices and a random receipt, nothing else. No voter, no time, no sequence; ids and
 * receipts are random, and lists are read in receipt order.
 */
@Entity
@Table(name = "voting_ballot")
public class Ballot extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "session_id", nullable = false)
    public UUID sessionId;

    @Column(nullable = false)
    public int round;

    @Column(nullable = false)
    public String receipt;

    /** Question id → the chosen option keys. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public Map<UUID, List<String>> choices;

    static Ballot of(UUID sessionId, int round, String receipt, Map<UUID, List<String>> choices) {
        Ballot b = new Ballot();
        b.id = UUID.randomUUID();
        b.sessionId = sessionId;
        b.round = round;
        b.receipt = receipt;
        b.choices = choices;
        return b;
    }

    static List<Ballot> of(UUID sessionId, int round) {
        return list("sessionId = ?1 and round = ?2 order by receipt", sessionId, round);
    }
}
