package jp.tomoni.domain.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FidelityFactsTest {
    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void a_part_week_or_month_at_either_end_counts_as_one() {
        // 2026-09-01 is a Tuesday: the week from Monday 08-31 counts; 11-30 is a Monday and starts the 14th
        assertEquals(14, FidelityFacts.weeksIn(d("2026-09-01"), d("2026-11-30")));
        assertEquals(3, FidelityFacts.monthsIn(d("2026-09-01"), d("2026-11-30")));
        assertEquals(2, FidelityFacts.monthsIn(d("2026-09-30"), d("2026-10-01")));
    }

    @Test
    void weeks_start_on_monday() {
        assertEquals(1, FidelityFacts.weeksIn(d("2026-08-31"), d("2026-09-06")), "Monday to Sunday");
        assertEquals(2, FidelityFacts.weeksIn(d("2026-09-06"), d("2026-09-07")), "Sunday to Monday");
        assertEquals(1, FidelityFacts.weeksIn(d("2026-09-02"), d("2026-09-02")));
    }

    @Test
    void a_fiscal_year_has_12_months_and_53_weeks_when_it_starts_midweek() {
        assertEquals(12, FidelityFacts.monthsIn(d("2026-04-01"), d("2027-03-31")));
        assertEquals(53, FidelityFacts.weeksIn(d("2026-04-01"), d("2027-03-31")));
    }

    @Test
    void a_reversed_period_has_no_weeks_or_months() {
        assertEquals(0, FidelityFacts.weeksIn(d("2026-10-01"), d("2026-09-30")));
        assertEquals(0, FidelityFacts.monthsIn(d("2026-10-01"), d("2026-09-30")));
    }
}
