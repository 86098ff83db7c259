package jp.tomoni.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class JapaneseDatesTest {
    @Test
    void dates_print_in_the_era_of_their_day() {
        assertEquals("昭和60年4月12日", JapaneseDates.format(LocalDate.of(1985, 4, 12)));
        assertEquals("平成31年4月30日", JapaneseDates.format(LocalDate.of(2019, 4, 30)));
        assertEquals("令和元年5月1日", JapaneseDates.format(LocalDate.of(2019, 5, 1)));
        assertEquals("大正15年12月24日", JapaneseDates.format(LocalDate.of(1926, 12, 24)));
        assertEquals("平成元年1月8日", JapaneseDates.format(LocalDate.of(1989, 1, 8)));
        assertEquals("", JapaneseDates.format(null));
    }

    @Test
    void months_print_in_the_era_of_their_first_day_with_gannen() {
        assertEquals("令和8年12月", JapaneseDates.formatMonth(LocalDate.of(2026, 12, 1)));
        assertEquals("令和元年5月", JapaneseDates.formatMonth(LocalDate.of(2019, 5, 1)));
        assertEquals("平成31年4月", JapaneseDates.formatMonth(LocalDate.of(2019, 4, 1)));
        assertEquals("", JapaneseDates.formatMonth(null));
    }

    @Test
    void age_counts_full_years_on_the_day() {
        assertEquals(41, JapaneseDates.age(LocalDate.of(1985, 4, 12), LocalDate.of(2026, 11, 23)));
        assertEquals(40, JapaneseDates.age(LocalDate.of(1985, 11, 24), LocalDate.of(2026, 11, 23)));
    }
}
