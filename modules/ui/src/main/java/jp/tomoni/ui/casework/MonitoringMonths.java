package jp.tomoni.ui.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** The months a worker may choose as the next monitoring (kept as their first days); when it is due is MonitoringSchedule's. */
final class MonitoringMonths {
    private MonitoringMonths() {
    }

    /** The first days of the {@code count} months after today's month, soonest first. */
    static List<LocalDate> after(LocalDate today, int count) {
        LocalDate first = today.withDayOfMonth(1);
        return IntStream.rangeClosed(1, count).mapToObj(first::plusMonths).toList();
    }
}
