package jp.tomoni.domain.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class RecurrenceTest {
    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void a_single_session_is_only_its_first_date_whatever_the_count() {
        assertEquals(List.of(d("2026-05-12")), Recurrence.ONCE.dates(d("2026-05-12"), 1));
        assertEquals(List.of(d("2026-05-12")), Recurrence.ONCE.dates(d("2026-05-12"), 12));
    }

    @Test
    void a_weekly_session_is_every_seven_days_across_the_month_and_year_end() {
        assertEquals(List.of(d("2026-12-22"), d("2026-12-29"), d("2027-01-05")), Recurrence.WEEKLY.dates(d("2026-12-22"), 3));
    }

    @Test
    void a_monthly_session_is_on_the_same_nth_weekday_of_each_month() {
        // 2026-05-12 is the 2nd Tuesday of May (第2火曜日)
        assertEquals(List.of(d("2026-05-12"), d("2026-06-09"), d("2026-07-14"), d("2026-08-11")),
                Recurrence.MONTHLY.dates(d("2026-05-12"), 4));
        // the 1st Friday, across the year end
        assertEquals(List.of(d("2026-11-06"), d("2026-12-04"), d("2027-01-01")), Recurrence.MONTHLY.dates(d("2026-11-06"), 3));
    }

    @Test
    void a_fourth_weekday_stays_the_fourth_even_when_it_was_the_last_of_its_month() {
        // 2026-02-24 is the 4th and last Tuesday of February; March has five Tuesdays
        assertEquals(List.of(d("2026-02-24"), d("2026-03-24")), Recurrence.MONTHLY.dates(d("2026-02-24"), 2));
    }

    @Test
    void a_fifth_weekday_falls_on_the_last_such_weekday_in_a_month_without_a_fifth() {
        // 2026-03-31 is the 5th Tuesday of March; April's last Tuesday is the 28th, June has a 5th on the 30th
        assertEquals(List.of(d("2026-03-31"), d("2026-04-28"), d("2026-05-26"), d("2026-06-30")),
                Recurrence.MONTHLY.dates(d("2026-03-31"), 4));
    }

    @Test
    void twelve_dates_at_most_and_at_least_one() {
        assertEquals(12, Recurrence.MONTHLY.dates(d("2026-05-12"), 12).size());
        assertEquals(d("2027-04-13"), Recurrence.MONTHLY.dates(d("2026-05-12"), 12).get(11));
        assertEquals(List.of(d("2026-05-12")), Recurrence.WEEKLY.dates(d("2026-05-12"), 1));
        for (Recurrence r : Recurrence.values()) {
            assertThrows(IllegalArgumentException.class, () -> r.dates(d("2026-05-12"), 0));
            assertThrows(IllegalArgumentException.class, () -> r.dates(d("2026-05-12"), 13));
        }
    }
}
