package vn.thidua.award.disclosure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.award.catalog.CatalogEnums.RecipientKind;
import vn.thidua.award.nomination.NominationStatus;

public final class DisclosureDtos {

    private DisclosureDtos() {}

    /** {@code opensOn} may be an earlier day when the list was already posted at the office (niêm yết). */
    public record NoticeInput(
            @NotNull UUID organizingUnitId,
            @NotBlank @Size(max = 300) String title,
            LocalDate opensOn,
            @NotEmpty List<@NotNull UUID> nominationIds) {}

    public record ObjectionInput(
            @NotBlank @Size(min = 10, max = 4000) String reason) {}

    public record ResolutionInput(
            @NotNull Objection.Status outcome,
            @NotBlank @Size(max = 2000) String resolution,
            @NotNull Long version) {}

    /** A published nomination as the public sees it: no dossier, no personal facts beyond name, position and unit. */
    public record NoticeEntry(
            @Schema(required = true) UUID nominationId,
            RecipientKind nomineeKind,
            String nomineeName,
            String nomineePosition,
            String unitName,
            String awardTypeName,
            String achievement,
            NominationStatus status,
            boolean onHold) {}

    @Schema(name = "PublicNoticeEntry", description = "a nominee on a public list: what the law asks to publish")
    public record PublicNoticeEntry(
            @Schema(
                    required = true,
                    description =
                            "the nomination an objection is about (POST …/notices/nominations/{nominationId}/objections)")
            UUID nominationId,

            RecipientKind nomineeKind,
            String nomineeName,
            String nomineePosition,
            String unitName,
            String awardTypeName,
            String achievement,

            @Schema(description = "held by an objection until it is resolved")
            boolean onHold) {}

    @Schema(name = "PublicNotice", description = "a list published for objections: no account, no internal reference")
    public record PublicNotice(
            UUID id,
            String organizingUnitName,
            String title,
            LocalDate opensOn,
            int workingDays,
            LocalDate closesOn,
            boolean open,
            boolean ended,
            List<PublicNoticeEntry> entries,
            OffsetDateTime publishedAt) {}

    public record NoticeView(
            @Schema(required = true) UUID id,
            UUID organizingUnitId,
            String organizingUnitName,
            String title,
            LocalDate opensOn,
            int workingDays,
            LocalDate closesOn,
            boolean open,
            boolean ended,
            List<NoticeEntry> entries,
            String publishedBy,
            OffsetDateTime publishedAt) {}

    public record ObjectionView(
            @Schema(required = true) UUID id,
            UUID nominationId,
            String nomineeName,
            UUID noticeId,
            String reason,
            String filedByName,
            OffsetDateTime filedAt,
            Objection.Status status,
            String resolution,
            String resolvedBy,
            OffsetDateTime resolvedAt,
            long version) {}

    /** What a citizen gets back: the objection is recorded and the nomination held. */
    public record ObjectionReceipt(
            UUID id, UUID nominationId, String nomineeName, OffsetDateTime filedAt, Objection.Status status) {}
}
