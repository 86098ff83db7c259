package jp.tomoni.domain.casework.plan;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The plan's 次回モニタリング is a month (kept as its first day). It is due from the first day of that
 * month until a monitoring is recorded in or after it, and overdue once the whole month has passed.
 */
public final class MonitoringSchedule {
    private MonitoringSchedule() {
    }

    /** The last day of the month: what the caseload's next due date shows for a monitoring. */
    public static LocalDate dueBy(LocalDate month) {
        return YearMonth.from(month).atEndOfMonth();
    }

    /** {@code lastMonitoredOn}: the latest monitoring of the plan, or null. */
    public static boolean isDue(LocalDate month, LocalDate lastMonitoredOn, LocalDate today) {
        return month != null && !today.isBefore(month.withDayOfMonth(1))
                && (lastMonitoredOn == null || lastMonitoredOn.isBefore(month.withDayOfMonth(1)));
    }

    public static boolean isOverdue(LocalDate month, LocalDate lastMonitoredOn, LocalDate today) {
        return isDue(month, lastMonitoredOn, today) && today.isAfter(dueBy(month));
    }
}
