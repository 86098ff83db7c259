package jp.tomoni.domain.employment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What seed 000 D-5 asks of the links with companies: liaison meetings with employers after hiring
 * and contact with the chamber of commerce at least once a month, and company visits across many
 * industries. Pure rules over dates; which contacts feed them is the caller's choice.
 */
public final class PartnershipRules {
    /** The overview looks back this many calendar months, the current one included. */
    public static final int WINDOW_MONTHS = 12;
    /** The number of divisions (大分類) of the industrial classification. */
    public static final int INDUSTRIES = Industry.values().length;

    private PartnershipRules() {
    }

    /** One calendar month: whether at least one contact happened in it, and how many. */
    public record MonthCoverage(YearMonth month, int contacts) {
        public boolean covered() {
            return contacts > 0;
        }
    }

    /** A company visit to an employer of {@code industry}. */
    public record Visit(Industry industry, LocalDate on) {
    }

    /** The first month of the window that ends with the month of {@code today}. */
    public static YearMonth windowStart(LocalDate today) {
        return YearMonth.from(today).minusMonths(WINDOW_MONTHS - 1L);
    }

    /** The first day of that window: contacts on or after it count. */
    public static LocalDate windowStartDay(LocalDate today) {
        return windowStart(today).atDay(1);
    }

    /**
     * Each month from {@code from} to {@code to}, oldest first, with the contacts that happened in it
     * (D-5: at least one a month). Dates outside the months are ignored; a null date is no contact.
     */
    public static List<MonthCoverage> monthlyCoverage(List<LocalDate> contactDates, YearMonth from, YearMonth to) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        Map<YearMonth, Integer> counts = new HashMap<>();
        for (LocalDate d : contactDates) {
            if (d != null) {
                counts.merge(YearMonth.from(d), 1, Integer::sum);
            }
        }
        List<MonthCoverage> out = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            out.add(new MonthCoverage(m, counts.getOrDefault(m, 0)));
        }
        return List.copyOf(out);
    }

    /** How many of the months had at least one contact. */
    public static int monthsCovered(List<MonthCoverage> months) {
        return (int) months.stream().filter(MonthCoverage::covered).count();
    }

    /** The months without any contact, oldest first. */
    public static List<YearMonth> gaps(List<MonthCoverage> months) {
        return months.stream().filter(m -> !m.covered()).map(MonthCoverage::month).toList();
    }

    /**
     * The industries visited on or after {@code since}, with the number of visits to each, in the
     * order of the classification (A first). A visit without an industry or date counts nowhere.
     */
    public static Map<Industry, Integer> industriesVisited(List<Visit> visits, LocalDate since) {
        Map<Industry, Integer> out = new EnumMap<>(Industry.class);
        for (Visit v : visits) {
            if (v.industry() != null && v.on() != null && !v.on().isBefore(since)) {
                out.merge(v.industry(), 1, Integer::sum);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** The number of distinct industries visited: job development covers many (D-5). */
    public static int industryBreadth(Map<Industry, Integer> visited) {
        return (int) visited.values().stream().filter(n -> n != null && n > 0).count();
    }

    /** The number of distinct industries visited on or after {@code since}. */
    public static int industryBreadth(List<Visit> visits, LocalDate since) {
        return industryBreadth(industriesVisited(visits, since));
    }
}
