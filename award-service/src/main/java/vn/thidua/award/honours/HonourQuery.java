package vn.thidua.award.honours;

import io.quarkus.panache.common.Parameters;
import java.util.Set;
import java.util.UUID;

/** The registry's search: by unit (and the units below it), person, award type, year, decision number and name. */
public record HonourQuery(
        Set<UUID> units, UUID personId, String awardType, Integer year, String decision, String q, Boolean revoked) {

    public String where(Parameters params) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (units != null) {
            where.append(" and unitId in :units");
            params.and("units", units.isEmpty() ? Set.of(new UUID(0, 0)) : units);
        }
        if (personId != null) {
            where.append(" and personId = :person");
            params.and("person", personId);
        }
        if (awardType != null && !awardType.isBlank()) {
            where.append(" and awardType = :type");
            params.and("type", awardType);
        }
        if (year != null) {
            where.append(" and year = :year");
            params.and("year", year);
        }
        if (decision != null && !decision.isBlank()) {
            where.append(" and lower(decisionNumber) like :decision");
            params.and("decision", "%" + decision.strip().toLowerCase() + "%");
        }
        if (q != null && !q.isBlank()) {
            where.append(" and lower(recipientName) like :q");
            params.and("q", "%" + q.strip().toLowerCase() + "%");
        }
        if (revoked != null) {
            where.append(" and revoked = :revoked");
            params.and("revoked", revoked);
        }
        return where.toString();
    }
}
