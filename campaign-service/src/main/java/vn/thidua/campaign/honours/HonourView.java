package vn.thidua.campaign.honours;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CampaignHonour", description = "Khen thưởng theo đề nghị của tổng kết phong trào")
public record HonourView(
        UUID honourId,
        String awardTypeName,
        String recipientKind,
        String recipientName,
        UUID recipientUnitId,
        String decisionNumber,
        LocalDate decidedOn,
        boolean revoked,
        String revokedReason) {}
