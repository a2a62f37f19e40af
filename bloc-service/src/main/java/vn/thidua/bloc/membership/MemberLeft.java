package vn.thidua.bloc.membership;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A unit left a bloc (domain event, within the transaction that ended its membership): whatever waited for every
 * member, such as a covenant's signatures, looks again.
 */
public record MemberLeft(UUID blocId, UUID unitId, LocalDate leftOn) {}
