package jp.tomoni.domain.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.PersonRules;

/**
 * 相談受付・申込票 as a worker fills it in: who the person is, who came, what troubles them (○ any
 * number of areas, ◎ exactly one main one) and in their own words what they want.
 */
public record IntakeDraft(PersonDetails person, LocalDate receivedOn, VisitorKind visitorKind, String visitorName,
                          String visitorPhone, String visitorRelation, Set<ProblemArea> problemAreas,
                          ProblemArea mainProblem, String problemOther, String complaint, String wishes,
                          boolean povertyRelated, String worker, UUID outreachId) {
    public static final int TEXT_MAX = 4000;

    public IntakeDraft {
        problemAreas = problemAreas == null || problemAreas.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(problemAreas));
        visitorKind = visitorKind == null ? VisitorKind.SELF : visitorKind;
        visitorName = PersonRules.optional(visitorName);
        visitorPhone = PersonRules.optional(visitorPhone);
        visitorRelation = PersonRules.optional(visitorRelation);
        problemOther = PersonRules.optional(problemOther);
        complaint = PersonRules.optional(complaint);
        wishes = PersonRules.optional(wishes);
        worker = PersonRules.optional(worker);
    }

    public List<FieldViolation> violations(LocalDate today) {
        List<FieldViolation> v = new ArrayList<>();
        if (person == null) {
            v.add(FieldViolation.of("familyName", "required"));
        } else {
            v.addAll(person.violations(today));
        }
        if (receivedOn == null) {
            v.add(FieldViolation.of("receivedOn", "required"));
        } else if (receivedOn.isAfter(today)) {
            v.add(FieldViolation.of("receivedOn", "notInFuture"));
        }
        if (visitorKind != VisitorKind.SELF) {
            PersonRules.checkText(v, "visitorName", visitorName, 100);
            if (visitorKind == VisitorKind.FAMILY) {
                PersonRules.checkText(v, "visitorRelation", visitorRelation, 50);
            }
        }
        if (problemAreas.isEmpty()) {
            v.add(FieldViolation.of("problemAreas", "required"));
        }
        if (mainProblem == null) {
            v.add(FieldViolation.of("mainProblem", "required"));
        } else if (!problemAreas.contains(mainProblem)) {
            v.add(FieldViolation.of("mainProblem", "intake.mainProblemNotChosen"));
        }
        if (problemAreas.contains(ProblemArea.OTHER)) {
            PersonRules.checkText(v, "problemOther", problemOther, 200);
        }
        PersonRules.checkText(v, "complaint", complaint, TEXT_MAX);
        PersonRules.checkOptionalText(v, "wishes", wishes, TEXT_MAX);
        return v;
    }
}
