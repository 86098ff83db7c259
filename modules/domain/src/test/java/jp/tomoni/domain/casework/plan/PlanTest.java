package jp.tomoni.domain.casework.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.shared.InvalidInputException;

class PlanTest {
    static final Instant NOW = Instant.parse("2026-05-01T01:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-05-01");

    static PlanDraft draft(LocalDate consent, int... services) {
        return new PlanDraft(TODAY, "家賃の滞納", "子どもと今の家に住み続ける", "3か月以内に就職する",
                List.of(new PlanDraft.Action("ハローワークに同行する", ActionOwner.AGENCY, "週1回", false)),
                java.util.Arrays.stream(services).mapToObj(n -> new PlanDraft.Service(n, true, TODAY,
                        TODAY.plusMonths(6), null, null, null, null, false, null)).toList(),
                null, null, TODAY.plusMonths(6), TODAY.plusMonths(1).withDayOfMonth(1), consent, consent != null);
    }

    static Plan plan(PlanDraft d) {
        return Plan.write("midorino", UUID.randomUUID(), PlanEdition.INITIAL, d, "worker", NOW);
    }

    @Test
    void a_plan_reaches_delivery_only_after_the_decision() {
        Plan p = plan(draft(TODAY, 3));
        assertEquals(PlanStatus.AWAITING_MEETING, p.status());
        PlanDecision early = PlanDecision.record(p, new DecisionDraft(Set.of(StatutoryService.HOUSEHOLD_BUDGET), true, TODAY),
                "officer", NOW);
        assertThrows(InvalidInputException.class, () -> p.deliver(early, "officer", NOW));
        assertEquals(PlanStatus.AWAITING_MEETING, p.status());

        p.heard(true, "worker", NOW);
        assertEquals(PlanStatus.AWAITING_DECISION, p.status());
        assertThrows(InvalidInputException.class, () -> p.deliver(null, "officer", NOW));
        p.deliver(early, "officer", NOW);
        assertEquals(PlanStatus.IN_DELIVERY, p.status());
    }

    @Test
    void a_plan_sent_back_by_the_meeting_is_a_draft_until_revised() {
        Plan p = plan(draft(TODAY, 3));
        p.heard(false, "worker", NOW);
        assertEquals(PlanStatus.DRAFT, p.status());
        p.revise(draft(TODAY, 3), "worker", NOW);
        assertEquals(PlanStatus.AWAITING_MEETING, p.status());
        assertEquals(new PlanEdition(1, 1), p.edition());
    }

    @Test
    void a_plan_without_the_persons_consent_does_not_go_to_the_meeting() {
        assertEquals(PlanStatus.DRAFT, plan(draft(null, 3)).status());
    }

    @Test
    void a_revision_that_changes_statutory_services_is_refused_and_changes_nothing() {
        Plan p = plan(draft(TODAY, 3));
        var e = assertThrows(ReplanRequiredException.class, () -> p.revise(draft(TODAY, 3, 4), "worker", NOW));
        assertEquals("plan.replanRequired", e.violations().get(0).code());
        assertEquals(PlanEdition.INITIAL, p.edition());
        assertEquals(Set.of(StatutoryService.HOUSEHOLD_BUDGET), p.statutoryServices());
    }

    @Test
    void a_closed_plan_cannot_be_revised() {
        Plan p = plan(draft(TODAY, 3));
        p.close("worker", NOW);
        assertThrows(InvalidInputException.class, () -> p.revise(draft(TODAY, 3), "worker", NOW));
    }

    @Test
    void the_decision_must_match_the_procedure_and_services_1_and_2_need_their_application_attached() {
        PlanDraft d = draft(TODAY, 1, 3);
        var wrong = new DecisionDraft(Set.of(StatutoryService.HOUSEHOLD_BUDGET), false, TODAY).violations(d, TODAY);
        List<String> codes = wrong.stream().map(v -> v.code()).toList();
        assertTrue(codes.contains("decision.confirmationNeeded"), codes.toString());
        assertTrue(codes.contains("decision.applicationNotAttached"), codes.toString());

        PlanDraft attached = new PlanDraft(d.planDate(), d.issues(), d.longTermGoal(), d.planTarget(), d.actions(),
                List.of(new PlanDraft.Service(1, true, TODAY, TODAY.plusMonths(3), 40000, ServiceUse.APPLYING, null, null,
                        true, "住居確保給付金申請書.pdf"), d.services().get(1)),
                null, null, d.endDate(), d.nextMonitoring(), d.consentDate(), true);
        assertEquals(List.of(), new DecisionDraft(Set.of(StatutoryService.HOUSEHOLD_BUDGET), true, TODAY)
                .violations(attached, TODAY));
        assertEquals("decision.servicesMismatch", new DecisionDraft(Set.of(), true, TODAY)
                .violations(attached, TODAY).get(0).code());
    }

    @Test
    void service_details_belong_to_their_service() {
        PlanDraft d = new PlanDraft(TODAY, null, null, null, List.of(), List.of(
                new PlanDraft.Service(3, true, null, null, 1000, ServiceUse.RECEIVED, TrainingType.EMPLOYED, null, true, null),
                new PlanDraft.Service(2, true, null, null, null, ServiceUse.RECEIVED, null, null, false, null),
                new PlanDraft.Service(7, true, null, null, null, null, null, null, false, null)),
                null, null, null, LocalDate.parse("2026-06-15"), null, true);
        List<String> fields = d.violations(TODAY).stream().map(v -> v.field()).toList();
        assertEquals(List.of("services[0].amountPerMonth", "services[0].use", "services[0].trainingType",
                "services[0].applicationAttached", "services[1].use", "services[2].number", "nextMonitoring",
                "consentDate"), fields);
    }
}
