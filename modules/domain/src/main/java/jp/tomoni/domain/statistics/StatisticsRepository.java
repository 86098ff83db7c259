package jp.tomoni.domain.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The records of the current tenant as the national figures count them, and its closed months. */
public interface StatisticsRepository {
    /**
     * The person events dated in {@code [from, to]}, plus every employment-support target event up to
     * {@code to} (a person is made a target once: the first one decides the month).
     */
    List<PersonEvent> events(LocalDate from, LocalDate to);

    /** The evaluations dated in {@code [from, to]}: the person, the day, the improvements stored. */
    List<ImprovementFigures.Evaluated> evaluations(LocalDate from, LocalDate to);

    void add(ClosedMonth closed);

    /** Every version of a month, the latest first. */
    List<ClosedMonth> versions(YearMonth month);

    /** The latest version of each closed month in {@code [from, to]}, oldest month first. */
    List<ClosedMonth> closed(YearMonth from, YearMonth to);

    /** The cases as a drill-down list shows them: number, the person's name, the worker. */
    List<CaseLine> cases(Collection<UUID> caseIds);

    /**
     * The average per 100,000 population of each figure over the tenants' latest closed versions of
     * {@code month}, and how many tenants contributed: all tenants ({@code prefecture} null) or those of
     * one prefecture. Only aggregates cross the tenant boundary.
     */
    Peers peers(YearMonth month, String prefecture);

    record CaseLine(UUID caseId, String caseNumber, String personName, String worker) {
    }

    /** Averages per 100,000 of the figures asked that way, over {@code tenants} contributing tenants. */
    record Peers(int tenants, java.util.Map<Figure, java.math.BigDecimal> per100k) {
    }
}
