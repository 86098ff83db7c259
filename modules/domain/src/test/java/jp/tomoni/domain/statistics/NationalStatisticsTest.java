package jp.tomoni.domain.statistics;

import static jp.tomoni.domain.statistics.PersonEvent.Kind.EMPLOYED;
import static jp.tomoni.domain.statistics.PersonEvent.Kind.EMPLOYMENT_TARGET;
import static jp.tomoni.domain.statistics.PersonEvent.Kind.FIRST_PLAN;
import static jp.tomoni.domain.statistics.PersonEvent.Kind.INCOME_UP;
import static jp.tomoni.domain.statistics.PersonEvent.Kind.INFO_ONLY;
import static jp.tomoni.domain.statistics.PersonEvent.Kind.INTAKE;
import static jp.tomoni.domain.statistics.PersonEvent.Kind.REFERRED;
import static jp.tomoni.domain.statistics.PersonEvent.Kind.REFERRED_TO_WELFARE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * A fixture of seven people over March to June 2026, with the figures of April and May worked out by
 * hand (the comments say who counts and why).
 */
class NationalStatisticsTest {
    static final UUID A = id(1), B = id(2), C = id(3), D = id(4), E = id(5), F = id(6), G = id(7);
    static final YearMonth APRIL = YearMonth.of(2026, 4), MAY = YearMonth.of(2026, 5);
    static final int POPULATION = 128_000;

    static UUID id(int n) {
        return UUID.fromString("00000000-0000-4000-8000-00000000000" + n);
    }

    static List<PersonEvent> fixture() {
        List<PersonEvent> e = new ArrayList<>();
        e.add(ev(A, INTAKE, "2026-04-03"));
        e.add(ev(A, INTAKE, "2026-04-25"));          // a second case of A in April: A counts once
        e.add(ev(A, FIRST_PLAN, "2026-04-20"));
        e.add(ev(A, EMPLOYMENT_TARGET, "2026-04-20"));
        e.add(ev(A, EMPLOYED, "2026-05-10"));
        e.add(ev(B, INTAKE, "2026-04-10"));
        e.add(ev(B, INFO_ONLY, "2026-04-12"));
        e.add(ev(C, INTAKE, "2026-04-15"));
        e.add(ev(C, REFERRED, "2026-04-16"));
        e.add(ev(C, REFERRED_TO_WELFARE, "2026-04-16"));
        e.add(ev(D, INTAKE, "2026-03-20"));
        e.add(ev(D, EMPLOYMENT_TARGET, "2026-03-25")); // D became a target in March
        e.add(ev(D, FIRST_PLAN, "2026-04-02"));
        e.add(ev(D, EMPLOYED, "2026-04-28"));
        e.add(ev(D, EMPLOYMENT_TARGET, "2026-05-05")); // a re-plan: not a new target
        e.add(ev(D, INCOME_UP, "2026-05-20"));
        e.add(ev(E, INTAKE, "2026-05-02"));
        e.add(ev(E, FIRST_PLAN, "2026-05-15"));
        e.add(ev(E, EMPLOYMENT_TARGET, "2026-05-15"));
        e.add(ev(E, EMPLOYED, "2026-05-30"));
        e.add(ev(E, INCOME_UP, "2026-05-30"));
        e.add(ev(F, EMPLOYED, "2026-04-05"));
        e.add(ev(F, INCOME_UP, "2026-05-01"));
        e.add(ev(F, EMPLOYMENT_TARGET, "2026-06-01")); // a target only after May
        e.add(ev(G, INTAKE, "2026-05-31"));
        e.add(ev(G, INTAKE, "2026-05-01"));
        e.add(ev(G, INFO_ONLY, "2026-05-31"));
        return e;
    }

    static PersonEvent ev(UUID person, PersonEvent.Kind kind, String on) {
        return new PersonEvent(person, UUID.nameUUIDFromBytes((person + on + kind).getBytes()), kind, LocalDate.parse(on));
    }

