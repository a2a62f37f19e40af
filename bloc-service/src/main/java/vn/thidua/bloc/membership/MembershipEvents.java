package vn.thidua.bloc.membership;

import java.time.LocalDate;
import java.util.UUID;

/** Membership changes on thidua.blocs.v1 (key: the bloc id); campaign-service scopes campaigns by them. */
public final class MembershipEvents {

    public static final String CHANGED = "vn.thidua.bloc.membership-changed.v1";

    private MembershipEvents() {}

    /** One membership period as it is after the change (a new period, or one that ended). */
    public record MembershipPeriod(
            UUID membershipId, UUID blocId, UUID unitId, LocalDate joinedOn, LocalDate leftOn, String reason) {}
}
