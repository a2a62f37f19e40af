package vn.thidua.award.honours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.thidua.award.catalog.AwardType;
import vn.thidua.award.catalog.CatalogEnums.AwardLevel;
import vn.thidua.award.catalog.CatalogEnums.RecipientKind;
import vn.thidua.award.decision.Decision;
import vn.thidua.award.decision.DecisionDtos;
import vn.thidua.award.nomination.Nomination;
import vn.thidua.platform.problem.ProblemException;

/** An honour in the registry reads as its decision and nomination said, and is revoked once. */
class HonourTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 22, 10, 0, 0, 0, ZoneOffset.ofHours(7));
    private static final UUID PROPOSER = UUID.fromString("10000000-0000-0000-0000-000000000003");

    private static Decision decision() {
        return Decision.draft(
                new DecisionDtos.DecisionInput(
                        UUID.randomUUID(),
                        "210/QĐ-UBND",
                        LocalDate.of(2026, 12, 22),
                        "Chủ tịch Ủy ban nhân dân tỉnh Kon Tum",
                        "Ủy ban nhân dân tỉnh Kon Tum",
                        "Nguyễn Văn A",
                        "Chủ tịch",
                        null,
                        "Về việc tặng Bằng khen",
                        List.of()),
                "officer.demo",
                NOW);
    }

    private static AwardType bangKhen() {
        AwardType type = new AwardType();
        type.code = "BANG_KHEN_UBND_TINH";
        type.name = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh";
        type.level = AwardLevel.PROVINCE;
        return type;
    }

    private static Nomination nomination(UUID originId) {
        return Nomination.draft(
                Nomination.OriginKind.UNIT,
                PROPOSER,
                "UNIT",
                originId,
                null,
                RecipientKind.INDIVIDUAL,
                PROPOSER,
                UUID.randomUUID(),
                "Lê Văn Minh",
                "Trưởng phòng",
                2026,
                "BANG_KHEN_UBND_TINH",
                "Có thành tích xuất sắc trong công tác phổ biến, giáo dục pháp luật",
                "unitofficer.demo",
                NOW.minusMonths(3));
    }

    @Test
    void aGrantedHonourKeepsTheDecisionAndTheNomineeAsTheyWere() {
        Decision d = decision();
        Nomination n = nomination(null);
        Honour h = Honour.granted(
                d, n, bangKhen(), "Sở Tư pháp tỉnh Kon Tum", new BigDecimal("2340000"), "leader.demo", NOW);
        assertEquals(Honour.Source.GRANTED, h.source);
        assertEquals(d.id, h.decisionId);
        assertEquals("210/QĐ-UBND", h.decisionNumber);
        assertEquals(LocalDate.of(2026, 12, 22), h.decidedOn);
        assertEquals("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", h.awardTypeName);
        assertEquals(AwardLevel.PROVINCE, h.level);
        assertEquals("Lê Văn Minh", h.recipientName);
        assertEquals("Trưởng phòng", h.recipientPosition);
        assertEquals("Sở Tư pháp tỉnh Kon Tum", h.unitName);
        assertEquals(2026, h.year);
        assertEquals(n.id, h.nominationId);
        assertEquals(PROPOSER, h.originId, "a nomination the unit drew up itself comes from its proposer");
        assertEquals(new BigDecimal("2340000"), h.cashAmount);
        assertFalse(h.revoked);

        UUID campaign = UUID.randomUUID();
        assertEquals(
                campaign,
                Honour.granted(
                                d,
                                nomination(campaign),
                                bangKhen(),
                                "Sở Tư pháp tỉnh Kon Tum",
                                BigDecimal.ZERO,
                                "leader.demo",
                                NOW)
                        .originId,
                "one proposed by a campaign comes from the campaign");
    }

    @Test
    void aRecordedHonourKeepsThePaperDecisionAsTheOfficerReadIt() {
        Honour.Recipient household =
                new Honour.Recipient(RecipientKind.HOUSEHOLD, PROPOSER, "Xã Đăk Năng", null, "Hộ ông A Blúp", null);
        Honour h = Honour.recorded(
                bangKhen(),
                household,
                2019,
                " 45/QĐ-UBND ",
                LocalDate.of(2019, 12, 30),
                " Chủ tịch Ủy ban nhân dân tỉnh Kon Tum ",
                "  ",
                "officer.demo",
                NOW);
        assertEquals(Honour.Source.RECORDED, h.source);
        assertEquals("45/QĐ-UBND", h.decisionNumber);
        assertEquals("Chủ tịch Ủy ban nhân dân tỉnh Kon Tum", h.authority);
        assertEquals("Hộ ông A Blúp", h.recipientName);
        assertEquals(RecipientKind.HOUSEHOLD, h.recipientKind);
        assertEquals(null, h.citation, "a blank citation is none");
        assertEquals(null, h.decisionId, "no decision of this system");
        assertEquals("RECORD", h.originKind);
        assertEquals(2019, h.year);
    }

    @Test
    void anHonourIsRevokedOnceWithItsReason() {
        Honour h = Honour.granted(
                decision(),
                nomination(null),
                bangKhen(),
                "Sở Tư pháp tỉnh Kon Tum",
                BigDecimal.ZERO,
                "leader.demo",
                NOW);
        assertEquals(
                "revokedOn",
                assertThrows(
                                ProblemException.class,
                                () -> h.revoke("15/QĐ-UBND", LocalDate.of(2026, 12, 1), "Kê khai sai", "officer.demo"))
                        .errors()
                        .get(0)
                        .field(),
                "not before the decision's date");
        assertEquals(
                "revokingDecisionNumber",
                assertThrows(
                                ProblemException.class,
                                () -> h.revoke("210/QĐ-UBND", LocalDate.of(2027, 3, 1), "Kê khai sai", "officer.demo"))
                        .errors()
                        .get(0)
                        .field(),
                "by another decision");
        assertFalse(h.revoked);
        h.revoke(
                "15/QĐ-UBND",
                LocalDate.of(2027, 3, 1),
                "Phát hiện kê khai không trung thực thành tích",
                "officer.demo");
        assertTrue(h.revoked);
        assertEquals("15/QĐ-UBND", h.revokingDecisionNumber);
        assertThrows(
                ProblemException.class,
                () -> h.revoke("16/QĐ-UBND", LocalDate.of(2027, 3, 2), "Lặp lại", "officer.demo"));
        assertEquals("15/QĐ-UBND", h.revokingDecisionNumber);
    }
}
