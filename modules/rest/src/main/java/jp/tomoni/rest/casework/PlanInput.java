package jp.tomoni.rest.casework;

import java.util.ArrayList;
import java.util.List;

import jp.tomoni.domain.casework.plan.ActionOwner;
import jp.tomoni.domain.casework.plan.PlanDraft;
import jp.tomoni.domain.casework.plan.ServiceUse;
import jp.tomoni.domain.casework.plan.TrainingType;
import jp.tomoni.domain.shared.FieldViolation;

/**
 * The プラン兼事業等利用申込書 as JSON. {@code nextMonitoring} is a month ({@code 2026-06}); {@code version}
 * is required when revising or re-planning (the version of the plan the caller read).
 */
public record PlanInput(String planDate, String issues, String longTermGoal, String planTarget,
                        List<ActionInput> actions, List<ServiceInput> services, SchemeInput loan,
                        SchemeInput employmentPromotion, String endDate, String nextMonitoring, String consentDate,
                        Boolean appliedServicesSigned, Long version) {

    /** {@code who}: PERSON (本人), FAMILY (家族等), AGENCY (自立相談支援機関), OTHER_ORG (その他関係機関). */
    public record ActionInput(String what, String who, String notes, Boolean statutory) {
    }

    /**
     * {@code number} 1–6; {@code use} APPLYING/RECEIVED/PLANNED (1) or APPLYING/USED/PLANNED (2);
     * {@code trainingType} EMPLOYED/NON_EMPLOYED (5); {@code applicationAttached}: the own application of 1 or 2.
     */
    public record ServiceInput(Integer number, Boolean present, String periodFrom, String periodTo,
                               String amountPerMonth, String use, String trainingType, String notes,
                               Boolean applicationAttached, String applicationFile) {
    }

    public record SchemeInput(Boolean present, String text) {
    }

    static final PlanInput EMPTY = new PlanInput(null, null, null, null, null, null, null, null, null, null, null, null,
            null);

    PlanDraft toDraft(List<FieldViolation> v) {
        List<PlanDraft.Action> a = new ArrayList<>();
        if (actions != null) {
            for (int i = 0; i < actions.size(); i++) {
                ActionInput x = actions.get(i) == null ? new ActionInput(null, null, null, null) : actions.get(i);
                a.add(new PlanDraft.Action(x.what(), Inputs.choice(ActionOwner.class, x.who(), "actions[" + i + "].who", v),
                        x.notes(), Boolean.TRUE.equals(x.statutory())));
            }
        }
        List<PlanDraft.Service> s = new ArrayList<>();
        if (services != null) {
            for (int i = 0; i < services.size(); i++) {
                ServiceInput x = services.get(i);
                String f = "services[" + i + "].";
                if (x == null || x.number() == null) {
                    v.add(FieldViolation.of(f + "number", "required"));
                    continue;
                }
                s.add(new PlanDraft.Service(x.number(), x.present() == null || x.present(),
                        Inputs.date(x.periodFrom(), f + "periodFrom", v), Inputs.date(x.periodTo(), f + "periodTo", v),
                        Inputs.integer(x.amountPerMonth(), f + "amountPerMonth", v),
                        Inputs.choice(ServiceUse.class, x.use(), f + "use", v),
                        Inputs.choice(TrainingType.class, x.trainingType(), f + "trainingType", v), x.notes(),
                        Boolean.TRUE.equals(x.applicationAttached()), x.applicationFile()));
            }
        }
        return new PlanDraft(Inputs.date(planDate, "planDate", v), issues, longTermGoal, planTarget, a, s,
                scheme(loan), scheme(employmentPromotion), Inputs.date(endDate, "endDate", v),
                Inputs.month(nextMonitoring, "nextMonitoring", v), Inputs.date(consentDate, "consentDate", v),
                Boolean.TRUE.equals(appliedServicesSigned));
    }

    /** The draft, or every field at fault at once. */
    PlanDraft toDraft() {
        List<FieldViolation> v = new ArrayList<>();
        PlanDraft d = toDraft(v);
        Inputs.throwIfUnreadable(v, d.violations(Inputs.today()));
        return d;
    }

    private static PlanDraft.Scheme scheme(SchemeInput s) {
        return s == null ? PlanDraft.Scheme.NONE : new PlanDraft.Scheme(Boolean.TRUE.equals(s.present()), s.text());
    }
}
