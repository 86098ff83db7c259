package jp.tomoni.domain.casework.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.casework.assessment.AssessmentForm;
import jp.tomoni.domain.casework.assessment.AssessmentForms;
import jp.tomoni.domain.casework.assessment.AssessmentItem;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;

class PlanReadinessTest {
    private final AssessmentForm h27 = AssessmentForms.byId("H27").orElseThrow();

    private Map<String, String> allMandatoryAnswered() {
        Map<String, String> answers = new HashMap<>();
        for (AssessmentItem item : h27.mandatoryItems()) {
            answers.put(item.key(), item.options().isEmpty() ? "x" : item.options().get(0).key());
        }
        return answers;
    }

    @Test
    void a_plan_needs_every_mandatory_assessment_item() {
        Map<String, String> answers = allMandatoryAnswered();
        assertTrue(PlanReadiness.isReady(h27, answers), "the optional items may stay open");

        answers.remove("housing.type");
        answers.put("screening.result", "   ");
        assertEquals(List.of("housing.type", "screening.result"),
                PlanReadiness.missing(h27, answers).stream().map(FieldViolation::field).toList());
        assertFalse(PlanReadiness.isReady(h27, answers));
        var e = assertThrows(InvalidInputException.class, () -> PlanReadiness.requireReady(h27, answers));
        assertEquals(List.of("required", "required"), e.violations().stream().map(FieldViolation::code).toList());
    }

    @Test
    void nothing_answered_lists_every_mandatory_item_in_the_form_s_order() {
        assertEquals(h27.mandatoryItems().stream().map(AssessmentItem::key).toList(),
                PlanReadiness.missing(h27, Map.of()).stream().map(FieldViolation::field).toList());
    }
}
