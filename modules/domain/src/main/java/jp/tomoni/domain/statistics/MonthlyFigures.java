package jp.tomoni.domain.statistics;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The national figures of one month, each a count of distinct people. */
public record MonthlyFigures(YearMonth month, Map<Figure, Integer> counts) {
    public MonthlyFigures {
        Objects.requireNonNull(month, "month");
        Map<Figure, Integer> all = new EnumMap<>(Figure.class);
        for (Figure f : Figure.values()) {
            all.put(f, counts == null ? 0 : counts.getOrDefault(f, 0));
        }
        counts = java.util.Collections.unmodifiableMap(all);
    }

    public int count(Figure f) {
        return counts.get(f);
    }

    /** 就労・増収率: (② + ③) ÷ ①, per cent; null when ① is 0. */
    public BigDecimal rate() {
        return NationalStatistics.rate(count(Figure.EMPLOYED_TARGETS), count(Figure.INCOME_UP_TARGETS),
                count(Figure.EMPLOYMENT_TARGETS));
    }

    /** The figure per 100,000 population; null for figures the survey does not ask that way. */
    public BigDecimal per100k(Figure f, int population) {
        return f.perPopulation() ? NationalStatistics.per100k(count(f), population) : null;
    }

    /** The figures whose counts differ from {@code before}, with the earlier and the later count. */
    public Map<Figure, int[]> differences(MonthlyFigures before) {
        Map<Figure, int[]> out = new LinkedHashMap<>();
        for (Figure f : Figure.values()) {
            if (before.count(f) != count(f)) {
                out.put(f, new int[] {before.count(f), count(f)});
            }
        }
        return out;
    }

    /** The counts as stored with a closed month: {@code NEW_CONSULTATIONS=3;PLANS=1;…} in figure order. */
    public String stored() {
        StringBuilder b = new StringBuilder();
        for (Figure f : Figure.values()) {
            if (!b.isEmpty()) {
                b.append(';');
            }
            b.append(f.name()).append('=').append(count(f));
        }
        return b.toString();
    }

    /** Reads what {@link #stored()} wrote; figures it does not name (added later) count 0. */
    public static MonthlyFigures fromStored(YearMonth month, String stored) {
        Map<Figure, Integer> counts = new EnumMap<>(Figure.class);
        for (String part : stored.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                try {
                    counts.put(Figure.valueOf(part.substring(0, eq)), Integer.parseInt(part.substring(eq + 1)));
                } catch (IllegalArgumentException unknown) {
                    // a figure no longer computed: ignored
                }
            }
        }
        return new MonthlyFigures(month, counts);
    }
}
