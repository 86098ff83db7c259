package jp.tomoni.domain.casework.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.PersonRules;

/**
 * Everything the worker and the person write on the プラン兼事業等利用申込書. Only the plan date is
 * required: the goals are the person's and come as they come; the checks are about consistency.
 */
public record PlanDraft(
        LocalDate planDate,
        String issues,
        String longTermGoal,
        String planTarget,
        List<Action> actions,
        List<Service> services,
        Scheme loan,
        Scheme employmentPromotion,
        LocalDate endDate,
        LocalDate nextMonitoring,
        LocalDate consentDate,
        boolean appliedServicesSigned) {

    public static final int TEXT_MAX = 4000;
    public static final int SHORT_MAX = 1000;

    /** One line of ■プラン; {@code statutory} is the form's mark for a statutory service. */
    public record Action(String what, ActionOwner who, String notes, boolean statutory) {
        public Action {
            what = PersonRules.optional(what);
            notes = PersonRules.optional(notes);
        }
    }

    /** One of the statutory services 1–6 with its 有/無 and details. */
    public record Service(int number, boolean present, LocalDate periodFrom, LocalDate periodTo, Integer amountPerMonth,
                          ServiceUse use, TrainingType trainingType, String notes, boolean applicationAttached,
                          String applicationFile) {
        public Service {
            notes = PersonRules.optional(notes);
            applicationFile = PersonRules.optional(applicationFile);
        }
    }

    /** ■その他関連する事業等: 生活福祉資金等による貸付 or 生活保護受給者等就労自立促進事業, 有/無 with a note. */
    public record Scheme(boolean present, String text) {
        public static final Scheme NONE = new Scheme(false, null);

        public Scheme {
            text = PersonRules.optional(text);
        }
    }

    public PlanDraft {
        issues = PersonRules.optional(issues);
        longTermGoal = PersonRules.optional(longTermGoal);
        planTarget = PersonRules.optional(planTarget);
        actions = actions == null ? List.of() : List.copyOf(actions);
        services = services == null ? List.of() : List.copyOf(services);
        loan = loan == null ? Scheme.NONE : loan;
        employmentPromotion = employmentPromotion == null ? Scheme.NONE : employmentPromotion;
    }

    /** The statutory services marked 有. */
    public Set<StatutoryService> statutoryServices() {
        Set<StatutoryService> out = EnumSet.noneOf(StatutoryService.class);
        services.stream().filter(Service::present)
                .forEach(s -> StatutoryService.byNumber(s.number()).ifPresent(out::add));
        return out;
    }

    /** Actions not marked statutory, or related schemes: these are confirmed (確認), not decided. */
    public boolean hasOtherContent() {
        return actions.stream().anyMatch(a -> !a.statutory()) || loan.present() || employmentPromotion.present();
    }

    public Procedure procedure() {
        return ProcedureRule.forPlan(statutoryServices(), hasOtherContent());
    }

    public List<FieldViolation> violations(LocalDate today) {
        List<FieldViolation> v = new ArrayList<>();
        if (planDate == null) {
            v.add(FieldViolation.of("planDate", "required"));
        } else if (planDate.isAfter(today)) {
            v.add(FieldViolation.of("planDate", "notInFuture"));
        }
        PersonRules.checkOptionalText(v, "issues", issues, TEXT_MAX);
        PersonRules.checkOptionalText(v, "longTermGoal", longTermGoal, SHORT_MAX);
        PersonRules.checkOptionalText(v, "planTarget", planTarget, SHORT_MAX);
        for (int i = 0; i < actions.size(); i++) {
            Action a = actions.get(i);
            String f = "actions[" + i + "].";
            PersonRules.checkText(v, f + "what", a.what(), SHORT_MAX);
            if (a.who() == null) {
                v.add(FieldViolation.of(f + "who", "required"));
            }
            PersonRules.checkOptionalText(v, f + "notes", a.notes(), SHORT_MAX);
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < services.size(); i++) {
            checkService(v, "services[" + i + "].", services.get(i), seen);
        }
        checkScheme(v, "loan", loan);
        checkScheme(v, "employmentPromotion", employmentPromotion);
        if (endDate != null && planDate != null && endDate.isBefore(planDate)) {
            v.add(FieldViolation.of("endDate", "plan.endBeforePlanDate"));
        }
        if (nextMonitoring != null && nextMonitoring.getDayOfMonth() != 1) {
            v.add(FieldViolation.of("nextMonitoring", "invalid"));
        } else if (nextMonitoring != null && planDate != null
                && nextMonitoring.isBefore(planDate.withDayOfMonth(1))) {
            v.add(FieldViolation.of("nextMonitoring", "plan.monitoringBeforePlanDate"));
        }
        if (consentDate != null && consentDate.isAfter(today)) {
            v.add(FieldViolation.of("consentDate", "notInFuture"));
        }
        if (appliedServicesSigned && consentDate == null) {
            v.add(FieldViolation.of("consentDate", "plan.signatureNeedsDate"));
        }
        return v;
    }

    private static void checkService(List<FieldViolation> v, String f, Service s, Set<Integer> seen) {
        StatutoryService service = StatutoryService.byNumber(s.number()).orElse(null);
        if (service == null) {
            v.add(FieldViolation.of(f + "number", "invalidChoice"));
            return;
        }
        if (!seen.add(s.number())) {
            v.add(FieldViolation.of(f + "number", "plan.duplicateService", s.number()));
        }
        if (s.amountPerMonth() != null && (service != StatutoryService.HOUSING_BENEFIT || s.amountPerMonth() < 0)) {
            v.add(FieldViolation.of(f + "amountPerMonth", "invalid"));
        }
        if (s.use() != null && !ServiceUse.allowedFor(service).contains(s.use())) {
            v.add(FieldViolation.of(f + "use", "invalidChoice"));
        }
        if (s.trainingType() != null && service != StatutoryService.CERTIFIED_TRAINING) {
            v.add(FieldViolation.of(f + "trainingType", "invalidChoice"));
        }
        if (s.periodFrom() != null && s.periodTo() != null && s.periodTo().isBefore(s.periodFrom())) {
            v.add(FieldViolation.of(f + "periodTo", "plan.periodEndsBeforeStart"));
        }
        if ((s.applicationAttached() || s.applicationFile() != null) && !service.needsOwnApplicationAttached()) {
            v.add(FieldViolation.of(f + "applicationAttached", "invalid"));
        }
        PersonRules.checkOptionalText(v, f + "notes", s.notes(), SHORT_MAX);
        PersonRules.checkOptionalText(v, f + "applicationFile", s.applicationFile(), 200);
    }

    private static void checkScheme(List<FieldViolation> v, String field, Scheme s) {
        PersonRules.checkOptionalText(v, field + ".text", s.text(), SHORT_MAX);
    }
}
