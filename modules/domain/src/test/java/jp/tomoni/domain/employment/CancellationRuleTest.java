package jp.tomoni.domain.employment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.shared.FieldViolation;

class CancellationRuleTest {
    private static List<String> codes(List<FieldViolation> violations) {
        return violations.stream().map(v -> v.field() + ":" + v.code()).toList();
    }

    @Test
    void a_home_visit_task_is_due_when_the_run_reaches_the_threshold() {
        assertFalse(CancellationRule.homeVisitTaskDue(1, 2));
        assertTrue(CancellationRule.homeVisitTaskDue(2, 2));
        assertTrue(CancellationRule.homeVisitTaskDue(3, 3));
    }

    @Test
    void a_run_past_the_threshold_does_not_create_the_task_again() {
        assertFalse(CancellationRule.homeVisitTaskDue(3, 2));
        assertFalse(CancellationRule.homeVisitTaskDue(4, 2));
    }

    @Test
    void no_unkept_appointments_never_call_for_a_visit() {
        assertFalse(CancellationRule.homeVisitTaskDue(0, 1));
        assertTrue(CancellationRule.homeVisitTaskDue(1, 1));
    }

    @Test
    void a_threshold_below_one_or_a_negative_run_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> CancellationRule.homeVisitTaskDue(0, 0));
        assertThrows(IllegalArgumentException.class, () -> CancellationRule.homeVisitTaskDue(-1, 2));
    }

    @Test
    void the_default_threshold_is_two_as_for_promises() {
        assertEquals(2, CancellationRule.DEFAULT_THRESHOLD);
        assertEquals(List.of(), CancellationRule.thresholdViolations(CancellationRule.DEFAULT_THRESHOLD));
    }

    @Test
    void an_agency_sets_the_threshold_from_one_to_ten() {
        assertEquals(List.of(), CancellationRule.thresholdViolations(1));
        assertEquals(List.of(), CancellationRule.thresholdViolations(10));
        assertEquals(List.of("homeVisitAfterCancellations:retention.threshold.range"), codes(CancellationRule.thresholdViolations(0)));
        assertEquals(List.of("homeVisitAfterCancellations:retention.threshold.range"), codes(CancellationRule.thresholdViolations(11)));
        assertEquals(List.of("homeVisitAfterCancellations:required"), codes(CancellationRule.thresholdViolations(null)));
    }
}
