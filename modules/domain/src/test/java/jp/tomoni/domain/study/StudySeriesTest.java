package jp.tomoni.domain.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class StudySeriesTest {
    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void a_weekly_series_is_every_weekday_from_the_first_one_on_or_after_the_start() {
        // 2026-12-02 is a Wednesday; the series is on Tuesdays
        var plan = StudySeries.plan(DayOfWeek.TUESDAY, d("2026-12-02"), d("2026-12-31"), Set.of(), x -> java.util.Optional.empty());
        assertEquals(List.of(d("2026-12-08"), d("2026-12-15"), d("2026-12-22"), d("2026-12-29")), plan.dates());
    }

    @Test
    void a_series_with_one_moved_date_keeps_that_date_and_extending_it_adds_no_second_session() {
        // the session of 12-15 was moved to 12-17 but keeps its series date 12-15
        Set<LocalDate> existing = Set.of(d("2026-12-08"), d("2026-12-15"));
        var plan = StudySeries.plan(DayOfWeek.TUESDAY, d("2026-12-01"), d("2026-12-29"), existing, x -> java.util.Optional.empty());
        assertEquals(List.of(d("2026-12-01"), d("2026-12-22"), d("2026-12-29")), plan.dates());
        assertTrue(StudySeries.moved(d("2026-12-15"), d("2026-12-17")));
        assertFalse(StudySeries.moved(d("2026-12-22"), d("2026-12-22")));
    }

    @Test
    void public_holidays_are_skipped_and_listed_with_their_names() {
        // Mondays of January 2027: 1-11 is 成人の日
        var plan = StudySeries.plan(DayOfWeek.MONDAY, d("2027-01-04"), d("2027-01-25"), Set.of());
        assertEquals(List.of(d("2027-01-04"), d("2027-01-18"), d("2027-01-25")), plan.dates());
        assertEquals(new TreeMap<>(Map.of(d("2027-01-11"), "成人の日")), plan.skippedHolidays());
    }

    @Test
    void a_substitute_holiday_is_skipped_too() {
        // 2026-05-06 (Wednesday) is 振替休日 for 5-3 on a Sunday
        var plan = StudySeries.plan(DayOfWeek.WEDNESDAY, d("2026-04-29"), d("2026-05-13"), Set.of());
        assertEquals(List.of(d("2026-05-13")), plan.dates());
        assertEquals("振替休日", plan.skippedHolidays().get(d("2026-05-06")));
        assertEquals("昭和の日", plan.skippedHolidays().get(d("2026-04-29")));
    }

    @Test
    void a_series_is_planned_at_most_a_year_ahead() {
        assertThrows(IllegalArgumentException.class,
                () -> StudySeries.plan(DayOfWeek.MONDAY, d("2026-12-01"), d("2028-01-01"), Set.of()));
        assertThrows(IllegalArgumentException.class,
                () -> StudySeries.plan(DayOfWeek.MONDAY, d("2026-12-01"), d("2026-11-01"), Set.of()));
    }
}
