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

    private JapaneseDates() {
    }

    /** 令和8年11月23日; the first year of an era prints as 1年 (元年 is a style choice the forms do not require). */
    public static String format(LocalDate date) {
        return date == null ? "" : ERA.format(JapaneseDate.from(date));
    }

    public static Integer age(LocalDate birthDate, LocalDate on) {
        return birthDate == null ? null : Period.between(birthDate, on).getYears();
    }
}
