package jp.tomoni.domain.shared;

import java.time.LocalDate;
import java.time.Period;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as Japanese forms print them, in the era calendar (令和8年11月23日), and ages on a given day. */
public final class JapaneseDates {
    private static final DateTimeFormatter ERA = DateTimeFormatter.ofPattern("GGGGy年M月d日", Locale.JAPAN)
            .withChronology(JapaneseChronology.INSTANCE);
    private static final DateTimeFormatter ERA_MONTH = DateTimeFormatter.ofPattern("GGGGy年M月", Locale.JAPAN)
            .withChronology(JapaneseChronology.INSTANCE);

    private JapaneseDates() {
    }

    /** 令和8年11月23日; the first year of an era is 元年, as official forms print it (平成元年, 令和元年). */
    public static String format(LocalDate date) {
        return format(date, ERA);
    }

    /** 令和8年12月: a month, as the plan form's 次回モニタリング asks for it. */
    public static String formatMonth(LocalDate date) {
        return format(date, ERA_MONTH);
    }

    private static String format(LocalDate date, DateTimeFormatter pattern) {
        if (date == null) {
            return "";
        }
        JapaneseDate d = JapaneseDate.from(date);
        String text = pattern.format(d);
        return d.get(java.time.temporal.ChronoField.YEAR_OF_ERA) == 1 ? text.replaceFirst("1年", "元年") : text;
    }

    public static Integer age(LocalDate birthDate, LocalDate on) {
        return birthDate == null ? null : Period.between(birthDate, on).getYears();
    }
}
