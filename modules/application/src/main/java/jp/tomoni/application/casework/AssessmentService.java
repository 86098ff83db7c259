package jp.tomoni.application.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.casework.CaseRepository;
import jp.tomoni.domain.casework.SupportCase;
import jp.tomoni.domain.casework.assessment.AssessmentAnswer;
import jp.tomoni.domain.casework.assessment.AssessmentChange;
import jp.tomoni.domain.casework.assessment.AssessmentForm;
import jp.tomoni.domain.casework.assessment.AssessmentForms;
import jp.tomoni.domain.casework.assessment.AssessmentItem;
import jp.tomoni.domain.casework.assessment.AssessmentRepository;
import jp.tomoni.domain.casework.assessment.Strength;
import jp.tomoni.domain.casework.assessment.StrengthEntry;
import jp.tomoni.domain.casework.plan.PlanReadiness;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.NotFoundException;

/**
 * The インテーク・アセスメントシート of a case: answers, their history and strengths.
 * <p>Optimistic locking is <b>per item</b>: a save sends, for each item it changes, the version it
 * read (none for an item it saw unanswered). Items are collected over several meetings, often by
 * different staff, so two saves of different items both succeed; the same item saved from a stale
 * screen answers 409 and nothing of that save is kept. Unchanged items are skipped without a check.
 */
@ApplicationScoped
public class AssessmentService {
    @Inject
    CaseRepository cases;
    @Inject
    AssessmentRepository assessments;
    @Inject
    CaseAccess access;

    Clock clock = Clock.systemUTC();

    /** The sheet as it stands, under the form version its answers were given in. */
    public record Sheet(UUID caseId, AssessmentForm form, List<AssessmentAnswer> answers, List<StrengthEntry> strengths,
                        List<String> missingForPlan) {
    }

    @Transactional
    public Sheet sheet(UUID caseId) {
        access.read(caseId, "read.assessment");
        return load(caseId);
    }

    /**
     * Saves {@code answers} (item key → text; blank clears) checked against the sheet's form;
     * {@code versions} holds the version read for each answered item. Only real changes are kept in the history.
     */
    @Transactional
    public Sheet save(UUID caseId, Map<String, String> answers, Map<String, Long> versions) {
        CurrentTenant t = TenantContext.require();
        SupportCase c = access.edit(caseId, "assessment.save");
        Map<String, AssessmentAnswer> existing = new HashMap<>();
        assessments.answers(caseId).forEach(a -> existing.put(a.itemKey(), a));
        AssessmentForm form = formOf(existing.values());
        InvalidInputException.throwIfAny(form.check(answers));
        Instant now = clock.instant();
        for (Map.Entry<String, String> e : answers.entrySet()) {
            AssessmentAnswer a = existing.get(e.getKey());
            if (a == null) {
                if (AssessmentItem.isBlank(e.getValue())) {
                    continue;
                }
                a = AssessmentAnswer.first(t.tenantId(), c.id(), e.getKey(), form.id());
                cases.add(a);
            } else {
                Long seen = versions.get(e.getKey());
                String value = AssessmentItem.isBlank(e.getValue()) ? null : e.getValue().strip();
                if (java.util.Objects.equals(value, a.value())) {
                    continue;
                }
                if (seen == null || seen != a.version()) {
                    throw new OptimisticLockException("assessment item " + e.getKey() + " is at version " + a.version());
                }
            }
            AssessmentChange change = a.answer(e.getValue(), t.actor(), now);
            if (change != null) {
                cases.add(change);
            }
        }
        cases.flush();
        return load(caseId);
    }

    /** Every change, oldest first: who changed which item when, from what to what. */
    @Transactional
    public List<AssessmentChange> history(UUID caseId) {
        access.read(caseId, "read.assessment.history");
        return assessments.changes(caseId);
    }

    @Transactional
    public StrengthEntry addStrength(UUID caseId, Strength strength) {
        CurrentTenant t = TenantContext.require();
        access.edit(caseId, "strength.add");
        InvalidInputException.throwIfAny(strength.violations());
        StrengthEntry s = StrengthEntry.of(t.tenantId(), caseId, strength, t.actor(), clock.instant());
        cases.add(s);
        cases.flush();
        return s;
    }

    /** Removes from the map; the row stays with who removed it. */
    @Transactional
    public void removeStrength(UUID caseId, UUID strengthId) {
        CurrentTenant t = TenantContext.require();
        access.edit(caseId, "strength.remove");
        StrengthEntry s = assessments.strength(strengthId).filter(x -> x.caseId().equals(caseId) && !x.isRemoved())
                .orElseThrow(() -> new NotFoundException("strength"));
        s.remove(t.actor(), clock.instant());
        cases.flush();
    }

    /** The ※ items still unanswered, as violations; for {@link PlanService} (the caller has passed the case gate). */
    List<FieldViolation> missingForPlan(UUID caseId) {
        List<AssessmentAnswer> answers = assessments.answers(caseId);
        return PlanReadiness.missing(formOf(answers), values(answers));
    }

    private Sheet load(UUID caseId) {
        List<AssessmentAnswer> answers = assessments.answers(caseId);
        AssessmentForm form = formOf(answers);
        return new Sheet(caseId, form, answers, assessments.strengths(caseId),
                PlanReadiness.missing(form, values(answers)).stream().map(FieldViolation::field).toList());
    }

    /** The version the answers were given in; a sheet not yet started uses the one in force. */
    private static AssessmentForm formOf(java.util.Collection<AssessmentAnswer> answers) {
        return answers.stream().findFirst().flatMap(a -> AssessmentForms.byId(a.formId()))
                .orElseGet(AssessmentForms::current);
    }

    private static Map<String, String> values(List<AssessmentAnswer> answers) {
        Map<String, String> out = new HashMap<>();
        answers.stream().filter(a -> a.value() != null).forEach(a -> out.put(a.itemKey(), a.value()));
        return out;
    }
}
