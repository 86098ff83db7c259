package jp.tomoni.domain.casework.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jp.tomoni.domain.shared.FieldViolation;

/**
 * What the municipal officer records: the statutory services decided (支援決定) and/or the
 * confirmation (確認) of the rest, on a date. It must be exactly what {@link ProcedureRule} asks for the plan.
 */
public record DecisionDraft(Set<StatutoryService> decided, boolean confirmation, LocalDate decidedOn) {

    public DecisionDraft {
        decided = ProcedureRule.sorted(decided);
    }

    /** Faults against {@code plan} as it stands; services 1 and 2 need their own application attached. */
    public List<FieldViolation> violations(PlanDraft plan, LocalDate today) {
        List<FieldViolation> v = new ArrayList<>();
        Procedure procedure = plan.procedure();
        if (decidedOn == null) {
            v.add(FieldViolation.of("decidedOn", "required"));
        } else if (decidedOn.isAfter(today)) {
            v.add(FieldViolation.of("decidedOn", "notInFuture"));
        } else if (plan.planDate() != null && decidedOn.isBefore(plan.planDate())) {
            v.add(FieldViolation.of("decidedOn", "decision.beforePlanDate"));
        }
        if (!decided.equals(procedure.decided())) {
            v.add(FieldViolation.of("decided", "decision.servicesMismatch", numbers(procedure.decided())));
        }
        if (confirmation != procedure.confirmation()) {
            v.add(FieldViolation.of("confirmation", procedure.confirmation()
                    ? "decision.confirmationNeeded" : "decision.confirmationNotNeeded"));
        }
        for (StatutoryService s : procedure.attachmentsRequired()) {
            boolean attached = plan.services().stream()
                    .anyMatch(line -> line.number() == s.number() && line.present() && line.applicationAttached());
            if (!attached) {
                v.add(FieldViolation.of("services", "decision.applicationNotAttached", s.number()));
            }
        }
        return v;
    }

    /** e.g. "3, 4": the numbers as the form prints them. */
    static String numbers(Set<StatutoryService> services) {
        return String.join(", ", services.stream().map(s -> String.valueOf(s.number())).toList());
    }
}
