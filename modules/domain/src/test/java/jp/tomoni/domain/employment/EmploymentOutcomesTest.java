package jp.tomoni.domain.employment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class EmploymentOutcomesTest {
    static final YearMonth APRIL = YearMonth.of(2026, 4);

    static EmploymentOutcomes.Job job(UUID follows, String start, String end, JobEndKind kind, Integer wage) {
        return new EmploymentOutcomes.Job(UUID.randomUUID(), follows, LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end), kind, wage);
    }

    static EmploymentOutcomes.Month month(List<EmploymentOutcomes.Job> jobs, YearMonth m) {
        return EmploymentOutcomes.monthly(jobs, m, m).get(0);
    }

    @Test
    void a_job_started_counts_in_its_month_and_is_kept_at_three_six_and_twelve_months_while_it_lasts() {
        var jobs = List.of(job(null, "2026-04-10", null, null, null));
        assertEquals(1, month(jobs, APRIL).started());
        assertEquals(1, month(jobs, APRIL.plusMonths(3)).kept3());
        assertEquals(1, month(jobs, APRIL.plusMonths(6)).kept6());
        assertEquals(1, month(jobs, APRIL.plusMonths(12)).kept12());
        assertEquals(0, month(jobs, APRIL.plusMonths(4)).kept3());
    }

    @Test
    void a_job_left_before_its_anniversary_is_not_kept_but_one_left_on_the_day_is() {
        var leftEarly = List.of(job(null, "2026-04-10", "2026-07-09", JobEndKind.LEAVING, null));
        assertEquals(0, month(leftEarly, APRIL.plusMonths(3)).kept3());
        assertEquals(1, month(leftEarly, YearMonth.of(2026, 7)).losses());
        var leftOnTheDay = List.of(job(null, "2026-04-10", "2026-07-10", JobEndKind.LEAVING, null));
        assertEquals(1, month(leftOnTheDay, APRIL.plusMonths(3)).kept3());
        assertEquals(0, month(leftOnTheDay, APRIL.plusMonths(6)).kept6());
    }

    @Test
    void a_job_change_continues_the_run_of_work_and_a_higher_wage_counts_as_income_up() {
        var first = job(null, "2026-04-01", "2026-05-31", JobEndKind.CHANGE, 150_000);
        var second = job(first.id(), "2026-06-01", null, null, 180_000);
        var jobs = List.of(first, second);
        assertEquals(1, month(jobs, APRIL).started(), "the change is no new start");
        assertEquals(0, month(jobs, YearMonth.of(2026, 6)).started());
        assertEquals(1, month(jobs, YearMonth.of(2026, 5)).changes());
        assertEquals(1, month(jobs, YearMonth.of(2026, 5)).incomeUp());
        assertEquals(1, month(jobs, APRIL.plusMonths(6)).kept6());
    }

    @Test
    void a_change_to_a_lower_or_unknown_wage_is_no_income_up() {
        var first = job(null, "2026-04-01", "2026-05-31", JobEndKind.CHANGE, 180_000);
        var lower = job(first.id(), "2026-06-01", null, null, 170_000);
        assertEquals(0, month(List.of(first, lower), YearMonth.of(2026, 5)).incomeUp());
        var unknown = job(first.id(), "2026-06-01", null, null, null);
        assertEquals(0, month(List.of(first, unknown), YearMonth.of(2026, 5)).incomeUp());
    }

    @Test
    void a_loss_after_a_change_ends_the_run_at_the_loss() {
        var first = job(null, "2026-01-05", "2026-02-28", JobEndKind.CHANGE, null);
        var second = job(first.id(), "2026-03-01", "2026-05-15", JobEndKind.LEAVING, null);
        var jobs = List.of(first, second);
        assertEquals(1, month(jobs, YearMonth.of(2026, 4)).kept3());
        assertEquals(0, month(jobs, YearMonth.of(2026, 7)).kept6());
        assertEquals(1, month(jobs, YearMonth.of(2026, 5)).losses());
    }

    @Test
    void every_month_of_the_range_is_listed_even_without_events() {
        var months = EmploymentOutcomes.monthly(List.of(), YearMonth.of(2026, 1), YearMonth.of(2026, 12));
        assertEquals(12, months.size());
        assertEquals(YearMonth.of(2026, 12), months.get(11).month());
        assertEquals(0, months.get(5).started());
    }
}
