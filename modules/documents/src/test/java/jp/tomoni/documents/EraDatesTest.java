package jp.tomoni.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class EraDatesTest {

    @Test
    void a_day_is_written_in_the_reiwa_era() {
        assertEquals("令和8年11月23日", EraDates.format(LocalDate.of(2026, 11, 23)));
    }

    @Test
    void a_month_is_written_without_a_day() {
        assertEquals("令和9年2月", EraDates.format(YearMonth.of(2027, 2)));
    }

    @Test
    void the_first_year_of_an_era_is_gannen() {
        assertEquals("令和元年5月1日", EraDates.format(LocalDate.of(2019, 5, 1)));
        assertEquals("令和元年12月", EraDates.format(YearMonth.of(2019, 12)));
    }

    @Test
    void the_era_changes_on_the_day_it_changed() {
        assertEquals("昭和64年1月7日", EraDates.format(LocalDate.of(1989, 1, 7)));
        assertEquals("平成元年1月8日", EraDates.format(LocalDate.of(1989, 1, 8)));
        assertEquals("平成31年4月30日", EraDates.format(LocalDate.of(2019, 4, 30)));
    }

    @Test
    void older_birth_dates_keep_their_own_era() {
        assertEquals("昭和55年4月1日", EraDates.format(LocalDate.of(1980, 4, 1)));
        assertEquals("大正15年12月24日", EraDates.format(LocalDate.of(1926, 12, 24)));
    }

    @Test
    void a_missing_date_prints_as_nothing() {
        assertEquals("", EraDates.format((LocalDate) null));
        assertEquals("", EraDates.format((YearMonth) null));
    }

    @Test
    void age_counts_only_birthdays_already_reached() {
        LocalDate birth = LocalDate.of(1980, 4, 1);
        assertEquals(46, EraDates.age(birth, LocalDate.of(2026, 11, 23)));
        assertEquals(45, EraDates.age(birth, LocalDate.of(2026, 3, 31)));
        assertEquals(46, EraDates.age(birth, LocalDate.of(2026, 4, 1)));
    }

    @Test
    void age_is_unknown_without_both_dates() {
        assertNull(EraDates.age(null, LocalDate.of(2026, 11, 23)));
        assertNull(EraDates.age(LocalDate.of(1980, 4, 1), null));
    }
}
