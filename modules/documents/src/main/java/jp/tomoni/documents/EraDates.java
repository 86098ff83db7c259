package jp.tomoni.documents;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.chrono.JapaneseChronology;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as Japanese forms print them: in the era calendar (和暦), e.g. 令和8年11月23日. */
public final class EraDates {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("GGGGy年M月d日", Locale.JAPAN).withChronology(JapaneseChronology.INSTANCE);
    private static final DateTimeFormatter MONTH =
            DateTimeFormatter.ofPattern("GGGGy年M月", Locale.JAPAN).withChronology(JapaneseChronology.INSTANCE);

    private EraDates() {
    }

    /** 令和8年11月23日; the first year of an era is written 元年, as on official forms; null gives "". */
    public static String format(LocalDate date) {
        return date == null ? "" : firstYearAsGannen(DAY.format(date));
    }

    /** 令和8年11月; null gives "". */
    public static String format(YearMonth month) {
        // YearMonth has no epoch day, so the era chronology needs a concrete day to convert
        return month == null ? "" : firstYearAsGannen(MONTH.format(month.atDay(1)));
    }

    /** Full years between birth and the given day; null when either is unknown. */
    public static Integer age(LocalDate birthDate, LocalDate at) {
        if (birthDate == null || at == null || at.isBefore(birthDate)) {
            return null;
        }
        return Period.between(birthDate, at).getYears();
    }

    private static String firstYearAsGannen(String formatted) {
        return formatted.replaceFirst("^(\\D+)1年", "$1元年");
    }
}
