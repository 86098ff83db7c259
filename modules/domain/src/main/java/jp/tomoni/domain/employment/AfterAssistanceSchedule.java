package jp.tomoni.domain.employment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Follow-up after public assistance ends (保護廃止後, seed 000 E-3): a letter every month with the
 * desk's "call any time" number, a phone call in each of the first three months and then every third
 * month, and an interview at three and at six months. Interviews when things look risky and visits
 * are added by the worker as they are needed.
 */
public final class AfterAssistanceSchedule {
    public static final int DEFAULT_MONTHS = 6;
    public static final int MAX_MONTHS = 36;

    public enum Step {
        LETTER("保護廃止後のお手紙"), CALL("保護廃止後の電話連絡"), INTERVIEW("保護廃止後の面談");

        private final String labelJa;

        Step(String labelJa) {
            this.labelJa = labelJa;
        }

        public String labelJa() {
            return labelJa;
        }
    }

    /** One step of the follow-up, due by the end of {@code due}, in plan month {@code month}. */
    public record FollowUp(Step step, int month, LocalDate due) {
    }

    private AfterAssistanceSchedule() {
    }

    /** The steps of {@code months} months after assistance ended on {@code endedOn}, the earliest first. */
    public static List<FollowUp> of(LocalDate endedOn, int months) {
        if (months < 1 || months > MAX_MONTHS) {
            throw new IllegalArgumentException("follow-up months must be 1.." + MAX_MONTHS + ": " + months);
        }
        List<FollowUp> out = new ArrayList<>();
        for (int m = 1; m <= months; m++) {
            LocalDate due = RetentionSchedule.endOf(endedOn.plusDays(1), m);
            out.add(new FollowUp(Step.LETTER, m, due));
            if (m <= 3 || m % 3 == 0) {
                out.add(new FollowUp(Step.CALL, m, due));
            }
            if (m == 3 || m == 6) {
                out.add(new FollowUp(Step.INTERVIEW, m, due));
            }
        }
        out.sort(Comparator.comparing(FollowUp::due).thenComparing(FollowUp::step));
        return List.copyOf(out);
    }

    public static List<jp.tomoni.domain.shared.FieldViolation> violations(LocalDate endedOn, Integer months, LocalDate today) {
        List<jp.tomoni.domain.shared.FieldViolation> v = new ArrayList<>();
        if (endedOn == null) {
            v.add(jp.tomoni.domain.shared.FieldViolation.of("endedOn", "required"));
        } else if (endedOn.isAfter(today)) {
            v.add(jp.tomoni.domain.shared.FieldViolation.of("endedOn", "notInFuture"));
        }
        if (months != null && (months < 1 || months > MAX_MONTHS)) {
            v.add(jp.tomoni.domain.shared.FieldViolation.of("months", "retention.period.max", MAX_MONTHS));
        }
        return v;
    }
}
