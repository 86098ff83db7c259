package jp.tomoni.domain.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.jobs.Retention.Hire;
import jp.tomoni.domain.jobs.Retention.Rate;

class RetentionTest {
    static final LocalDate TODAY = LocalDate.of(2026, 4, 1);
    /** Its 3-month day is today. */
    static final LocalDate START = LocalDate.of(2026, 1, 1);
    static final LocalDate MARK = START.plusMonths(3);

    @Test
    void a_hire_whose_job_is_not_recorded_is_not_counted_but_counted_apart() {
        List<Hire> hires = List.of(new Hire(START, false, null), new Hire(START, true, null));
        assertEquals(new Rate(3, 1, 1), Retention.at(3, hires, TODAY));
        assertEquals(1, Retention.unrecorded(hires));
        assertEquals(0, Retention.unrecorded(List.of(new Hire(START, true, null))));
    }

    @Test
    void a_hire_whose_three_month_day_has_not_come_is_not_due() {
        Rate r = Retention.at(3, List.of(new Hire(START.plusDays(1), true, null)), TODAY);
        assertEquals(0, r.due());
        assertEquals(0, r.retained());
        assertEquals(1, Retention.at(3, List.of(new Hire(START, true, null)), TODAY).due());
    }

    @Test
    void a_hire_that_ended_before_the_mark_is_not_retained() {
        assertEquals(new Rate(3, 1, 0), Retention.at(3, List.of(new Hire(START, true, MARK.minusDays(1))), TODAY));
        assertEquals(0, Retention.at(3, List.of(new Hire(START, true, START.plusDays(10))), TODAY).percent());
    }

    @Test
    void a_hire_that_ended_on_the_mark_day_counts_as_retained() {
        assertEquals(new Rate(3, 1, 1), Retention.at(3, List.of(new Hire(START, true, MARK)), TODAY));
    }

    @Test
    void a_hire_still_working_counts_as_retained() {
        Rate r = Retention.at(3, List.of(new Hire(START, true, null)), TODAY);
        assertEquals(new Rate(3, 1, 1), r);
        assertEquals(100, r.percent());
    }

    @Test
    void the_percentage_is_absent_when_no_hire_is_due() {
        assertNull(Retention.at(3, List.of(), TODAY).percent());
        assertNull(new Rate(6, 0, 0).percent());
        assertNull(Retention.at(3, List.of(new Hire(START, false, null)), TODAY).percent());
    }

    @Test
    void the_percentage_is_rounded_to_a_whole_number() {
        List<Hire> hires = List.of(new Hire(START, true, null), new Hire(START, true, MARK),
                new Hire(START, true, MARK.minusDays(1)));
        Rate r = Retention.at(3, hires, TODAY);
        assertEquals(new Rate(3, 3, 2), r);
        assertEquals(67, r.percent());
        assertEquals(33, new Rate(3, 3, 1).percent());
    }

    @Test
    void rates_are_given_at_three_six_and_twelve_months() {
        LocalDate started = LocalDate.of(2025, 1, 1);
        List<Hire> hires = List.of(new Hire(started, true, LocalDate.of(2025, 5, 1)), new Hire(started, true, null));
        assertEquals(List.of(new Rate(3, 2, 2), new Rate(6, 2, 1), new Rate(12, 2, 1)), Retention.rates(hires, TODAY));
    }
}
