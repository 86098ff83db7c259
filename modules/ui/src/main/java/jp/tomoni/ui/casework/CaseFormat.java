package jp.tomoni.ui.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.domain.shared.JapaneseDates;

/** Dates on casework pages: the era calendar, as on the national forms. */
final class CaseFormat {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private CaseFormat() {
    }

    static String date(LocalDate d) {
        return d == null ? "" : JapaneseDates.format(d);
    }

    /** The month of a date in the era calendar, as 次回モニタリング is written: 令和8年12月 (令和元年5月). */
    static String month(LocalDate d) {
        if (d == null) {
            return "";
        }
        String day = JapaneseDates.format(d.withDayOfMonth(1));
        return day.substring(0, day.lastIndexOf('月') + 1);
    }

    static String dateTime(Instant i) {
        if (i == null) {
            return "";
        }
        var local = i.atZone(CaseDates.ZONE);
        return JapaneseDates.format(local.toLocalDate()) + " " + TIME.format(local);
    }
}
