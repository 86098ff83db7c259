package jp.tomoni.domain.casework.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class MonitoringScheduleTest {
    static final LocalDate NOVEMBER = LocalDate.of(2026, 11, 1);

    @Test
    void a_monitoring_month_is_due_from_its_first_day() {
        assertFalse(MonitoringSchedule.isDue(NOVEMBER, null, LocalDate.of(2026, 10, 31)));
        assertTrue(MonitoringSchedule.isDue(NOVEMBER, null, LocalDate.of(2026, 11, 1)));
        assertFalse(MonitoringSchedule.isDue(null, null, LocalDate.of(2026, 11, 1)));
    }

    @Test
    void a_monitoring_recorded_in_or_after_the_month_ends_the_reminder() {
        assertFalse(MonitoringSchedule.isDue(NOVEMBER, LocalDate.of(2026, 11, 12), LocalDate.of(2026, 11, 20)));
        assertTrue(MonitoringSchedule.isDue(NOVEMBER, LocalDate.of(2026, 10, 28), LocalDate.of(2026, 11, 20)));
        assertFalse(MonitoringSchedule.isOverdue(NOVEMBER, LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 5)));
    }

    @Test
    void a_monitoring_is_overdue_only_once_its_whole_month_has_passed() {
        assertFalse(MonitoringSchedule.isOverdue(NOVEMBER, null, LocalDate.of(2026, 11, 30)));
        assertTrue(MonitoringSchedule.isOverdue(NOVEMBER, null, LocalDate.of(2026, 12, 1)));
        assertEquals(LocalDate.of(2026, 11, 30), MonitoringSchedule.dueBy(NOVEMBER));
        assertEquals(LocalDate.of(2027, 2, 28), MonitoringSchedule.dueBy(LocalDate.of(2027, 2, 1)));
    }
}
