package vn.thidua.award.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

/** Working days: Monday to Friday, except the public holidays on record (Tết, Quốc khánh, …). */
@ApplicationScoped
public class WorkingCalendar {

    /** The last day of a window of {@code days} working days that starts on {@code opensOn} (counted if it is a working day). */
    public LocalDate windowEnd(LocalDate opensOn, int days) {
        Set<LocalDate> holidays =
                PublicHoliday.<PublicHoliday>list("day >= ?1 and day <= ?2", opensOn, opensOn.plusDays(days * 3L + 30))
                        .stream()
                        .map(h -> h.day)
                        .collect(Collectors.toSet());
        return windowEnd(opensOn, days, holidays);
    }

    static LocalDate windowEnd(LocalDate opensOn, int days, Set<LocalDate> holidays) {
        LocalDate day = opensOn;
        int counted = 0;
        while (true) {
            if (isWorkingDay(day, holidays) && ++counted == days) {
                return day;
            }
            day = day.plusDays(1);
        }
    }

    static boolean isWorkingDay(LocalDate day, Set<LocalDate> holidays) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY
                && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }
}
