package jp.tomoni.ui.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class MonitoringMonthsTest {

    @Test
    void the_choices_are_the_first_days_of_the_months_after_this_one_across_the_year_end() {
        assertEquals(List.of(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1)),
                MonitoringMonths.after(LocalDate.of(2026, 11, 30), 3));
    }

    @Test
    void the_month_is_written_in_the_era_calendar_with_the_first_year_as_gannen() {
        assertEquals("令和8年12月", CaseFormat.month(LocalDate.of(2026, 12, 1)));
        assertEquals("令和元年5月", CaseFormat.month(LocalDate.of(2019, 5, 1)));
        assertEquals("平成31年4月", CaseFormat.month(LocalDate.of(2019, 4, 15)));
        assertEquals("", CaseFormat.month(null));
    }
}
