package jp.tomoni.domain.study;

import java.time.Duration;
import java.time.Instant;

/**
 * A group's cancellation cut-off (e.g. 24 hours before). Guardians cancel freely until then; after it
 * a cancellation is still taken (the seat goes to whoever waits) but is marked late, so the NPO sees
 * it. Once the session has begun there is nothing to cancel: the child is absent.
 */
public final class CancellationCutoff {
    public static final int MAX_HOURS = 168;

    public enum Kind { IN_TIME, LATE, STARTED }

    private CancellationCutoff() {
    }

    public static Kind classify(Instant startsAt, int cutoffHours, Instant now) {
        if (cutoffHours < 0 || cutoffHours > MAX_HOURS) {
            throw new IllegalArgumentException("cut-off must be 0.." + MAX_HOURS + " hours: " + cutoffHours);
        }
        if (!now.isBefore(startsAt)) {
            return Kind.STARTED;
        }
        return now.isAfter(startsAt.minus(Duration.ofHours(cutoffHours))) ? Kind.LATE : Kind.IN_TIME;
    }

    /** The status a cancellation now gives a booking. */
    public static BookingStatus cancelledStatus(Instant startsAt, int cutoffHours, Instant now) {
        return switch (classify(startsAt, cutoffHours, now)) {
            case IN_TIME -> BookingStatus.CANCELLED;
            case LATE -> BookingStatus.LATE_CANCELLED;
            case STARTED -> throw new IllegalStateException("the session has begun");
        };
    }
}
