package jp.tomoni.domain.employment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jp.tomoni.domain.shared.FieldViolation;

/**
 * Retention support is agreed for 6 or 3 months after employment and may be extended up to about
 * 3 years (seed 000 E-1, seed 002); each month of the period needs an interview with the person
 * and a separate employer visit (seed 002: 月1回以上の面談、それとは別に月1回の企業訪問).
 *
 * <p>Month k of a period starting on {@code start} ends the day before the day of
 * {@code start}'s day-of-month k months later; when that month has no such day (a start on the
 * 29th to 31st) it ends on that month's last day (the reckoning of 民法第143条). So a month is
 * never cut short: a start on 31 January ends its first month on 28 February, not the 27th as
 * {@code start.plusMonths(1).minusDays(1)} would give; and each month ends in a later calendar
 * month than the one before, so none is skipped.
 */
public final class RetentionSchedule {
    /** The service ends after about 3 years (seed 002: 3年あまりでサポートが終了). */
    public static final int MAX_MONTHS = 36;
    /** The initially agreed period in months (seed 000 E-1: 6ヶ月以上 or 3ヶ月). */
    public static final Set<Integer> AGREED_PERIODS = Set.of(3, 6);
    /** After job leaving the person is contacted about every two weeks (seed 000 D-7). */
    public static final int FORTNIGHT_DAYS = 14;

    private RetentionSchedule() {
    }

    /** The interview and the employer visit of each month 1..{@code months}, month by month, the interview first. */
    public static List<ScheduledContact> monthly(LocalDate start, int months) {
        if (months < 1 || months > MAX_MONTHS) {
            throw new IllegalArgumentException("months must be 1.." + MAX_MONTHS + ": " + months);
        }
        return contacts(start, 1, months);
    }

    /** The contacts of months {@code fromMonths + 1} .. {@code toMonths} when a period is extended. */
    public static List<ScheduledContact> extension(LocalDate start, int fromMonths, int toMonths) {
        if (fromMonths < 1 || toMonths <= fromMonths || toMonths > MAX_MONTHS) {
            throw new IllegalArgumentException("need 0 < fromMonths < toMonths <= " + MAX_MONTHS + ": "
                    + fromMonths + ", " + toMonths);
        }
        return contacts(start, fromMonths + 1, toMonths);
    }

    /** The last day of a period of {@code months} months starting on {@code start} (the month-end rule above). */
    public static LocalDate endOf(LocalDate start, int months) {
        YearMonth last = YearMonth.from(start).plusMonths(months);
        return start.getDayOfMonth() > last.lengthOfMonth()
                ? last.atEndOfMonth()
                : last.atDay(start.getDayOfMonth()).minusDays(1);
    }

    /**
     * The {@code months} field of a plan: positive; an initial plan is 3 or 6 months, an extended
     * one at most {@value #MAX_MONTHS} months in all.
     */
    public static List<FieldViolation> periodViolations(int months, boolean extension) {
        List<FieldViolation> v = new ArrayList<>();
        if (months <= 0) {
            v.add(FieldViolation.of("months", "retention.period.positive"));
        } else if (!extension && !AGREED_PERIODS.contains(months)) {
            v.add(FieldViolation.of("months", "retention.period.agreed"));
        } else if (extension && months > MAX_MONTHS) {
            v.add(FieldViolation.of("months", "retention.period.max", MAX_MONTHS));
        }
        return v;
    }

    /**
     * The contact dates after job leaving: every {@value #FORTNIGHT_DAYS} days from {@code from},
     * up to and including {@code from.plusWeeks(weeks)}; an odd week count ends at the last whole fortnight.
     */
    public static List<LocalDate> fortnightly(LocalDate from, int weeks) {
        if (weeks < 1) {
            throw new IllegalArgumentException("weeks must be positive: " + weeks);
        }
        LocalDate last = from.plusWeeks(weeks);
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = from.plusDays(FORTNIGHT_DAYS); !d.isAfter(last); d = d.plusDays(FORTNIGHT_DAYS)) {
            dates.add(d);
        }
        return dates;
    }

    private static List<ScheduledContact> contacts(LocalDate start, int firstMonth, int lastMonth) {
        List<ScheduledContact> out = new ArrayList<>();
        for (int k = firstMonth; k <= lastMonth; k++) {
            LocalDate due = endOf(start, k);
            out.add(new ScheduledContact(ContactKind.INTERVIEW, due));
            out.add(new ScheduledContact(ContactKind.EMPLOYER_VISIT, due));
        }
        return out;
    }
}
