package jp.tomoni.domain.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The rules of the national monthly figures, over dated person events, each figure a set of distinct
 * people (so a count and its drill-down list always agree):
 * <ul>
 * <li>new consultations, plans, information only, referred: people with such an event in the month;</li>
 * <li>① employment-support targets: people whose <em>first</em> employment-support plan falls in the
 * month (a person is made a target once);</li>
 * <li>employed / income raised: people who started work / whose income rose in the month; ② / ③ those
 * of them who were employment-support targets by the end of the month;</li>
 * <li>referred to the public-assistance window: people referred there in the month.</li>
 * </ul>
 * The rate is (② + ③) ÷ ① in per cent to one decimal (none when ① is 0); a figure per 100,000
 * population is rounded half up to one decimal.
 */
public final class NationalStatistics {
    private NationalStatistics() {
    }

    /** The people behind each figure of {@code month}. */
    public static Map<Figure, Set<UUID>> people(List<PersonEvent> events, YearMonth month) {
        Map<PersonEvent.Kind, Set<UUID>> inMonth = new EnumMap<>(PersonEvent.Kind.class);
        Map<UUID, LocalDate> firstTarget = new HashMap<>();
        for (PersonEvent e : events) {
            if (e.kind() == PersonEvent.Kind.EMPLOYMENT_TARGET) {
                firstTarget.merge(e.person(), e.on(), (a, b) -> a.isBefore(b) ? a : b);
            }
            if (YearMonth.from(e.on()).equals(month)) {
                inMonth.computeIfAbsent(e.kind(), k -> new TreeSet<>()).add(e.person());
            }
        }
        LocalDate end = month.atEndOfMonth();
        Set<UUID> targetsByEnd = firstTarget.entrySet().stream().filter(t -> !t.getValue().isAfter(end))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        Map<Figure, Set<UUID>> out = new EnumMap<>(Figure.class);
        out.put(Figure.NEW_CONSULTATIONS, of(inMonth, PersonEvent.Kind.INTAKE));
        out.put(Figure.PLANS, of(inMonth, PersonEvent.Kind.FIRST_PLAN));
        out.put(Figure.EMPLOYMENT_TARGETS, firstTarget.entrySet().stream()
                .filter(t -> YearMonth.from(t.getValue()).equals(month)).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new)));
        out.put(Figure.EMPLOYED, of(inMonth, PersonEvent.Kind.EMPLOYED));
        out.put(Figure.EMPLOYED_TARGETS, only(of(inMonth, PersonEvent.Kind.EMPLOYED), targetsByEnd));
        out.put(Figure.INCOME_UP, of(inMonth, PersonEvent.Kind.INCOME_UP));
        out.put(Figure.INCOME_UP_TARGETS, only(of(inMonth, PersonEvent.Kind.INCOME_UP), targetsByEnd));
        out.put(Figure.INFO_ONLY, of(inMonth, PersonEvent.Kind.INFO_ONLY));
        out.put(Figure.REFERRED, of(inMonth, PersonEvent.Kind.REFERRED));
        out.put(Figure.REFERRED_TO_WELFARE, of(inMonth, PersonEvent.Kind.REFERRED_TO_WELFARE));
        return out;
    }

    /** The counts of {@code month}. */
    public static MonthlyFigures month(List<PersonEvent> events, YearMonth month) {
        Map<Figure, Integer> counts = new EnumMap<>(Figure.class);
        people(events, month).forEach((f, p) -> counts.put(f, p.size()));
        return new MonthlyFigures(month, counts);
    }

    /** The events behind one figure of a month (for the drill-down list), in date order. */
    public static List<PersonEvent> behind(List<PersonEvent> events, YearMonth month, Figure figure) {
        Set<UUID> who = people(events, month).get(figure);
        PersonEvent.Kind kind = switch (figure) {
            case NEW_CONSULTATIONS -> PersonEvent.Kind.INTAKE;
            case PLANS -> PersonEvent.Kind.FIRST_PLAN;
            case EMPLOYMENT_TARGETS -> PersonEvent.Kind.EMPLOYMENT_TARGET;
            case EMPLOYED, EMPLOYED_TARGETS -> PersonEvent.Kind.EMPLOYED;
            case INCOME_UP, INCOME_UP_TARGETS -> PersonEvent.Kind.INCOME_UP;
            case INFO_ONLY -> PersonEvent.Kind.INFO_ONLY;
            case REFERRED -> PersonEvent.Kind.REFERRED;
            case REFERRED_TO_WELFARE -> PersonEvent.Kind.REFERRED_TO_WELFARE;
        };
        Map<UUID, PersonEvent> first = new HashMap<>();
        for (PersonEvent e : events) {
            boolean counts = e.kind() == kind && who.contains(e.person())
                    && (figure == Figure.EMPLOYMENT_TARGETS || YearMonth.from(e.on()).equals(month));
            if (counts) {
                first.merge(e.person(), e, (a, b) -> a.on().isAfter(b.on()) ? b : a);
            }
        }
        return first.values().stream().sorted(Comparator.comparing(PersonEvent::on)
                .thenComparing(PersonEvent::person)).toList();
    }

    /** (② + ③) ÷ ① in per cent, one decimal, half up; null when ① is 0. */
    public static BigDecimal rate(int employedTargets, int incomeUpTargets, int targets) {
        if (targets == 0) {
            return null;
        }
        return BigDecimal.valueOf(100L * (employedTargets + incomeUpTargets))
                .divide(BigDecimal.valueOf(targets), 1, RoundingMode.HALF_UP);
    }

    /** A count per 100,000 population, one decimal, half up. */
    public static BigDecimal per100k(int count, int population) {
        if (population <= 0) {
            throw new IllegalArgumentException("population " + population);
        }
        return BigDecimal.valueOf(100_000L * count).divide(BigDecimal.valueOf(population), 1, RoundingMode.HALF_UP);
    }

    private static Set<UUID> of(Map<PersonEvent.Kind, Set<UUID>> inMonth, PersonEvent.Kind kind) {
        return new TreeSet<>(inMonth.getOrDefault(kind, Set.of()));
    }

    private static Set<UUID> only(Set<UUID> people, Set<UUID> allowed) {
        people.retainAll(allowed);
        return people;
    }
}
