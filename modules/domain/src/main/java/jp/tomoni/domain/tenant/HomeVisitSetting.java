package jp.tomoni.domain.tenant;

import java.util.ArrayList;
import java.util.List;

import jp.tomoni.domain.shared.FieldViolation;

/**
 * A tenant's {@code retention.homeVisitAfterCancellations}: after how many cancelled appointments in a
 * row a home visit is made (seed 000 D-7); the rule itself is {@code CancellationRule}.
 */
public final class HomeVisitSetting {
    public static final int DEFAULT = 2;
    public static final int MIN = 1;
    public static final int MAX = 10;

    private HomeVisitSetting() {
    }

    /** Required, {@value #MIN}..{@value #MAX}. */
    public static List<FieldViolation> violations(Integer threshold) {
        List<FieldViolation> v = new ArrayList<>();
        if (threshold == null) {
            v.add(FieldViolation.of("homeVisitAfterCancellations", "required"));
        } else if (threshold < MIN || threshold > MAX) {
            v.add(FieldViolation.of("homeVisitAfterCancellations", "retention.threshold.range", MIN, MAX));
        }
        return v;
    }
}
