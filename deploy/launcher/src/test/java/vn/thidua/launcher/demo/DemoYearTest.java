package vn.thidua.launcher.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DemoYearTest {

    @Test
    void aNoticeOpenedTwoWorkingDaysBeforeAMondayOpenedOnThursday() {
        assertEquals(LocalDate.of(2026, 12, 3), DemoYear.workingDaysBefore(LocalDate.of(2026, 12, 7), 2));
    }

    @Test
    void workingDaysSkipTheWeekend() {
        assertEquals(LocalDate.of(2026, 11, 20), DemoYear.workingDaysBefore(LocalDate.of(2026, 12, 4), 10));
    }

    @Test
    void nullValuesAreLeftOutOfABody() {
        assertEquals(
                "{\"kind\":\"UNIT\",\"year\":2026}",
                DemoYear.toJson(DemoYear.json("kind", "UNIT", "occasion", null, "year", 2026)));
    }
}
