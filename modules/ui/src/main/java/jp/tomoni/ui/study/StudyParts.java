package jp.tomoni.ui.study;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;

/** Small shared pieces of the guardians' study pages. */
final class StudyParts {
    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private StudyParts() {
    }

    /** {@code t/<tenant>/study<rest>}. */
    static String path(String tenant, String rest) {
        return "t/" + tenant + "/study" + rest;
    }

    /** 火曜日 / Tuesday. */
    static String weekday(DayOfWeek day, Locale locale) {
        return day.getDisplayName(TextStyle.FULL, locale == null ? Locale.JAPANESE : locale);
    }
}
