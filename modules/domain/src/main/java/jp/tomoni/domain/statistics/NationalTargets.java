package jp.tomoni.domain.statistics;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The national targets per 100,000 population per month (目安値), the latest of ../shared/FORMS.md:
 * new consultations 24, plans 12, employment-support targets 7. Other figures have none.
 */
public final class NationalTargets {
    public static final Map<Figure, BigDecimal> PER_100K = Map.of(
            Figure.NEW_CONSULTATIONS, BigDecimal.valueOf(24),
            Figure.PLANS, BigDecimal.valueOf(12),
            Figure.EMPLOYMENT_TARGETS, BigDecimal.valueOf(7));

    private NationalTargets() {
    }

    /** The target of the figure per 100,000 a month, or null when it has none. */
    public static BigDecimal of(Figure f) {
        return PER_100K.get(f);
    }
}
