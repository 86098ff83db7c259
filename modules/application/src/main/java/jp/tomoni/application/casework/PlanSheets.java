package jp.tomoni.application.casework;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.tomoni.documents.PlanSheet;

/** The plan as the national form's sheet: the one mapping from the casework read model to the PDF. */
final class PlanSheets {
    private static final Map<String, String> USE = Map.of("APPLYING", "申込中", "RECEIVED", "既受給", "USED", "既利用",
            "PLANNED", "申込予定");

    private PlanSheets() {
    }

    static PlanSheet of(PlanView p, String contact) {
        PlanView.Person who = p.person();
        Map<Integer, PlanView.Service> byNumber = p.services().stream()
                .collect(Collectors.toMap(PlanView.Service::number, Function.identity()));
        PlanSheet.Edition edition = p.planNumber() == 1 ? PlanSheet.Edition.initial()
                : PlanSheet.Edition.replan(p.planNumber() - 1);
        if (p.revision() > 0) {
            edition = edition.revised(p.revision());
        }
        String sex = who.sex() == null ? null : switch (who.sex()) {
            case "MALE" -> "男性";
            case "FEMALE" -> "女性";
            default -> who.sexText();
        };
        PlanView.Decision d = p.decision();
        PlanSheet.Decision decision = d == null || d.decidedOn() == null ? PlanSheet.Decision.BLANK
                : new PlanSheet.Decision(!d.decided().isEmpty() && d.confirmation() ? PlanSheet.DecisionKind.BOTH
                        : d.decided().isEmpty() ? PlanSheet.DecisionKind.CONFIRMATION : PlanSheet.DecisionKind.SUPPORT_DECISION,
                        d.decidedOn());
        return PlanSheet.builder()
                .id(p.caseNumber())
                .planDate(p.planDate())
                .edition(edition)
                .author(p.author())
                .furigana(join(who.familyKana(), who.givenKana()))
                .name(join(who.familyName(), who.givenName()))
                .sex(sex)
                .birthDate(who.birthDate())
                .issues(p.issues())
                .longTermGoal(p.longTermGoal())
                .planTarget(p.planTarget())
                .actions(p.actions().stream().map(a -> new PlanSheet.Action(a.what(), actor(a.who()), a.notes(),
                        a.statutory())).toList())
                .services(new PlanSheet.StatutoryServices(service(byNumber.get(1), true), service(byNumber.get(2), false),
                        service(byNumber.get(3), true), service(byNumber.get(4), false), service(byNumber.get(5), false),
                        service(byNumber.get(6), false)))
                .livelihoodLoan(scheme(p.loan()))
                .employmentPromotion(scheme(p.employmentPromotion()))
                .planEndDate(p.endDate())
                .nextMonitoring(p.nextMonitoring() == null ? null : YearMonth.from(p.nextMonitoring()))
                .consent(new PlanSheet.Consent(p.consentDate(), p.appliedServicesSigned()))
                .meetingDates(p.meetingDates().stream().limit(PlanSheet.MAX_MEETINGS).toArray(LocalDate[]::new))
                .decision(decision)
                .contact(contact)
                .build();
    }

    private static PlanSheet.Actor actor(String who) {
        return switch (who) {
            case "PERSON" -> PlanSheet.Actor.PERSON;
            case "FAMILY" -> PlanSheet.Actor.FAMILY;
            case "AGENCY" -> PlanSheet.Actor.AGENCY;
            default -> PlanSheet.Actor.OTHER;
        };
    }

    /** Services 1 and 3 are counted in months on the form, the others in days. */
    private static PlanSheet.StatutoryService service(PlanView.Service s, boolean monthly) {
        if (s == null) {
            return PlanSheet.StatutoryService.BLANK;
        }
        if (!s.present()) {
            return PlanSheet.StatutoryService.NOT_USED;
        }
        return new PlanSheet.StatutoryService(true, period(s.periodFrom(), monthly), period(s.periodTo(), monthly),
                s.amountPerMonth(), s.use() == null ? null : USE.get(s.use()),
                s.trainingType() == null ? null : PlanSheet.TrainingType.valueOf(s.trainingType()), s.notes());
    }

    private static java.time.temporal.Temporal period(LocalDate d, boolean monthly) {
        return d == null ? null : monthly ? YearMonth.from(d) : d;
    }

    private static PlanSheet.RelatedScheme scheme(PlanView.Scheme s) {
        return s == null ? PlanSheet.RelatedScheme.BLANK : new PlanSheet.RelatedScheme(s.present(), s.text());
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + " " + b;
    }
}
