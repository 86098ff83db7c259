package jp.tomoni.domain.employment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.employment.PartnershipRules.MonthCoverage;
import jp.tomoni.domain.employment.PartnershipRules.Visit;

class PartnershipRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void a_month_with_at_least_one_contact_is_covered_and_a_month_without_any_is_a_gap() {
        var months = PartnershipRules.monthlyCoverage(List.of(d("2026-01-31"), d("2026-03-01"), d("2026-03-15")),
                YearMonth.of(2026, 1), YearMonth.of(2026, 4));
        assertEquals(List.of(new MonthCoverage(YearMonth.of(2026, 1), 1), new MonthCoverage(YearMonth.of(2026, 2), 0),
                new MonthCoverage(YearMonth.of(2026, 3), 2), new MonthCoverage(YearMonth.of(2026, 4), 0)), months);
        assertTrue(months.get(0).covered());
        assertFalse(months.get(1).covered());
        assertEquals(2, PartnershipRules.monthsCovered(months));
        assertEquals(List.of(YearMonth.of(2026, 2), YearMonth.of(2026, 4)), PartnershipRules.gaps(months));
    }

    @Test
    void monthly_coverage_ignores_contacts_outside_the_months_and_crosses_the_year_end() {
        var months = PartnershipRules.monthlyCoverage(List.of(d("2025-10-31"), d("2025-12-01"), d("2026-01-01"),
                d("2026-02-01")), YearMonth.of(2025, 11), YearMonth.of(2026, 1));
        assertEquals(3, months.size());
        assertEquals(List.of(0, 1, 1), months.stream().map(MonthCoverage::contacts).toList());
        assertEquals(YearMonth.of(2025, 11), months.get(0).month());
        assertEquals(YearMonth.of(2026, 1), months.get(2).month());
    }

    @Test
    void monthly_coverage_of_no_contacts_is_every_month_a_gap_and_a_reversed_range_is_refused() {
        var months = PartnershipRules.monthlyCoverage(List.of(), PartnershipRules.windowStart(TODAY), YearMonth.from(TODAY));
        assertEquals(PartnershipRules.WINDOW_MONTHS, months.size());
        assertEquals(0, PartnershipRules.monthsCovered(months));
        assertThrows(IllegalArgumentException.class,
                () -> PartnershipRules.monthlyCoverage(List.of(), YearMonth.of(2026, 5), YearMonth.of(2026, 4)));
    }

    @Test
    void the_window_is_twelve_calendar_months_ending_with_this_one() {
        assertEquals(YearMonth.of(2025, 6), PartnershipRules.windowStart(TODAY));
        assertEquals(d("2025-06-01"), PartnershipRules.windowStartDay(TODAY));
        assertEquals(YearMonth.of(2025, 2), PartnershipRules.windowStart(d("2026-01-01")));
    }

    @Test
    void industries_visited_since_a_date_are_counted_per_industry_in_classification_order() {
        var visits = List.of(new Visit(Industry.P, d("2026-05-01")), new Visit(Industry.E, d("2026-04-10")),
                new Visit(Industry.E, d("2025-06-01")), new Visit(Industry.I, d("2025-05-31")));
        Map<Industry, Integer> visited = PartnershipRules.industriesVisited(visits, d("2025-06-01"));
        assertEquals(List.of(Industry.E, Industry.P), List.copyOf(visited.keySet()));
        assertEquals(2, visited.get(Industry.E), "the visit on the first day counts");
        assertEquals(1, visited.get(Industry.P));
        assertFalse(visited.containsKey(Industry.I), "a visit before the date does not count");
    }

    @Test
    void industry_breadth_is_the_number_of_distinct_industries_not_of_visits() {
        var visits = List.of(new Visit(Industry.E, d("2026-05-01")), new Visit(Industry.E, d("2026-05-02")),
                new Visit(Industry.E, d("2026-05-03")), new Visit(Industry.M, d("2026-05-04")),
                new Visit(null, d("2026-05-05")));
        assertEquals(2, PartnershipRules.industryBreadth(visits, d("2026-01-01")));
        assertEquals(0, PartnershipRules.industryBreadth(visits, d("2026-06-01")));
        assertEquals(0, PartnershipRules.industryBreadth(List.of(), d("2026-01-01")));
    }

    @Test
    void the_classification_has_twenty_divisions_from_agriculture_to_the_unclassifiable() {
        assertEquals(20, PartnershipRules.INDUSTRIES);
        assertEquals("農業，林業", Industry.A.labelJa());
        assertEquals("製造業", Industry.E.labelJa());
        assertEquals("医療，福祉", Industry.P.labelJa());
        assertEquals("分類不能の産業", Industry.T.labelJa());
    }
}
