package vn.thidua.bloc.covenant;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Covenant events on thidua.blocs.v1 (key: the bloc id). */
public final class CovenantEvents {

    public static final String OPENED = "vn.thidua.covenant.opened.v1";
    public static final String REVISED = "vn.thidua.covenant.revised.v1";
    public static final String SIGNED = "vn.thidua.covenant.signed.v1";
    public static final String IN_FORCE = "vn.thidua.covenant.in-force.v1";
    public static final String CLOSED = "vn.thidua.covenant.closed.v1";
    public static final String SIGNING_RECORDED = "vn.thidua.covenant.signing-recorded.v1";

    private CovenantEvents() {}

    public record CovenantState(
            UUID covenantId,
            UUID blocId,
            int year,
            String title,
            CovenantStatus status,
            int revision,
            String textSha256,
            long memberCount,
            long signedCount,
            LocalDate signedOn,
            UUID signingMeetingId,
            long version) {}

    public record CovenantSigned(
            UUID covenantId,
            UUID blocId,
            int year,
            int revision,
            UUID unitId,
            String signerName,
            String signerPosition,
            OffsetDateTime signedAt,
            String textSha256) {}
}
