package vn.thidua.bloc.honours;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BlocHonour", description = "Khen thưởng theo đề nghị của khối")
public record HonourView(
        UUID honourId,
        int year,
        String awardTypeName,
        String recipientName,
        UUID recipientUnitId,
        String decisionNumber,
        LocalDate decidedOn,
        boolean revoked,
        String revokedReason) {}
