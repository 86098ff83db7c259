package jp.tomoni.application.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates of casework are Japanese calendar days: "today" is today in Tokyo, whatever the server's zone. */
public final class CaseDates {
    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private CaseDates() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The last minute of a Japanese calendar day: what is due that day is overdue from the next. */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZONE).toInstant().minusSeconds(60);
    }
}
