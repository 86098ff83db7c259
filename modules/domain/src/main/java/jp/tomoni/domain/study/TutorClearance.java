package jp.tomoni.domain.study;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jp.tomoni.domain.shared.FieldViolation;

/**
 * Safeguarding: a volunteer tutor may be assigned to children's sessions only after staff recorded
 * the training and the check (e.g. identity and pledge) as done and approved them, and while that
 * approval is not withdrawn.
 */
public final class TutorClearance {
    private TutorClearance() {
    }

    public static boolean assignable(LocalDate trainedOn, LocalDate checkedOn, Instant approvedAt, Instant revokedAt) {
        return trainedOn != null && checkedOn != null && approvedAt != null && revokedAt == null;
    }

    /** Both dates are needed and neither may lie in the future. */
    public static List<FieldViolation> violations(LocalDate trainedOn, LocalDate checkedOn, LocalDate today) {
        List<FieldViolation> v = new ArrayList<>();
        check(v, "trainedOn", trainedOn, today);
        check(v, "checkedOn", checkedOn, today);
        return v;
    }

    private static void check(List<FieldViolation> v, String field, LocalDate d, LocalDate today) {
        if (d == null) {
            v.add(FieldViolation.of(field, "required"));
        } else if (d.isAfter(today)) {
            v.add(FieldViolation.of(field, "notInFuture"));
        }
    }
}
