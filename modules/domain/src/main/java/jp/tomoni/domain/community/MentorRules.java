package jp.tomoni.domain.community;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jp.tomoni.domain.shared.FieldViolation;

/**
 * A mentor is approved only once their training is completed and while their last supervision lies
 * within the last {@value #SUPERVISION_VALID_MONTHS} months; both dates are recorded, never in the future.
 */
public final class MentorRules {
    public static final int SUPERVISION_VALID_MONTHS = 6;

    private MentorRules() {
    }

    /** Whether a mentor with these dates can be approved on {@code today}: no {@link #violations} at all. */
    public static boolean approvable(LocalDate trainingCompletedOn, LocalDate lastSupervisionOn, LocalDate today) {
        return violations(trainingCompletedOn, lastSupervisionOn, today).isEmpty();
    }

    /**
     * {@code required} or {@code notInFuture} for either date, and {@code tooOld} (with the months) for a
     * supervision before the same day {@value #SUPERVISION_VALID_MONTHS} months ago.
     */
    public static List<FieldViolation> violations(LocalDate trainingCompletedOn, LocalDate lastSupervisionOn,
                                                  LocalDate today) {
        Objects.requireNonNull(today, "today");
        List<FieldViolation> v = new ArrayList<>();
        if (trainingCompletedOn == null) {
            v.add(FieldViolation.of("trainingCompletedOn", "required"));
        } else if (trainingCompletedOn.isAfter(today)) {
            v.add(FieldViolation.of("trainingCompletedOn", "notInFuture"));
        }
        if (lastSupervisionOn == null) {
            v.add(FieldViolation.of("lastSupervisionOn", "required"));
        } else if (lastSupervisionOn.isAfter(today)) {
            v.add(FieldViolation.of("lastSupervisionOn", "notInFuture"));
        } else if (lastSupervisionOn.isBefore(today.minusMonths(SUPERVISION_VALID_MONTHS))) {
            v.add(FieldViolation.of("lastSupervisionOn", "tooOld", SUPERVISION_VALID_MONTHS));
        }
        return v;
    }
}
