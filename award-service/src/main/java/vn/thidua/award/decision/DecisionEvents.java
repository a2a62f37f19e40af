package vn.thidua.award.decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A decision's issuance on thidua.awards.v1 (key: the decision id); each honour follows as award.granted. */
public final class DecisionEvents {

    public static final String ISSUED = "vn.thidua.decision.issued.v1";

    private DecisionEvents() {}

    public record DecisionIssued(
            UUID decisionId,
            UUID organizingUnitId,
            String number,
            LocalDate issuedOn,
            String authority,
            String signerName,
            String title,
            List<UUID> nominationIds,
            List<UUID> honourIds,
            BigDecimal baseSalary,
            BigDecimal cashTotal) {}
}
