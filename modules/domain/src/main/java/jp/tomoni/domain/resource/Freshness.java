package jp.tomoni.domain.resource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When a record must be checked again by a person: not verified for the tenant's number of months
 * (never verified counts from registration), or reported as outdated and not yet verified since.
 */
public final class Freshness {
    public static final int DEFAULT_MONTHS = 12;
    public static final int MIN_MONTHS = 1;
    public static final int MAX_MONTHS = 60;
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private Freshness() {
    }

    /** The last day on which a verification still counts as fresh today. */
    public static Instant staleBefore(Instant now, int months) {
        LocalDate today = LocalDate.ofInstant(now, JAPAN);
        return today.minusMonths(months).atStartOfDay(JAPAN).toInstant();
    }

    /** Whether the record belongs in the queue of records to check. */
    public static boolean isDue(Instant verifiedOrRegistered, Instant openReport, Instant now, int months) {
        if (openReport != null && (verifiedOrRegistered == null || !openReport.isBefore(verifiedOrRegistered))) {
            return true;
        }
        return verifiedOrRegistered == null || verifiedOrRegistered.isBefore(staleBefore(now, months));
    }

    /** The tenant's setting, or the default when it is absent or out of range. */
    public static int months(Integer setting) {
        return setting == null || setting < MIN_MONTHS || setting > MAX_MONTHS ? DEFAULT_MONTHS : setting;
    }
}
