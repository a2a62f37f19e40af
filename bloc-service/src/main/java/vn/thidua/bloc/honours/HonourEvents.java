package vn.thidua.bloc.honours;

import java.time.LocalDate;
import java.util.UUID;

/** The award-service events this feature reads from thidua.awards.v1 (key: the honour id). */
public final class HonourEvents {

    public static final String GRANTED = "vn.thidua.award.granted.v1";
    public static final String REVOKED = "vn.thidua.award.revoked.v1";

    private HonourEvents() {
    }

    /** Where a nomination came from: a bloc's confirmed ranking, a campaign's review, or a unit. */
    public record Origin(String kind, UUID id) {
    }

    public record HonourGranted(UUID honourId, UUID decisionId, String decisionNumber, LocalDate decidedOn,
            String awardTypeName, String recipientKind, UUID recipientUnitId, String recipientName, int year, Origin origin) {
    }

    public record HonourRevoked(UUID honourId, String revokingDecisionNumber, String reason) {
    }
}
