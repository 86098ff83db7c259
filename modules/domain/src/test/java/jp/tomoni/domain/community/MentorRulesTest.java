package jp.tomoni.domain.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.shared.FieldViolation;

class MentorRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    static final LocalDate TRAINED = LocalDate.of(2025, 4, 1);

    static List<String> fields(List<FieldViolation> v) {
        return v.stream().map(f -> f.field() + ":" + f.code()).toList();
    }

    @Test
    void a_trained_mentor_supervised_within_six_months_is_approvable() {
        assertTrue(MentorRules.approvable(TRAINED, LocalDate.of(2026, 3, 10), TODAY));
        assertTrue(MentorRules.approvable(TODAY, TODAY, TODAY));
        assertEquals(List.of(), MentorRules.violations(TRAINED, TODAY, TODAY));
    }

    @Test
    void training_and_supervision_must_both_be_recorded() {
        assertFalse(MentorRules.approvable(null, TODAY, TODAY));
        assertFalse(MentorRules.approvable(TRAINED, null, TODAY));
        assertEquals(List.of("trainingCompletedOn:required", "lastSupervisionOn:required"),
                fields(MentorRules.violations(null, null, TODAY)));
    }

    @Test
    void neither_date_may_lie_in_the_future() {
        assertFalse(MentorRules.approvable(TODAY.plusDays(1), TODAY, TODAY));
        assertFalse(MentorRules.approvable(TRAINED, TODAY.plusDays(1), TODAY));
        assertEquals(List.of("trainingCompletedOn:notInFuture", "lastSupervisionOn:notInFuture"),
                fields(MentorRules.violations(TODAY.plusDays(1), TODAY.plusDays(1), TODAY)));
    }

    @Test
    void a_supervision_is_valid_up_to_the_same_day_six_months_ago() {
        assertTrue(MentorRules.approvable(TRAINED, LocalDate.of(2025, 11, 20), TODAY));
        assertFalse(MentorRules.approvable(TRAINED, LocalDate.of(2025, 11, 19), TODAY));
        List<FieldViolation> v = MentorRules.violations(TRAINED, LocalDate.of(2025, 11, 19), TODAY);
        assertEquals(List.of("lastSupervisionOn:tooOld"), fields(v));
        assertEquals(MentorRules.SUPERVISION_VALID_MONTHS, v.get(0).args()[0]);
    }

    @Test
    void six_months_before_a_month_end_is_the_last_day_of_the_shorter_month() {
        LocalDate today = LocalDate.of(2026, 8, 31);
        assertTrue(MentorRules.approvable(TRAINED, LocalDate.of(2026, 2, 28), today));
        assertFalse(MentorRules.approvable(TRAINED, LocalDate.of(2026, 2, 27), today));
    }

    @Test
    void an_old_training_does_not_expire() {
        assertTrue(MentorRules.approvable(LocalDate.of(2015, 1, 1), TODAY.minusDays(1), TODAY));
    }

    @Test
    void today_is_required() {
        assertThrows(NullPointerException.class, () -> MentorRules.violations(TRAINED, TODAY, null));
    }
}
