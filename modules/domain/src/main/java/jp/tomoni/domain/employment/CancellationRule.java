package jp.tomoni.domain.employment;

import java.util.List;

import jp.tomoni.domain.casework.promise.PromiseRules;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.tenant.HomeVisitSetting;

/**
 * When appointments are cancelled or missed repeatedly, a home visit is made (seed 000 D-7:
 * 約束のキャンセルが続いた場合の家庭訪問); the task is created once, when the run counted by
 * {@link PromiseRules#unkeptInARow} reaches the agency's threshold.
 */
public final class CancellationRule {
    public static final int DEFAULT_THRESHOLD = HomeVisitSetting.DEFAULT;
    public static final int MIN_THRESHOLD = HomeVisitSetting.MIN;
    public static final int MAX_THRESHOLD = HomeVisitSetting.MAX;

    private CancellationRule() {
    }

    /**
     * Cancelled (or missed) appointments in a row, newest first: a home-visit task is created when
     * the run reaches the threshold — once per run, so not again while it grows past it.
     */
    public static boolean homeVisitTaskDue(int unkeptInARow, int threshold) {
        if (threshold < MIN_THRESHOLD) {
            throw new IllegalArgumentException("threshold must be at least " + MIN_THRESHOLD + ": " + threshold);
        }
        if (unkeptInARow < 0) {
            throw new IllegalArgumentException("unkeptInARow must not be negative: " + unkeptInARow);
        }
        return unkeptInARow == threshold;
    }

    /** The agency's setting: required, {@value #MIN_THRESHOLD}..{@value #MAX_THRESHOLD}. */
    public static List<FieldViolation> thresholdViolations(Integer threshold) {
        return HomeVisitSetting.violations(threshold);
    }
}
