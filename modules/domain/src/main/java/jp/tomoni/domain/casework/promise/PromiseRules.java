package jp.tomoni.domain.casework.promise;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Which promises are overdue or at risk, and when missed appointments call for a home visit
 * (D-7: 約束のキャンセルが続いた場合など、就労支援員が家庭訪問をしている).
 */
public final class PromiseRules {
    /** Due within this much from now and not done: at risk. */
    public static final Duration AT_RISK_WINDOW = Duration.ofHours(24);
    /** This many unkept appointments in a row suggest a home visit. */
    public static final int HOME_VISIT_AFTER = 2;

    private PromiseRules() {
    }

    /** Not done and due before {@code now}. */
    public static boolean isOverdue(Promise promise, Instant now) {
        return !promise.isDone() && promise.due().isBefore(now);
    }

    /** Not done, not yet overdue, and due within {@link #AT_RISK_WINDOW} of {@code now}. */
    public static boolean isAtRisk(Promise promise, Instant now) {
        return !promise.isDone() && !promise.due().isBefore(now) && !promise.due().isAfter(now.plus(AT_RISK_WINDOW));
    }

    public static PromiseStatus status(Promise promise, Instant now) {
        if (promise.isDone()) {
            return PromiseStatus.DONE;
        }
        if (isOverdue(promise, now)) {
            return PromiseStatus.OVERDUE;
        }
        return isAtRisk(promise, now) ? PromiseStatus.AT_RISK : PromiseStatus.ON_TRACK;
    }

    /** How many appointments the person missed without calling off. */
    public static long missedCount(Collection<Appointment> appointments) {
        return appointments.stream().filter(a -> a.outcome() == AppointmentOutcome.MISSED).count();
    }

    /**
     * True when the latest {@link #HOME_VISIT_AFTER} or more appointments that took place were all
     * missed or cancelled; a kept appointment ends the run, since contact was regained.
     */
    public static boolean needsHomeVisit(Collection<Appointment> appointments) {
        return unkeptInARow(appointments) >= HOME_VISIT_AFTER;
    }

    /** Missed or cancelled appointments since the last kept one, whatever order they are given in. */
    public static int unkeptInARow(Collection<Appointment> appointments) {
        List<Appointment> newestFirst = appointments.stream().filter(a -> a.outcome() != null)
                .sorted(Comparator.comparing(Appointment::at).reversed()).toList();
        int run = 0;
        for (Appointment a : newestFirst) {
            if (!a.outcome().isUnkept()) {
                break;
            }
            run++;
        }
        return run;
    }
}