    @Test
    void april_counts_distinct_people_and_the_subsets_of_employment_support_targets() {
        MonthlyFigures april = NationalStatistics.month(fixture(), APRIL);
        assertEquals(Map.of(Figure.NEW_CONSULTATIONS, 3,    // A (twice), B, C
                Figure.PLANS, 2,                             // A, D
                Figure.EMPLOYMENT_TARGETS, 1,                // A (D was made one in March)
                Figure.EMPLOYED, 2,                          // D, F
                Figure.EMPLOYED_TARGETS, 1,                  // D (F is not a target)
                Figure.INCOME_UP, 0,
                Figure.INCOME_UP_TARGETS, 0,
                Figure.INFO_ONLY, 1,                         // B
                Figure.REFERRED, 1,                          // C
                Figure.REFERRED_TO_WELFARE, 1), april.counts());
        assertEquals(new BigDecimal("100.0"), april.rate());  // (1 + 0) / 1
        assertEquals(new BigDecimal("2.3"), april.per100k(Figure.NEW_CONSULTATIONS, POPULATION)); // 2.34375
        assertEquals(new BigDecimal("1.6"), april.per100k(Figure.PLANS, POPULATION));             // 1.5625
        assertEquals(new BigDecimal("0.8"), april.per100k(Figure.EMPLOYMENT_TARGETS, POPULATION)); // 0.78125
        assertNull(april.per100k(Figure.EMPLOYED, POPULATION), "not asked per 100,000");
    }

    @Test
    void may_counts_a_target_once_and_the_subsets_by_the_end_of_the_month() {
        MonthlyFigures may = NationalStatistics.month(fixture(), MAY);
        assertEquals(Map.of(Figure.NEW_CONSULTATIONS, 2,    // E, G (twice)
                Figure.PLANS, 1,                             // E
                Figure.EMPLOYMENT_TARGETS, 1,                // E (D's re-plan is not a new target)
                Figure.EMPLOYED, 2,                          // A, E
                Figure.EMPLOYED_TARGETS, 2,                  // A (since April), E (since 15 May)
                Figure.INCOME_UP, 3,                         // D, E, F
                Figure.INCOME_UP_TARGETS, 2,                 // D, E (F only in June)
                Figure.INFO_ONLY, 1,                         // G
                Figure.REFERRED, 0,
                Figure.REFERRED_TO_WELFARE, 0), may.counts());
        assertEquals(new BigDecimal("400.0"), may.rate()); // (2 + 2) / 1
        assertEquals(new BigDecimal("1.6"), may.per100k(Figure.NEW_CONSULTATIONS, POPULATION)); // 1.5625
        assertEquals(new BigDecimal("0.8"), may.per100k(Figure.PLANS, POPULATION));
    }

    @Test
    void each_count_is_the_size_of_its_drill_down_list() {
        for (YearMonth m : List.of(APRIL, MAY)) {
            MonthlyFigures f = NationalStatistics.month(fixture(), m);
            for (Figure figure : Figure.values()) {
                assertEquals(f.count(figure), NationalStatistics.behind(fixture(), m, figure).size(), m + " " + figure);
            }
        }
        assertEquals(List.of(A), NationalStatistics.behind(fixture(), APRIL, Figure.EMPLOYMENT_TARGETS).stream()
                .map(PersonEvent::person).toList());
        assertEquals(List.of(LocalDate.parse("2026-04-03")), NationalStatistics.behind(fixture(), APRIL,
                Figure.NEW_CONSULTATIONS).stream().filter(e -> e.person().equals(A)).map(PersonEvent::on).toList(),
                "a person's first event of the month stands for them");
    }

    @Test
    void the_rate_is_none_without_targets_and_per_100k_rounds_half_up() {
        assertNull(NationalStatistics.rate(3, 1, 0));
        assertEquals(new BigDecimal("66.7"), NationalStatistics.rate(1, 1, 3));
        assertEquals(new BigDecimal("0.1"), NationalStatistics.per100k(1, 2_000_000)); // 0.05 → 0.1
        assertEquals(new BigDecimal("0.0"), NationalStatistics.per100k(1, 2_000_001));
    }
}
