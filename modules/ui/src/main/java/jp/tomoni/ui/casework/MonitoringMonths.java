package jp.tomoni.ui.casework;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

/** The next monitoring is a month, kept as its first day; it is late once that month has passed. */
final class MonitoringMonths {
    private MonitoringMonths() {
    }

    /** The first days of the {@code count} months after today's month, soonest first. */
    static List<LocalDate> after(LocalDate today, int count) {
        LocalDate first = today.withDayOfMonth(1);
        return IntStream.rangeClosed(1, count).mapToObj(first::plusMonths).toList();
    }

    /** Late only when the whole month has passed: a monitoring due this month is not yet overdue. */
    static boolean overdue(LocalDate nextMonitoring, LocalDate today) {
        return nextMonitoring != null && YearMonth.from(nextMonitoring).isBefore(YearMonth.from(today));
    }
}
