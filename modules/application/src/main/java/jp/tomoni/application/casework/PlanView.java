package jp.tomoni.application.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jp.tomoni.domain.casework.PersonDetails;
import jp.tomoni.domain.casework.SupportCase;
import jp.tomoni.domain.casework.plan.ActionOwner;
import jp.tomoni.domain.casework.plan.Plan;
import jp.tomoni.domain.casework.plan.PlanDecision;
import jp.tomoni.domain.casework.plan.PlanDraft;
import jp.tomoni.domain.casework.plan.Procedure;
import jp.tomoni.domain.casework.plan.ServiceUse;
import jp.tomoni.domain.casework.plan.StatutoryService;
import jp.tomoni.domain.casework.plan.TrainingType;
import jp.tomoni.domain.shared.JapaneseDates;

/**
 * Everything on the プラン兼事業等利用申込書 in one read model: header (ID, date, 初回/再プラン, author,
 * the person with the birth date in the era calendar and age), issues, goals, actions, statutory
 * services 1–6, related schemes, period, next monitoring, consent and signature, up to three
 * meeting dates and the 支援決定/確認 with its date. The API shows it, and a PDF renderer can be fed from it.
 */
public record PlanView(
        UUID id,
        UUID caseId,
        String caseNumber,
        int planNumber,
        int revision,
        String roundLabelJa,
        String editionLabelJa,
        String status,
        LocalDate planDate,
        String author,
        Person person,
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
        boolean appliedServicesSigned,
        List<LocalDate> meetingDates,
        Decision decision,
        ProcedureView procedure,
        long version) {

    public record Person(String familyName, String givenName, String familyKana, String givenKana, String sex,
                         String sexText, LocalDate birthDate, String birthDateJapanese, Integer age) {
    }

    public record Action(String what, String who, String notes, boolean statutory) {
    }

    public record Service(int number, String nameJa, boolean present, LocalDate periodFrom, LocalDate periodTo,
                          Integer amountPerMonth, String use, String trainingType, String notes,
                          boolean applicationAttached, String applicationFile) {
    }

    public record Scheme(boolean present, String text) {
    }

    /** {@code kindJa}: 支援決定, 確認 or both. */
    public record Decision(String kindJa, List<Integer> decided, boolean confirmation, LocalDate decidedOn,
                           String recordedBy) {
    }

    /** What {@code ProcedureRule} asks of this plan. */
    public record ProcedureView(boolean applicationNeeded, boolean meetingRequired, List<Integer> decided,
                                boolean confirmation, List<Integer> attachmentsRequired, boolean decisionNeeded) {
        static ProcedureView of(Procedure p) {
            return new ProcedureView(p.applicationNeeded(), p.meetingRequired(), numbers(p.decided()), p.confirmation(),
                    numbers(p.attachmentsRequired()), p.decisionNeeded());
        }
    }

    static PlanView of(Plan plan, SupportCase c, PersonDetails p, List<LocalDate> meetingDates, PlanDecision decision,
                       LocalDate today) {
        PlanDraft d = plan.draft();
        Person person = new Person(p.familyName(), p.givenName(), p.familyKana(), p.givenKana(),
                p.sex() == null ? null : p.sex().name(), p.sexText(), p.birthDate(),
                p.birthDate() == null ? null : JapaneseDates.format(p.birthDate()),
                JapaneseDates.age(p.birthDate(), plan.planDate() == null ? today : plan.planDate()));
        return new PlanView(plan.id(), c.id(), c.caseNumber(), plan.edition().planNumber(), plan.edition().revision(),
                plan.edition().roundLabelJa(), plan.edition().labelJa(), plan.status().name(), plan.planDate(),
                plan.author(), person, d.issues(), d.longTermGoal(), d.planTarget(),
                d.actions().stream().map(a -> new Action(a.what(), a.who().name(), a.notes(), a.statutory())).toList(),
                d.services().stream().map(s -> new Service(s.number(),
                        StatutoryService.byNumber(s.number()).map(StatutoryService::nameJa).orElse(null), s.present(),
                        s.periodFrom(), s.periodTo(), s.amountPerMonth(), s.use() == null ? null : s.use().name(),
                        s.trainingType() == null ? null : s.trainingType().name(), s.notes(), s.applicationAttached(),
                        s.applicationFile())).toList(),
                new Scheme(d.loan().present(), d.loan().text()),
                new Scheme(d.employmentPromotion().present(), d.employmentPromotion().text()),
                d.endDate(), d.nextMonitoring(), d.consentDate(), d.appliedServicesSigned(),
                meetingDates.stream().sorted().limit(3).toList(),
                decision == null ? null : new Decision(decision.kindJa(), numbers(decision.decided()),
                        decision.confirmation(), decision.decidedOn(), decision.recordedBy()),
                ProcedureView.of(d.procedure()), plan.version());
    }

    /** The plan as a draft again, to be revised or taken as the start of a re-plan. */
    public PlanDraft draft() {
        return new PlanDraft(planDate, issues, longTermGoal, planTarget,
                actions.stream().map(a -> new PlanDraft.Action(a.what(),
                        ActionOwner.valueOf(a.who()), a.notes(), a.statutory())).toList(),
                services.stream().map(s -> new PlanDraft.Service(s.number(), s.present(), s.periodFrom(), s.periodTo(),
                        s.amountPerMonth(), s.use() == null ? null : ServiceUse.valueOf(s.use()),
                        s.trainingType() == null ? null : TrainingType.valueOf(s.trainingType()),
                        s.notes(), s.applicationAttached(), s.applicationFile())).toList(),
                new PlanDraft.Scheme(loan.present(), loan.text()),
                new PlanDraft.Scheme(employmentPromotion.present(), employmentPromotion.text()),
                endDate, nextMonitoring, consentDate, appliedServicesSigned);
    }

    private static List<Integer> numbers(java.util.Set<StatutoryService> services) {
        return services.stream().map(StatutoryService::number).toList();
    }
}
