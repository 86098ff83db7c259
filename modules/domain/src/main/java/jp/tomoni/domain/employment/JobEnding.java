package jp.tomoni.domain.employment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.PersonRules;

/**
 * What follows the end of a job (seed 000 D-7): after 離職 the job's retention ends, a new plan is
 * made and the person is contacted about every two weeks; after 転職 retention goes on with the
 * new job on the monthly schedule, with career support.
 */
public final class JobEnding {
    public static final int REASON_MAX = 500;
    public static final int NEW_EMPLOYER_MAX = 200;

    /** {@code contactEveryDays}: 0 means the normal monthly schedule of {@link RetentionSchedule#monthly}. */
    public record Consequence(boolean retentionEnds, boolean newPlanNeeded, int contactEveryDays, boolean careerSupport) {
    }

    private JobEnding() {
    }

    public static Consequence of(JobEndKind kind) {
        Objects.requireNonNull(kind, "kind");
        return switch (kind) {
            case LEAVING -> new Consequence(true, true, RetentionSchedule.FORTNIGHT_DAYS, false);
            case CHANGE -> new Consequence(false, false, 0, true);
        };
    }

    /**
     * The kind and end date are required, the end not before the job's start; 離職 needs its
     * reason (at most {@value #REASON_MAX} characters), 転職 the new employer. Blank counts as empty.
     */
    public static List<FieldViolation> violations(JobEndKind kind, LocalDate endedOn, LocalDate startedOn,
            String reason, String newEmployer) {
        List<FieldViolation> v = new ArrayList<>();
        if (kind == null) {
            v.add(FieldViolation.of("kind", "required"));
        }
        if (endedOn == null) {
            v.add(FieldViolation.of("endedOn", "required"));
        } else if (startedOn != null && endedOn.isBefore(startedOn)) {
            v.add(FieldViolation.of("endedOn", "employment.end.beforeStart"));
        }
        String why = PersonRules.optional(reason);
        if (kind == JobEndKind.LEAVING) {
            PersonRules.checkText(v, "reason", why, REASON_MAX);
        } else {
            PersonRules.checkOptionalText(v, "reason", why, REASON_MAX);
        }
        String employer = PersonRules.optional(newEmployer);
        if (kind == JobEndKind.CHANGE) {
            PersonRules.checkText(v, "newEmployer", employer, NEW_EMPLOYER_MAX);
        } else {
            PersonRules.checkOptionalText(v, "newEmployer", employer, NEW_EMPLOYER_MAX);
        }
        return v;
    }
}
