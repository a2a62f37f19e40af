package vn.thidua.award.nomination;

import java.time.LocalDate;
import java.util.UUID;
import vn.thidua.award.catalog.CatalogEnums.RecipientKind;

/** Nomination events on thidua.awards.v1, keyed by the nomination id. */
public final class NominationEvents {

    public static final String SUBMITTED = "vn.thidua.nomination.submitted.v1";
    public static final String RECOMMENDED = "vn.thidua.nomination.recommended.v1";
    public static final String REJECTED = "vn.thidua.nomination.rejected.v1";

    private NominationEvents() {}

    /** The nomination as it stands after the change; {@code reason} says why a rejected one was turned down. */
    public record NominationChanged(
            UUID nominationId,
            int year,
            String awardType,
            String awardTypeName,
            RecipientKind nomineeKind,
            UUID nomineeUnitId,
            UUID personId,
            String nomineeName,
            UUID proposerUnitId,
            String originKind,
            UUID originId,
            NominationStatus status,
            LocalDate submittedOn,
            String reason) {}
}
