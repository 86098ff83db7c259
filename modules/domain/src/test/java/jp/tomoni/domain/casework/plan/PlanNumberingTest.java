package jp.tomoni.domain.casework.plan;

import static jp.tomoni.domain.casework.plan.StatutoryService.EMPLOYMENT_PREPARATION;
import static jp.tomoni.domain.casework.plan.StatutoryService.HOUSEHOLD_BUDGET;
import static jp.tomoni.domain.casework.plan.StatutoryService.HOUSING_BENEFIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.shared.InvalidInputException;

class PlanNumberingTest {

    @Test
    void a_revision_keeps_the_plan_number() {
        var revised = PlanNumbering.revise(new PlanEdition(2, 0), Set.of(HOUSEHOLD_BUDGET), Set.of(HOUSEHOLD_BUDGET));
        assertEquals(new PlanEdition(2, 1), revised);
        assertEquals(new PlanEdition(2, 2), PlanNumbering.revise(revised, Set.of(), Set.of()));
    }

    @Test
    void a_replan_takes_the_next_number_and_starts_unrevised() {
        assertEquals(new PlanEdition(2, 0), PlanNumbering.replan(new PlanEdition(1, 3)));
    }

    @Test
    void a_change_of_statutory_services_needs_a_replan() {
        var e = assertThrows(ReplanRequiredException.class, () -> PlanNumbering.revise(PlanEdition.INITIAL,
                Set.of(HOUSEHOLD_BUDGET, HOUSING_BENEFIT), Set.of(HOUSEHOLD_BUDGET, EMPLOYMENT_PREPARATION)));
        assertEquals(Set.of(EMPLOYMENT_PREPARATION), e.change().added());
        assertEquals(Set.of(HOUSING_BENEFIT), e.change().removed());
        var v = e.violations().get(0);
        assertEquals("statutoryServices", v.field());
        assertEquals("plan.replanRequired", v.code());
        assertEquals(List.of(List.of(4), List.of(1)), List.of(v.args()));
        assertTrue(e instanceof InvalidInputException, "it travels the one error path");
    }

    @Test
    void dropping_a_statutory_service_also_needs_a_replan() {
        assertFalse(PlanNumbering.canRevise(Set.of(HOUSEHOLD_BUDGET), Set.of()));
        assertTrue(PlanNumbering.canRevise(List.of(HOUSEHOLD_BUDGET, HOUSING_BENEFIT), Set.of(HOUSING_BENEFIT, HOUSEHOLD_BUDGET)));
    }

    @Test
    void the_first_plan_is_labelled_initial_and_later_plans_count_their_replans() {
        assertTrue(PlanEdition.INITIAL.isInitial());
        assertEquals("初回", PlanEdition.INITIAL.labelJa());
        var third = new PlanEdition(3, 0);
        assertFalse(third.isInitial());
        assertEquals(2, third.replanCount());
        assertEquals("再プラン2回目", third.roundLabelJa());
        assertEquals("再プラン2回目（修正1）", new PlanEdition(3, 1).labelJa());
        assertEquals("初回", new PlanEdition(1, 1).roundLabelJa());
        assertEquals("re-plan 2 (revision 1)", new PlanEdition(3, 1).labelEn());
        assertEquals("initial plan", PlanEdition.INITIAL.labelEn());
    }

    @Test
    void there_is_no_plan_zero_and_no_negative_revision() {
        assertThrows(IllegalArgumentException.class, () -> new PlanEdition(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new PlanEdition(1, -1));
    }
}
