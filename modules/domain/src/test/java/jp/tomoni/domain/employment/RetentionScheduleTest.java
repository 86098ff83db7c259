package jp.tomoni.domain.employment;

import static jp.tomoni.domain.employment.ContactKind.EMPLOYER_VISIT;
import static jp.tomoni.domain.employment.ContactKind.INTERVIEW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.shared.FieldViolation;

class RetentionScheduleTest {
    static final LocalDate APRIL_1 = LocalDate.of(2026, 4, 1);

    private static List<LocalDate> dues(List<ScheduledContact> contacts, ContactKind kind) {
        return contacts.stream().filter(c -> c.kind() == kind).map(ScheduledContact::due).toList();
    }

    private static List<String> codes(List<FieldViolation> violations) {
        return violations.stream().map(v -> v.field() + ":" + v.code()).toList();
    }

    @Test
    void a_six_month_plan_has_six_interviews_and_six_employer_visits() {
        List<ScheduledContact> plan = RetentionSchedule.monthly(APRIL_1, 6);
        assertEquals(12, plan.size());
        List<LocalDate> ends = List.of(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 30),
                LocalDate.of(2026, 7, 31), LocalDate.of(2026, 8, 31), LocalDate.of(2026, 9, 30));
        assertEquals(ends, dues(plan, INTERVIEW));
        assertEquals(ends, dues(plan, EMPLOYER_VISIT), "the employer visit is separate, in the same month");
        assertEquals(new ScheduledContact(INTERVIEW, LocalDate.of(2026, 4, 30)), plan.get(0));
        assertEquals(new ScheduledContact(EMPLOYER_VISIT, LocalDate.of(2026, 4, 30)), plan.get(1));
    }

    @Test
    void a_month_starting_mid_month_ends_the_day_before_the_same_day_next_month() {
        assertEquals(List.of(LocalDate.of(2026, 5, 14), LocalDate.of(2026, 6, 14), LocalDate.of(2026, 7, 14)),
                dues(RetentionSchedule.monthly(LocalDate.of(2026, 4, 15), 3), INTERVIEW));
    }

    @Test
    void a_start_on_the_31st_ends_its_first_month_on_the_last_day_of_february() {
        List<LocalDate> due = dues(RetentionSchedule.monthly(LocalDate.of(2026, 1, 31), 6), INTERVIEW);
        assertEquals(List.of(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 30),
                LocalDate.of(2026, 5, 30), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 30)), due);
        assertEquals(LocalDate.of(2026, 2, 28), RetentionSchedule.endOf(LocalDate.of(2026, 1, 31), 1));
        assertEquals(LocalDate.of(2026, 2, 28), RetentionSchedule.endOf(LocalDate.of(2026, 1, 29), 1));
        assertEquals(LocalDate.of(2026, 2, 27), RetentionSchedule.endOf(LocalDate.of(2026, 1, 28), 1));
    }

    @Test
    void a_month_is_never_shorter_than_plus_months_would_make_it_nor_is_a_month_skipped() {
        for (LocalDate start = LocalDate.of(2027, 12, 1); start.isBefore(LocalDate.of(2029, 1, 1)); start = start.plusDays(1)) {
            LocalDate previous = start.minusDays(1);
            for (int k = 1; k <= 13; k++) {
                LocalDate end = RetentionSchedule.endOf(start, k);
                assertFalse(end.isBefore(start.plusMonths(k).minusDays(1)), start + " month " + k);
                assertTrue(end.isAfter(previous), start + " month " + k);
                assertEquals(YearMonth.from(start).plusMonths(start.getDayOfMonth() == 1 ? k - 1 : k), YearMonth.from(end),
                        start + " month " + k + " ends in its own calendar month");
                previous = end;
            }
        }
    }

    @Test
    void a_leap_day_start_ends_the_year_on_the_last_day_of_february() {
        LocalDate leapDay = LocalDate.of(2028, 2, 29);
        List<LocalDate> due = dues(RetentionSchedule.monthly(leapDay, 12), INTERVIEW);
        assertEquals(LocalDate.of(2028, 3, 28), due.get(0));
        assertEquals(LocalDate.of(2029, 1, 28), due.get(10));
        assertEquals(LocalDate.of(2029, 2, 28), due.get(11));
        assertEquals(LocalDate.of(2029, 2, 28), RetentionSchedule.endOf(leapDay, 12));
        assertEquals(LocalDate.of(2028, 2, 29), RetentionSchedule.endOf(LocalDate.of(2028, 1, 30), 1));
    }

    @Test
    void a_thirty_six_month_plan_has_seventy_two_contacts_with_rising_dues() {
        List<ScheduledContact> plan = RetentionSchedule.monthly(LocalDate.of(2026, 1, 31), 36);
        assertEquals(72, plan.size());
        List<LocalDate> interviews = dues(plan, INTERVIEW);
        assertEquals(36, interviews.size());
        for (int i = 1; i < interviews.size(); i++) {
            assertTrue(interviews.get(i).isAfter(interviews.get(i - 1)), "month " + (i + 1));
        }
        assertEquals(LocalDate.of(2029, 1, 30), interviews.get(35));
        assertEquals(RetentionSchedule.endOf(LocalDate.of(2026, 1, 31), 36), interviews.get(35));
    }

    @Test
    void a_plan_of_thirty_seven_months_or_none_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> RetentionSchedule.monthly(APRIL_1, 37));
        assertThrows(IllegalArgumentException.class, () -> RetentionSchedule.monthly(APRIL_1, 0));
        assertEquals(2, RetentionSchedule.monthly(APRIL_1, 1).size());
    }

    @Test
    void an_extension_from_six_to_twelve_months_schedules_months_seven_to_twelve_only() {
        List<ScheduledContact> extension = RetentionSchedule.extension(APRIL_1, 6, 12);
        assertEquals(12, extension.size());
        assertEquals(LocalDate.of(2026, 10, 31), extension.get(0).due());
        assertEquals(LocalDate.of(2027, 3, 31), extension.get(11).due());
        List<ScheduledContact> whole = RetentionSchedule.monthly(APRIL_1, 12);
        assertEquals(whole.subList(12, 24), extension);
    }

    @Test
    void an_extension_must_grow_the_period_within_thirty_six_months() {
        assertEquals(2, RetentionSchedule.extension(APRIL_1, 35, 36).size());
        assertThrows(IllegalArgumentException.class, () -> RetentionSchedule.extension(APRIL_1, 6, 37));
        assertThrows(IllegalArgumentException.class, () -> RetentionSchedule.extension(APRIL_1, 6, 6));
        assertThrows(IllegalArgumentException.class, () -> RetentionSchedule.extension(APRIL_1, 0, 6));
    }

    @Test
    void the_period_ends_the_day_before_the_same_day_months_later() {
        assertEquals(LocalDate.of(2026, 9, 30), RetentionSchedule.endOf(APRIL_1, 6));
        assertEquals(LocalDate.of(2026, 6, 30), RetentionSchedule.endOf(APRIL_1, 3));
        assertEquals(LocalDate.of(2029, 3, 31), RetentionSchedule.endOf(APRIL_1, 36));
    }

    @Test
    void an_initial_plan_is_agreed_for_three_or_six_months() {
        assertEquals(List.of(), RetentionSchedule.periodViolations(3, false));
        assertEquals(List.of(), RetentionSchedule.periodViolations(6, false));
        assertEquals(List.of("months:retention.period.agreed"), codes(RetentionSchedule.periodViolations(4, false)));
        assertEquals(List.of("months:retention.period.agreed"), codes(RetentionSchedule.periodViolations(12, false)));
    }

    @Test
    void an_extended_period_is_at_most_thirty_six_months() {
        assertEquals(List.of(), RetentionSchedule.periodViolations(36, true));
        assertEquals(List.of(), RetentionSchedule.periodViolations(9, true));
        assertEquals(List.of("months:retention.period.max"), codes(RetentionSchedule.periodViolations(37, true)));
    }

    @Test
    void a_period_must_be_positive() {
        assertEquals(List.of("months:retention.period.positive"), codes(RetentionSchedule.periodViolations(0, false)));
        assertEquals(List.of("months:retention.period.positive"), codes(RetentionSchedule.periodViolations(-3, true)));
    }

    @Test
    void after_job_leaving_contact_is_every_two_weeks_up_to_the_last_whole_fortnight() {
        LocalDate left = LocalDate.of(2026, 5, 11);
        assertEquals(List.of(LocalDate.of(2026, 5, 25), LocalDate.of(2026, 6, 8), LocalDate.of(2026, 6, 22),
                LocalDate.of(2026, 7, 6)), RetentionSchedule.fortnightly(left, 8));
        assertEquals(RetentionSchedule.fortnightly(left, 8), RetentionSchedule.fortnightly(left, 9));
        assertEquals(List.of(LocalDate.of(2026, 5, 25)), RetentionSchedule.fortnightly(left, 2));
        assertEquals(List.of(), RetentionSchedule.fortnightly(left, 1));
        assertThrows(IllegalArgumentException.class, () -> RetentionSchedule.fortnightly(left, 0));
    }

    @Test
    void contact_kinds_and_means_have_japanese_labels() {
        assertEquals("職場訪問", EMPLOYER_VISIT.labelJa());
        assertEquals("フォローアップ", ContactKind.FOLLOW_UP.labelJa());
        assertEquals("メール・手紙", ContactMeans.MAIL.labelJa());
    }
}
