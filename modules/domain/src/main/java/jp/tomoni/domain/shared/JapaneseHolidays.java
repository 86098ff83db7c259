package jp.tomoni.domain.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Japan's national holidays (国民の祝日に関する法律) for 2000–2099, computed by rule with no data file:
 * fixed days, Happy Monday days, the equinoxes by the usual approximation formula, the one-off days of
 * 2019–2021, 振替休日 and 国民の休日.
 */
public final class JapaneseHolidays {
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2099;
    private static final String SUBSTITUTE = "振替休日";
    private static final String CITIZENS = "国民の休日";
    private static final Map<Integer, SortedMap<LocalDate, String>> CACHE = new ConcurrentHashMap<>();

    private JapaneseHolidays() {
    }

    public static boolean isHoliday(LocalDate date) {
        return name(date).isPresent();
    }

    /** The holiday's Japanese name (e.g. "振替休日", "国民の休日"), empty on other days. */
    public static Optional<String> name(LocalDate date) {
        return Optional.ofNullable(of(date.getYear()).get(date));
    }

    /** All holidays of the year, in date order. */
    public static SortedMap<LocalDate, String> of(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("holidays are known for " + FIRST_YEAR + "–" + LAST_YEAR + " only: " + year);
        }
        return CACHE.computeIfAbsent(year, y -> Collections.unmodifiableSortedMap(compute(y)));
    }

    private static SortedMap<LocalDate, String> compute(int year) {
        SortedMap<LocalDate, String> holidays = nationalHolidays(year);
        SortedMap<LocalDate, String> all = new TreeMap<>(holidays);
        addSubstitutes(year, holidays, all);
        addSandwiched(holidays, all);
        return all;
    }

    /** The 国民の祝日 proper: days named by the law or by the special laws of 2019–2021. */
    private static SortedMap<LocalDate, String> nationalHolidays(int year) {
        SortedMap<LocalDate, String> h = new TreeMap<>();
        h.put(LocalDate.of(year, 1, 1), "元日");
        h.put(monday(year, Month.JANUARY, 2), "成人の日");
        h.put(LocalDate.of(year, 2, 11), "建国記念の日");
        emperorsBirthday(year, h);
        h.put(LocalDate.of(year, 3, vernalEquinoxDay(year)), "春分の日");
        h.put(LocalDate.of(year, 4, 29), year >= 2007 ? "昭和の日" : "みどりの日");
        h.put(LocalDate.of(year, 5, 3), "憲法記念日");
        if (year >= 2007) {
            h.put(LocalDate.of(year, 5, 4), "みどりの日");
        }
        h.put(LocalDate.of(year, 5, 5), "こどもの日");
        summerAndSports(year, h);
        h.put(year >= 2003 ? monday(year, Month.SEPTEMBER, 3) : LocalDate.of(year, 9, 15), "敬老の日");
        h.put(LocalDate.of(year, 9, autumnalEquinoxDay(year)), "秋分の日");
        h.put(LocalDate.of(year, 11, 3), "文化の日");
        h.put(LocalDate.of(year, 11, 23), "勤労感謝の日");
        enthronement(year, h);
        return h;
    }

    private static void emperorsBirthday(int year, Map<LocalDate, String> h) {
        if (year <= 2018) {
            h.put(LocalDate.of(year, 12, 23), "天皇誕生日");
        } else if (year >= 2020) {
            h.put(LocalDate.of(year, 2, 23), "天皇誕生日");
        }
    }

    /** 海の日, 山の日 and 体育の日/スポーツの日, moved around the Tokyo Olympics in 2020 and 2021. */
    private static void summerAndSports(int year, Map<LocalDate, String> h) {
        String sports = year >= 2020 ? "スポーツの日" : "体育の日";
        if (year == 2020) {
            h.put(LocalDate.of(2020, 7, 23), "海の日");
            h.put(LocalDate.of(2020, 7, 24), sports);
            h.put(LocalDate.of(2020, 8, 10), "山の日");
        } else if (year == 2021) {
            h.put(LocalDate.of(2021, 7, 22), "海の日");
            h.put(LocalDate.of(2021, 7, 23), sports);
            h.put(LocalDate.of(2021, 8, 8), "山の日");
        } else {
            h.put(year >= 2003 ? monday(year, Month.JULY, 3) : LocalDate.of(year, 7, 20), "海の日");
            h.put(monday(year, Month.OCTOBER, 2), sports);
            if (year >= 2016) {
                h.put(LocalDate.of(year, 8, 11), "山の日");
            }
        }
    }

    private static void enthronement(int year, Map<LocalDate, String> h) {
        if (year == 2019) {
            h.put(LocalDate.of(2019, 5, 1), "天皇の即位の日");
            h.put(LocalDate.of(2019, 10, 22), "即位礼正殿の儀の行われる日");
        }
    }

    /** A holiday on Sunday gives the next day that is no holiday (from 2007; before, only the Monday after). */
    private static void addSubstitutes(int year, Map<LocalDate, String> holidays, Map<LocalDate, String> all) {
        for (LocalDate day : holidays.keySet()) {
            if (day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                continue;
            }
            LocalDate next = day.plusDays(1);
            while (year >= 2007 && holidays.containsKey(next)) {
                next = next.plusDays(1);
            }
            all.putIfAbsent(next, SUBSTITUTE);
        }
    }

    /** A day other than Sunday between two 国民の祝日 that is itself no holiday becomes 国民の休日. */
    private static void addSandwiched(Map<LocalDate, String> holidays, Map<LocalDate, String> all) {
        for (LocalDate day : holidays.keySet()) {
            LocalDate between = day.plusDays(1);
            if (holidays.containsKey(between.plusDays(1)) && !all.containsKey(between)
                    && between.getDayOfWeek() != DayOfWeek.SUNDAY) {
                all.put(between, CITIZENS);
            }
        }
    }

    private static LocalDate monday(int year, Month month, int ordinal) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, DayOfWeek.MONDAY));
    }

    /** Day of March of 春分の日, by the approximation valid 1980–2099. */
    static int vernalEquinoxDay(int year) {
        return equinoxDay(20.8431, year);
    }

    /** Day of September of 秋分の日, by the approximation valid 1980–2099. */
    static int autumnalEquinoxDay(int year) {
        return equinoxDay(23.2488, year);
    }

    private static int equinoxDay(double base, int year) {
        int n = year - 1980;
        return (int) Math.floor(base + 0.242194 * n - Math.floorDiv(n, 4));
    }
}
