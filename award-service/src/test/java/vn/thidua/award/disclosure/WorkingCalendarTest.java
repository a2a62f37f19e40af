package vn.thidua.award.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    @Test
    void sevenWorkingDaysFromAMondayEndOnTheNextTuesday() {
        assertEquals(LocalDate.of(2026, 11, 10), WorkingCalendar.windowEnd(LocalDate.of(2026, 11, 2), 7, Set.of()));
    }

    @Test
    void aWindowOpenedOnSaturdayStartsCountingOnMonday() {
        assertEquals(LocalDate.of(2026, 11, 10), WorkingCalendar.windowEnd(LocalDate.of(2026, 10, 31), 7, Set.of()));
    }

    @Test
    void publicHolidaysDoNotCount() {
        // Quốc khánh 2026: Tuesday 1 and Wednesday 2 September
        Set<LocalDate> holidays = Set.of(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2));
        assertEquals(LocalDate.of(2026, 9, 10), WorkingCalendar.windowEnd(LocalDate.of(2026, 8, 31), 7, holidays));
        // Tết Bính Ngọ: 16–20 February 2026 off, so a window opened on Friday 13 February runs into March
        Set<LocalDate> tet = Set.of(
                LocalDate.of(2026, 2, 16),
                LocalDate.of(2026, 2, 17),
                LocalDate.of(2026, 2, 18),
                LocalDate.of(2026, 2, 19),
                LocalDate.of(2026, 2, 20));
        assertEquals(LocalDate.of(2026, 3, 2), WorkingCalendar.windowEnd(LocalDate.of(2026, 2, 13), 7, tet));
    }
}
