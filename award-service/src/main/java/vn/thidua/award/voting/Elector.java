package vn.thidua.award.voting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;

/**
 * One voter of a session, fixed when it opens: a council member (key: their account) or a member unit (key:
 * the unit id, its ballot cast by the unit's leader).
 */
@Entity
@Table(name = "voting_elector")
public class Elector extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "session_id", nullable = false)
    public UUID sessionId;

    @Column(nullable = false)
    public int position;

    @Column(name = "voter_key", nullable = false)
    public String voterKey;

    @Column(nullable = false)
    public String name;

    /** Role and title on the council, or nothing for a unit. */
    public String detail;

    static Elector of(UUID sessionId, int position, String voterKey, String name, String detail) {
        Elector e = new Elector();
        e.id = UUID.randomUUID();
        e.sessionId = sessionId;
        e.position = position;
        e.voterKey = voterKey;
        e.name = name;
        e.detail = detail;
        return e;
    }

    static List<Elector> of(UUID sessionId) {
        return list("sessionId = ?1 order by position", sessionId);
    }

    /** How many may vote in the session: the denominator of "all members". */
    static int countIn(UUID sessionId) {
        return (int) count("sessionId", sessionId);
    }

    static java.util.Optional<Elector> byKey(UUID sessionId, String voterKey) {
        return find("sessionId = ?1 and lower(voterKey) = ?2", sessionId, voterKey.toLowerCase(java.util.Locale.ROOT))
                .firstResultOptional();
    }
}
