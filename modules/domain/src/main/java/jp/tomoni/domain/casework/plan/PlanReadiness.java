package jp.tomoni.domain.casework.plan;

import java.util.List;
import java.util.Map;

import jp.tomoni.domain.casework.assessment.AssessmentForm;
import jp.tomoni.domain.casework.assessment.AssessmentItem;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;

/**
 * A plan is made only once every ※ item of the assessment form the answers were recorded under
 * has an answer; the other items may stay open and are collected over later meetings.
 */
public final class PlanReadiness {

    private PlanReadiness() {
    }

    /** The ※ items without a non-blank answer, each as {@code required} under its item key, in the form's order. */
    public static List<FieldViolation> missing(AssessmentForm form, Map<String, String> answers) {
        return form.mandatoryItems().stream()
                .filter(i -> AssessmentItem.isBlank(answers.get(i.key())))
                .map(i -> FieldViolation.of(i.key(), "required"))
                .toList();
    }

    public static boolean isReady(AssessmentForm form, Map<String, String> answers) {
        return missing(form, answers).isEmpty();
    }

    /** @throws InvalidInputException listing the missing ※ items */
    public static void requireReady(AssessmentForm form, Map<String, String> answers) {
        InvalidInputException.throwIfAny(missing(form, answers));
    }
}
