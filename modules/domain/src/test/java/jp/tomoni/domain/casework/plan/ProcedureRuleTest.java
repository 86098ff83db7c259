package jp.tomoni.domain.casework.plan;

import static jp.tomoni.domain.casework.plan.StatutoryService.AGENCY_EMPLOYMENT_SUPPORT;
import static jp.tomoni.domain.casework.plan.StatutoryService.CERTIFIED_TRAINING;
import static jp.tomoni.domain.casework.plan.StatutoryService.EMPLOYMENT_PREPARATION;
import static jp.tomoni.domain.casework.plan.StatutoryService.HOUSEHOLD_BUDGET;
import static jp.tomoni.domain.casework.plan.StatutoryService.HOUSING_BENEFIT;
import static jp.tomoni.domain.casework.plan.StatutoryService.TEMPORARY_LIVING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ProcedureRuleTest {

    @Test
    void plans_with_only_statutory_services_need_a_decision() {
        var p = ProcedureRule.forPlan(Set.of(HOUSEHOLD_BUDGET, EMPLOYMENT_PREPARATION), false);
        assertTrue(p.applicationNeeded());
        assertTrue(p.meetingRequired());
        assertEquals(Set.of(HOUSEHOLD_BUDGET, EMPLOYMENT_PREPARATION), p.decided());
        assertFalse(p.confirmation());
        assertEquals(Set.of(), p.attachmentsRequired());
    }

    @Test
    void plans_without_statutory_services_need_only_confirmation() {
        var p = ProcedureRule.forPlan(Set.of(), true);
        assertFalse(p.applicationNeeded());
        assertTrue(p.meetingRequired());
        assertFalse(p.decisionNeeded());
        assertTrue(p.confirmation());
    }

    @Test
    void mixed_plans_get_a_decision_for_3_4_5_and_confirmation_for_the_rest() {
        var p = ProcedureRule.forPlan(Set.of(CERTIFIED_TRAINING, AGENCY_EMPLOYMENT_SUPPORT), false);
        assertTrue(p.applicationNeeded());
        assertEquals(Set.of(CERTIFIED_TRAINING), p.decided());
        assertTrue(p.confirmation());

        var withOtherActions = ProcedureRule.forPlan(Set.of(HOUSEHOLD_BUDGET), true);
        assertEquals(Set.of(HOUSEHOLD_BUDGET), withOtherActions.decided());
        assertTrue(withOtherActions.confirmation());
    }

    @Test
    void housing_benefit_and_temporary_living_carry_their_own_application() {
        var p = ProcedureRule.forPlan(Set.of(HOUSING_BENEFIT, TEMPORARY_LIVING), false);
        assertEquals(Set.of(HOUSING_BENEFIT, TEMPORARY_LIVING), p.attachmentsRequired());
        assertFalse(p.decisionNeeded(), "their payment is decided under their own procedure, not by 支援決定");
        assertFalse(p.applicationNeeded(), "the plan's signature applies for 3, 4, 5 only");
        assertTrue(p.confirmation(), "the 確認 box covers everything but 3, 4, 5");
    }

    @Test
    void housing_benefit_beside_a_decided_service_still_needs_confirmation_and_its_attachment() {
        var p = ProcedureRule.forPlan(Set.of(HOUSING_BENEFIT, EMPLOYMENT_PREPARATION), false);
        assertEquals(Set.of(EMPLOYMENT_PREPARATION), p.decided());
        assertTrue(p.confirmation());
        assertEquals(Set.of(HOUSING_BENEFIT), p.attachmentsRequired());
    }

    @Test
    void the_agency_s_own_employment_support_needs_no_decision() {
        var p = ProcedureRule.forPlan(Set.of(AGENCY_EMPLOYMENT_SUPPORT), false);
        assertFalse(p.decisionNeeded());
        assertFalse(p.applicationNeeded());
        assertTrue(p.confirmation());
    }

    @Test
    void decided_services_are_listed_in_the_form_s_order() {
        var p = ProcedureRule.forPlan(List.of(CERTIFIED_TRAINING, HOUSEHOLD_BUDGET, EMPLOYMENT_PREPARATION), false);
        assertEquals(List.of(3, 4, 5), p.decided().stream().map(StatutoryService::number).toList());
    }

    @Test
    void services_3_4_5_are_the_ones_decided_and_applied_for_and_1_2_the_ones_attached() {
        for (StatutoryService s : StatutoryService.values()) {
            boolean threeToFive = s.number() >= 3 && s.number() <= 5;
            assertEquals(threeToFive, s.needsMunicipalDecision(), s.name());
            assertEquals(threeToFive, s.isAppliedForInPlanSignature(), s.name());
            assertEquals(s.number() <= 2, s.needsOwnApplicationAttached(), s.name());
        }
        assertEquals(List.of(1, 2, 3, 4, 5, 6), java.util.Arrays.stream(StatutoryService.values()).map(StatutoryService::number).toList());
        assertEquals("認定就労訓練事業", StatutoryService.byNumber(5).orElseThrow().nameJa());
        assertTrue(StatutoryService.byNumber(7).isEmpty());
    }
}
