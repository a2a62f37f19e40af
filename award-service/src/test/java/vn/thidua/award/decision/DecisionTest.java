package vn.thidua.award.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.thidua.award.catalog.CatalogEnums.RecipientKind;
import vn.thidua.award.nomination.Nomination;
import vn.thidua.award.nomination.NominationStatus;
import vn.thidua.platform.problem.ProblemException;

/** A decision's own rules: its draft, the nominations in its annex, its issue. */
class DecisionTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 20, 9, 0, 0, 0, ZoneOffset.ofHours(7));
    private static final UUID KON_TUM = UUID.fromString("10000000-0000-0000-0000-000000000001");

    static Decision draft(String number, LocalDate issuedOn) {
        return Decision.draft(
                new DecisionDtos.DecisionInput(
                        KON_TUM,
                        "  " + number + " ",
                        issuedOn,
                        " Chủ tịch Ủy ban nhân dân tỉnh Kon Tum ",
                        "Ủy ban nhân dân tỉnh Kon Tum",
                        "Nguyễn Văn A",
                        "Phó Chủ tịch",
                        "  ",
                        "Về việc tặng danh hiệu Chiến sĩ thi đua cơ sở năm 2026",
                        List.of()),
                "officer.demo",
                NOW);
    }

    static Nomination disclosed(String name) {
        Nomination n = Nomination.draft(
                Nomination.OriginKind.UNIT,
                KON_TUM,
                "UNIT",
                null,
                null,
                RecipientKind.INDIVIDUAL,
                KON_TUM,
                UUID.randomUUID(),
                name,
                "Chuyên viên",
                2026,
                "CSTD_CO_SO",
                "Hoàn thành xuất sắc nhiệm vụ",
                "officer.demo",
                NOW.minusMonths(2));
        n.status = NominationStatus.IN_DISCLOSURE;
        return n;
    }

    @Test
    void aDraftKeepsTheHeadingTrimmedAndStartsWithAnEmptyAnnex() {
        Decision d = draft("123/QĐ-UBND", LocalDate.of(2026, 12, 20));
        assertEquals("123/QĐ-UBND", d.number);
        assertEquals("Chủ tịch Ủy ban nhân dân tỉnh Kon Tum", d.authority);
        assertNull(d.signingFor, "the head signs: no 'KT.' line");
        assertEquals(Decision.Status.DRAFT, d.status);
        assertTrue(d.nominationIds.isEmpty());
        assertEquals("officer.demo", d.createdBy);
    }

    @Test
    void aNominationIsInOneDecisionAtATime() {
        Decision first = draft("123/QĐ-UBND", LocalDate.of(2026, 12, 20));
        Decision second = draft("124/QĐ-UBND", LocalDate.of(2026, 12, 20));
        Nomination n = disclosed("Lê Thị Mai");
        first.include(n);
        assertEquals(first.id, n.decisionId);
        assertEquals(List.of(n.id), first.nominationIds);

        assertThrows(ProblemException.class, () -> second.include(n));
        assertTrue(second.nominationIds.isEmpty());
        assertEquals(first.id, n.decisionId);

        n.leaveDraftDecision();
        second.include(n);
        assertEquals(second.id, n.decisionId);
    }

    @Test
    void anIssuedDecisionIsNotChangedAndItsNominationsStayDecided() {
        Decision d = draft("125/QĐ-UBND", LocalDate.of(2026, 12, 20));
        Nomination n = disclosed("Trần Văn Bình");
        d.include(n);
        n.decide(d.id);
        d.issue(new BigDecimal("2340000"), new BigDecimal("2340000"), "leader.demo", NOW);
        assertEquals(Decision.Status.ISSUED, d.status);
        assertEquals(NominationStatus.DECIDED, n.status);

        assertThrows(ProblemException.class, () -> d.include(disclosed("Hồ Thị Lan")));
        assertThrows(ProblemException.class, () -> d.issue(BigDecimal.ONE, BigDecimal.ONE, "leader.demo", NOW));
        assertThrows(ProblemException.class, n::leaveDraftDecision, "a decided nomination keeps its decision");
    }

    @Test
    void aDecisionIsIssuedNoEarlierThanTheDayItIsDated() {
        Decision d = draft("126/QĐ-UBND", LocalDate.of(2026, 12, 21));
        ProblemException refused =
                assertThrows(ProblemException.class, () -> d.issue(BigDecimal.ONE, BigDecimal.ONE, "leader.demo", NOW));
        assertEquals("issuedOn", refused.errors().get(0).field());
        assertEquals(Decision.Status.DRAFT, d.status);
        // dated today in Việt Nam though still yesterday in UTC: it may be issued
        Decision today = draft("127/QĐ-UBND", LocalDate.of(2026, 12, 21));
        today.issue(
                BigDecimal.ONE,
                BigDecimal.ONE,
                "leader.demo",
                OffsetDateTime.of(2026, 12, 20, 18, 30, 0, 0, ZoneOffset.UTC));
        assertEquals(Decision.Status.ISSUED, today.status);
    }

    @Test
    void aNominationOnHoldOrNotYetDisclosedIsNotDecided() {
        Nomination held = disclosed("Phan Văn Cường");
        held.hold();
        assertThrows(ProblemException.class, () -> held.decide(UUID.randomUUID()));
        Nomination draft = disclosed("Vũ Thị Dung");
        draft.status = NominationStatus.DRAFT;
        assertThrows(ProblemException.class, () -> draft.decide(UUID.randomUUID()));
        assertNull(draft.decisionId);
    }
}
