package jp.tomoni.domain.employment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.employment.AfterAssistanceSchedule.FollowUp;
import jp.tomoni.domain.employment.AfterAssistanceSchedule.Step;

class AfterAssistanceScheduleTest {
    static final LocalDate ENDED = LocalDate.of(2026, 3, 31);

    static long count(List<FollowUp> steps, Step step) {
        return steps.stream().filter(s -> s.step() == step).count();
    }

    @Test
    void six_months_bring_six_letters_four_calls_and_two_interviews() {
        var steps = AfterAssistanceSchedule.of(ENDED, 6);
        assertEquals(6, count(steps, Step.LETTER));
        assertEquals(4, count(steps, Step.CALL), "months 1, 2, 3 and 6");
        assertEquals(2, count(steps, Step.INTERVIEW), "months 3 and 6");
    }

    @Test
    void the_first_month_is_due_a_month_after_assistance_ended() {
        var first = AfterAssistanceSchedule.of(ENDED, 1).get(0);
        assertEquals(LocalDate.of(2026, 4, 30), first.due());
        assertEquals(1, first.month());
    }

    @Test
    void after_the_third_month_calls_come_every_third_month() {
        var steps = AfterAssistanceSchedule.of(ENDED, 12);
        assertEquals(List.of(1, 2, 3, 6, 9, 12), steps.stream().filter(s -> s.step() == Step.CALL).map(FollowUp::month).toList());
    }

    @Test
    void steps_come_in_date_order() {
        var steps = AfterAssistanceSchedule.of(ENDED, 12);
        for (int i = 1; i < steps.size(); i++) {
            assertTrue(!steps.get(i).due().isBefore(steps.get(i - 1).due()));
        }
    }

    @Test
    void more_than_three_years_or_none_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> AfterAssistanceSchedule.of(ENDED, 37));
        assertThrows(IllegalArgumentException.class, () -> AfterAssistanceSchedule.of(ENDED, 0));
        assertEquals(List.of("endedOn"), AfterAssistanceSchedule.violations(ENDED.plusDays(1), 6, ENDED).stream()
                .map(v -> v.field()).toList());
        assertEquals(List.of("months"), AfterAssistanceSchedule.violations(ENDED, 40, ENDED).stream().map(v -> v.field()).toList());
    }
}
