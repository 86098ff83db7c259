package jp.tomoni.domain.community;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a group's session repeats: once, every week, or every month on the same n-th weekday (e.g.
 * 第2火曜日). A session on a 5th weekday falls on the last such weekday in a month without a 5th.
 */
public enum Recurrence {
    ONCE, WEEKLY, MONTHLY;

    public static final int MAX_COUNT = 12;

    /**
     * The first {@code count} ({@code 1..}{@value #MAX_COUNT}) dates from {@code first}, oldest first;
     * a single session is only {@code first}, whatever the count.
     */
    public List<LocalDate> dates(LocalDate first, int count) {
        Objects.requireNonNull(first, "first");
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("count must be 1.." + MAX_COUNT + ": " + count);
        }
        if (this == ONCE) {
            return List.of(first);
        }
        List<LocalDate> out = new ArrayList<>(count);
        int ordinal = (first.getDayOfMonth() - 1) / 7 + 1;
        DayOfWeek day = first.getDayOfWeek();
        for (int i = 0; i < count; i++) {
            out.add(this == WEEKLY ? first.plusWeeks(i) : nthWeekday(YearMonth.from(first).plusMonths(i), ordinal, day));
        }
        return List.copyOf(out);
    }

    private static LocalDate nthWeekday(YearMonth month, int ordinal, DayOfWeek day) {
        // a 5th weekday is always the month's last one; a month without a 5th gets its 4th, the last
        return month.atDay(1).with(ordinal == 5 ? TemporalAdjusters.lastInMonth(day)
                : TemporalAdjusters.dayOfWeekInMonth(ordinal, day));
    }
}
