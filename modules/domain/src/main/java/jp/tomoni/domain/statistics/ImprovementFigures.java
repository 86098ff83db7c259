package jp.tomoni.domain.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * 自立に向けた改善 of a month: of the people whose plan was evaluated in the month, how many showed any
 * improvement on the checklist, the share in per cent (one decimal, half up; none when nobody was
 * evaluated), and the people per item. A person evaluated twice in a month counts once, with every
 * improvement of either evaluation; a code not on the checklist counts for nothing.
 */
public record ImprovementFigures(YearMonth month, int evaluated, int improved, Map<Improvement, Integer> perItem) {
    /** One evaluation: the person, its day and the codes it stored. */
    public record Evaluated(UUID person, LocalDate on, Set<String> codes) {
    }

    public ImprovementFigures {
        perItem = java.util.Collections.unmodifiableMap(new EnumMap<>(perItem.isEmpty()
                ? new EnumMap<Improvement, Integer>(Improvement.class) : perItem));
    }

    public static ImprovementFigures of(List<Evaluated> evaluations, YearMonth month) {
        Map<UUID, Set<Improvement>> people = new HashMap<>();
        for (Evaluated e : evaluations) {
            if (!YearMonth.from(e.on()).equals(month)) {
                continue;
            }
            Set<Improvement> items = people.computeIfAbsent(e.person(), p -> new HashSet<>());
            for (String code : e.codes()) {
                Improvement.ofCode(code).ifPresent(items::add);
            }
        }
        Map<Improvement, Integer> per = new EnumMap<>(Improvement.class);
        int improved = 0;
        for (Set<Improvement> items : people.values()) {
            if (!items.isEmpty()) {
                improved++;
            }
            items.forEach(i -> per.merge(i, 1, Integer::sum));
        }
        return new ImprovementFigures(month, people.size(), improved, per);
    }

    /** The share of the evaluated with any improvement, per cent; null when nobody was evaluated. */
    public BigDecimal share() {
        return evaluated == 0 ? null
                : BigDecimal.valueOf(100L * improved).divide(BigDecimal.valueOf(evaluated), 1, RoundingMode.HALF_UP);
    }

    public int count(Improvement i) {
        return perItem.getOrDefault(i, 0);
    }
}
