package vn.thidua.award.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A disclosure notice: open for its window, and a decision only after the whole window has passed. */
class NoticeTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 2, 8, 0, 0, 0, ZoneOffset.ofHours(7));

    @Test
    void aNoticeIsOpenThroughItsLastWorkingDayAndADecisionComesAfter() {
        LocalDate opens = LocalDate.of(2026, 11, 2);
        LocalDate closes = WorkingCalendar.windowEnd(opens, 7, Set.of());
        Notice n = Notice.publish(
                UUID.randomUUID(),
                "  Công khai danh sách đề nghị tặng Bằng khen năm 2026 ",
                opens,
                7,
                closes,
                "officer.demo",
                NOW);
        assertEquals("Công khai danh sách đề nghị tặng Bằng khen năm 2026", n.title);
        assertEquals(LocalDate.of(2026, 11, 10), n.closesOn);
        assertFalse(n.isOpenOn(opens.minusDays(1)));
        assertTrue(n.isOpenOn(opens));
        assertTrue(n.isOpenOn(closes));
        assertFalse(n.endedBefore(closes), "not on its last day");
        assertTrue(n.endedBefore(closes.plusDays(1)));
    }

    @Test
    void aWindowThatClosesBeforeItOpensIsNoWindow() {
        LocalDate opens = LocalDate.of(2026, 11, 2);
        assertThrows(
                IllegalArgumentException.class,
                () -> Notice.publish(
                        UUID.randomUUID(), "Công khai", opens, 7, opens.minusDays(1), "officer.demo", NOW));
        assertThrows(
                IllegalArgumentException.class,
                () -> Notice.publish(UUID.randomUUID(), "Công khai", opens, 0, opens, "officer.demo", NOW));
    }
}
