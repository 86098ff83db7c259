package jp.tomoni.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class JapaneseHolidaysTest {
    @Test
    void the_2019_list_is_the_published_one() {
        assertEquals(list(
                "2019-01-01", "元日",
                "2019-01-14", "成人の日",
                "2019-02-11", "建国記念の日",
                "2019-03-21", "春分の日",
                "2019-04-29", "昭和の日",
                "2019-04-30", "国民の休日",
                "2019-05-01", "天皇の即位の日",
                "2019-05-02", "国民の休日",
                "2019-05-03", "憲法記念日",
                "2019-05-04", "みどりの日",
                "2019-05-05", "こどもの日",
                "2019-05-06", "振替休日",
                "2019-07-15", "海の日",
                "2019-08-11", "山の日",
                "2019-08-12", "振替休日",
                "2019-09-16", "敬老の日",
                "2019-09-23", "秋分の日",
                "2019-10-14", "体育の日",
                "2019-10-22", "即位礼正殿の儀の行われる日",
                "2019-11-03", "文化の日",
                "2019-11-04", "振替休日",
                "2019-11-23", "勤労感謝の日"), JapaneseHolidays.of(2019));
    }

    @Test
    void the_2020_list_is_the_published_one() {
        assertEquals(list(
                "2020-01-01", "元日",
                "2020-01-13", "成人の日",
                "2020-02-11", "建国記念の日",
                "2020-02-23", "天皇誕生日",
                "2020-02-24", "振替休日",
                "2020-03-20", "春分の日",
                "2020-04-29", "昭和の日",
                "2020-05-03", "憲法記念日",
                "2020-05-04", "みどりの日",
                "2020-05-05", "こどもの日",
                "2020-05-06", "振替休日",
                "2020-07-23", "海の日",
                "2020-07-24", "スポーツの日",
                "2020-08-10", "山の日",
                "2020-09-21", "敬老の日",
                "2020-09-22", "秋分の日",
                "2020-11-03", "文化の日",
                "2020-11-23", "勤労感謝の日"), JapaneseHolidays.of(2020));
    }

    @Test
    void the_2021_list_is_the_published_one() {
        assertEquals(list(
                "2021-01-01", "元日",
                "2021-01-11", "成人の日",
                "2021-02-11", "建国記念の日",
                "2021-02-23", "天皇誕生日",
                "2021-03-20", "春分の日",
                "2021-04-29", "昭和の日",
                "2021-05-03", "憲法記念日",
                "2021-05-04", "みどりの日",
                "2021-05-05", "こどもの日",
                "2021-07-22", "海の日",
                "2021-07-23", "スポーツの日",
                "2021-08-08", "山の日",
                "2021-08-09", "振替休日",
                "2021-09-20", "敬老の日",
                "2021-09-23", "秋分の日",
                "2021-11-03", "文化の日",
                "2021-11-23", "勤労感謝の日"), JapaneseHolidays.of(2021));
    }

    @Test
    void the_2025_list_is_the_published_one() {
        assertEquals(list(
                "2025-01-01", "元日",
                "2025-01-13", "成人の日",
                "2025-02-11", "建国記念の日",
                "2025-02-23", "天皇誕生日",
                "2025-02-24", "振替休日",
                "2025-03-20", "春分の日",
                "2025-04-29", "昭和の日",
                "2025-05-03", "憲法記念日",
                "2025-05-04", "みどりの日",
                "2025-05-05", "こどもの日",
                "2025-05-06", "振替休日",
                "2025-07-21", "海の日",
                "2025-08-11", "山の日",
                "2025-09-15", "敬老の日",
                "2025-09-23", "秋分の日",
                "2025-10-13", "スポーツの日",
                "2025-11-03", "文化の日",
                "2025-11-23", "勤労感謝の日",
                "2025-11-24", "振替休日"), JapaneseHolidays.of(2025));
    }

    @Test
    void the_2026_list_is_the_published_one() {
        assertEquals(list(
                "2026-01-01", "元日",
                "2026-01-12", "成人の日",
                "2026-02-11", "建国記念の日",
                "2026-02-23", "天皇誕生日",
                "2026-03-20", "春分の日",
                "2026-04-29", "昭和の日",
                "2026-05-03", "憲法記念日",
                "2026-05-04", "みどりの日",
                "2026-05-05", "こどもの日",
                "2026-05-06", "振替休日",
                "2026-07-20", "海の日",
                "2026-08-11", "山の日",
                "2026-09-21", "敬老の日",
                "2026-09-22", "国民の休日",
                "2026-09-23", "秋分の日",
                "2026-10-12", "スポーツの日",
                "2026-11-03", "文化の日",
                "2026-11-23", "勤労感謝の日"), JapaneseHolidays.of(2026));
    }

    @Test
    void the_2027_list_is_the_published_one() {
        assertEquals(list(
                "2027-01-01", "元日",
                "2027-01-11", "成人の日",
                "2027-02-11", "建国記念の日",
                "2027-02-23", "天皇誕生日",
                "2027-03-21", "春分の日",
                "2027-03-22", "振替休日",
                "2027-04-29", "昭和の日",
                "2027-05-03", "憲法記念日",
                "2027-05-04", "みどりの日",
                "2027-05-05", "こどもの日",
                "2027-07-19", "海の日",
                "2027-08-11", "山の日",
                "2027-09-20", "敬老の日",
                "2027-09-23", "秋分の日",
                "2027-10-11", "スポーツの日",
                "2027-11-03", "文化の日",
                "2027-11-23", "勤労感謝の日"), JapaneseHolidays.of(2027));
    }

    @Test
    void a_holiday_on_sunday_moves_to_the_next_free_day() {
        assertEquals(Optional.of("振替休日"), JapaneseHolidays.name(date("2025-11-24")));
        assertEquals(Optional.of("振替休日"), JapaneseHolidays.name(date("2008-05-06")));
        assertEquals(Optional.of("振替休日"), JapaneseHolidays.name(date("2018-12-24")));
        assertEquals(Optional.of("振替休日"), JapaneseHolidays.name(date("2015-05-06")));
        assertFalse(JapaneseHolidays.isHoliday(date("2026-05-07")));
    }

    @Test
    void before_2007_a_holiday_on_sunday_gave_only_the_monday_after() {
        assertEquals(Optional.of("振替休日"), JapaneseHolidays.name(date("2006-01-02")));
        assertEquals(Optional.of("振替休日"), JapaneseHolidays.name(date("2002-09-16")));
        assertEquals(Optional.of("こどもの日"), JapaneseHolidays.name(date("2003-05-05")));
        assertFalse(JapaneseHolidays.isHoliday(date("2003-05-06")));
    }

    @Test
    void a_day_between_two_holidays_is_a_holiday() {
        assertEquals(Optional.of("国民の休日"), JapaneseHolidays.name(date("2009-09-22")));
        assertEquals(Optional.of("国民の休日"), JapaneseHolidays.name(date("2015-09-22")));
        assertEquals(Optional.of("国民の休日"), JapaneseHolidays.name(date("2026-09-22")));
        assertEquals(Optional.of("国民の休日"), JapaneseHolidays.name(date("2032-09-21")));
        assertEquals(Optional.of("国民の休日"), JapaneseHolidays.name(date("2004-05-04")));
        assertEquals(Optional.of("国民の休日"), JapaneseHolidays.name(date("2002-05-04")));
    }

    @Test
    void a_sunday_between_two_holidays_stays_a_sunday() {
        assertFalse(JapaneseHolidays.isHoliday(date("2003-05-04")));
    }

    @Test
    void the_equinoxes_follow_the_formula() {
        for (int year = 2000; year <= 2099; year++) {
            int n = year - 1980;
            int spring = (int) Math.floor(20.8431 + 0.242194 * n - Math.floor(n / 4.0));
            int autumn = (int) Math.floor(23.2488 + 0.242194 * n - Math.floor(n / 4.0));
            assertEquals(Optional.of("春分の日"), JapaneseHolidays.name(LocalDate.of(year, 3, spring)), "spring " + year);
            assertEquals(Optional.of("秋分の日"), JapaneseHolidays.name(LocalDate.of(year, 9, autumn)), "autumn " + year);
        }
    }

    @Test
    void the_equinoxes_match_published_days() {
        assertEquals(Optional.of("春分の日"), JapaneseHolidays.name(date("2000-03-20")));
        assertEquals(Optional.of("秋分の日"), JapaneseHolidays.name(date("2012-09-22")));
        assertEquals(Optional.of("秋分の日"), JapaneseHolidays.name(date("2016-09-22")));
        assertEquals(Optional.of("春分の日"), JapaneseHolidays.name(date("2023-03-21")));
        assertEquals(Optional.of("春分の日"), JapaneseHolidays.name(date("2024-03-20")));
        assertEquals(Optional.of("秋分の日"), JapaneseHolidays.name(date("2024-09-22")));
        assertEquals(Optional.of("秋分の日"), JapaneseHolidays.name(date("2044-09-22")));
        assertEquals(Optional.of("春分の日"), JapaneseHolidays.name(date("2092-03-19")));
    }

    @Test
    void the_2020_olympics_moved_three_holidays() {
        assertEquals(Optional.of("海の日"), JapaneseHolidays.name(date("2020-07-23")));
        assertEquals(Optional.of("スポーツの日"), JapaneseHolidays.name(date("2020-07-24")));
        assertEquals(Optional.of("山の日"), JapaneseHolidays.name(date("2020-08-10")));
        assertFalse(JapaneseHolidays.isHoliday(date("2020-07-20")));
        assertFalse(JapaneseHolidays.isHoliday(date("2020-08-11")));
        assertFalse(JapaneseHolidays.isHoliday(date("2020-10-12")));
    }

    @Test
    void the_2021_olympics_moved_three_holidays() {
        assertEquals(Optional.of("海の日"), JapaneseHolidays.name(date("2021-07-22")));
        assertEquals(Optional.of("スポーツの日"), JapaneseHolidays.name(date("2021-07-23")));
        assertEquals(Optional.of("山の日"), JapaneseHolidays.name(date("2021-08-08")));
        assertFalse(JapaneseHolidays.isHoliday(date("2021-07-19")));
        assertFalse(JapaneseHolidays.isHoliday(date("2021-08-11")));
        assertFalse(JapaneseHolidays.isHoliday(date("2021-10-11")));
    }

    @Test
    void the_emperors_birthday_moved_with_the_era() {
        assertEquals(Optional.of("天皇誕生日"), JapaneseHolidays.name(date("2018-12-23")));
        assertFalse(JapaneseHolidays.isHoliday(date("2019-12-23")));
        assertFalse(JapaneseHolidays.isHoliday(date("2019-02-23")));
        assertEquals(Optional.of("天皇誕生日"), JapaneseHolidays.name(date("2099-02-23")));
    }

    @Test
    void older_years_use_the_older_names_and_days() {
        assertEquals(Optional.of("みどりの日"), JapaneseHolidays.name(date("2006-04-29")));
        assertEquals(Optional.of("昭和の日"), JapaneseHolidays.name(date("2007-04-29")));
        assertEquals(Optional.of("海の日"), JapaneseHolidays.name(date("2002-07-20")));
        assertEquals(Optional.of("海の日"), JapaneseHolidays.name(date("2003-07-21")));
        assertEquals(Optional.of("敬老の日"), JapaneseHolidays.name(date("2002-09-15")));
        assertEquals(Optional.of("敬老の日"), JapaneseHolidays.name(date("2003-09-15")));
        assertEquals(Optional.of("体育の日"), JapaneseHolidays.name(date("2000-10-09")));
        assertEquals(Optional.of("成人の日"), JapaneseHolidays.name(date("2000-01-10")));
        assertFalse(JapaneseHolidays.isHoliday(date("2015-08-11")));
        assertEquals(Optional.of("山の日"), JapaneseHolidays.name(date("2016-08-11")));
    }

    @Test
    void ordinary_days_are_no_holidays() {
        assertFalse(JapaneseHolidays.isHoliday(date("2026-11-24")));
        assertEquals(Optional.empty(), JapaneseHolidays.name(date("2026-06-15")));
        assertTrue(JapaneseHolidays.isHoliday(date("2026-11-23")));
    }

    @Test
    void years_outside_2000_to_2099_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> JapaneseHolidays.of(1999));
        assertThrows(IllegalArgumentException.class, () -> JapaneseHolidays.of(2100));
        assertThrows(IllegalArgumentException.class, () -> JapaneseHolidays.isHoliday(date("1999-12-31")));
        assertThrows(IllegalArgumentException.class, () -> JapaneseHolidays.name(date("2100-01-01")));
    }

    @Test
    void the_year_list_is_read_only() {
        assertThrows(UnsupportedOperationException.class,
                () -> JapaneseHolidays.of(2026).put(date("2026-06-15"), "x"));
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static Map<LocalDate, String> list(String... dateThenName) {
        Map<LocalDate, String> m = new LinkedHashMap<>();
        for (int i = 0; i < dateThenName.length; i += 2) {
            m.put(date(dateThenName[i]), dateThenName[i + 1]);
        }
        return m;
    }
}
