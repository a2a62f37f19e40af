package vn.thidua.platform.honours;

import java.time.LocalDate;
import java.util.UUID;

/**
 * award-service's events about granted honours on thidua.awards.v1 (key: the honour id), as it
 * sends them and as bloc-service and campaign-service read them.
 */
public final class AwardEvents {

    public static final String TOPIC = "thidua.awards.v1";
    public static final String GRANTED = "vn.thidua.award.granted.v1";
    public static final String REVOKED = "vn.thidua.award.revoked.v1";

    private AwardEvents() {}

    /** Where a nomination came from: {@code BLOC} (a confirmed ranking), {@code CAMPAIGN} (a review), {@code UNIT}. */
    public record Origin(String kind, UUID id) {}

    public record HonourGranted(
            UUID honourId,
            UUID decisionId,
            String decisionNumber,
            LocalDate decidedOn,
            String awardTypeName,
            String recipientKind,
            UUID recipientUnitId,
            String recipientName,
            int year,
            Origin origin) {

        public boolean cameFrom(String kind) {
            return origin != null && kind.equals(origin.kind()) && origin.id() != null;
        }
    }

    public record HonourRevoked(UUID honourId, String revokingDecisionNumber, String reason) {}
}
