package vn.thidua.award.disclosure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Disclosure events on thidua.awards.v1: the notice's are keyed by notice id, an objection's by its nomination id. */
public final class DisclosureEvents {

    public static final String OPENED = "vn.thidua.disclosure.opened.v1";
    public static final String OBJECTION_FILED = "vn.thidua.objection.filed.v1";
    public static final String OBJECTION_RESOLVED = "vn.thidua.objection.resolved.v1";

    private DisclosureEvents() {}

    public record DisclosureOpened(
            UUID noticeId,
            UUID organizingUnitId,
            String title,
            LocalDate opensOn,
            int workingDays,
            LocalDate closesOn,
            List<UUID> nominationIds) {}

    /** The objection's text stays in award-service: it may name people. */
    public record ObjectionFiled(UUID objectionId, UUID nominationId, UUID noticeId, OffsetDateTime filedAt) {}

    public record ObjectionResolved(
            UUID objectionId, UUID nominationId, Objection.Status outcome, OffsetDateTime resolvedAt) {}
}
