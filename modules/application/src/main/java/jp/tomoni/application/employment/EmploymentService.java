package jp.tomoni.application.employment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jp.tomoni.application.casework.CaseAccess;
import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.application.casework.CaseService;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.casework.CaseRepository;
import jp.tomoni.domain.casework.SupportCase;
import jp.tomoni.domain.casework.promise.CasePromise;
import jp.tomoni.domain.casework.promise.PromiseKind;
import jp.tomoni.domain.casework.promise.PromiseRepository;
import jp.tomoni.domain.employment.ContactKind;
import jp.tomoni.domain.employment.Employment;
import jp.tomoni.domain.employment.EmploymentRepository;
import jp.tomoni.domain.employment.EmploymentSupport;
import jp.tomoni.domain.employment.JobActivity;
import jp.tomoni.domain.employment.JobEndKind;
import jp.tomoni.domain.employment.JobEnding;
import jp.tomoni.domain.employment.JobStart;
import jp.tomoni.domain.employment.Readiness;
import jp.tomoni.domain.employment.RetentionContact;
import jp.tomoni.domain.employment.RetentionPlan;
import jp.tomoni.domain.employment.RetentionRisk;
import jp.tomoni.domain.employment.RetentionSchedule;
import jp.tomoni.domain.employment.RiskAssessment;
import jp.tomoni.domain.employment.ScheduledContact;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.NotFoundException;

/**
 * Employment support on a case (readiness, Hello Work, job search) and job retention after work
 * starts: the retention plan with its monthly interviews and employer visits as promises, contacts
 * with the warning signs seen, and what follows a job leaving or a job change (D-7, E-1).
 */
@ApplicationScoped
public class EmploymentService {
    /** After a job loss: contacts about every two weeks for this long (D-7). */
    static final int WEEKS_AFTER_LEAVING = 12;
    /** A new plan after a job loss is due within this many days. */
    static final int NEW_PLAN_WITHIN_DAYS = 14;

    @Inject
    EmploymentRepository employment;
    @Inject
    PromiseRepository promises;
    @Inject
    CaseRepository cases;
    @Inject
    CaseAccess access;
    @Inject
    jakarta.enterprise.event.Event<RetentionChanged> changed;

    Clock clock = Clock.systemUTC();

    /** Everything of a case's employment and retention support, as the employment tab shows it. */
    public record EmploymentFile(Readiness readiness, long readinessVersion, List<JobActivity> activities,
                                 List<Employment> jobs, List<RetentionPlan> plans, List<RetentionContact> contacts,
                                 List<CasePromise> schedule, RiskAssessment risk) {
        public Optional<RetentionPlan> activePlan() {
            return plans.stream().filter(p -> p.status() == RetentionPlan.Status.ACTIVE).findFirst();
        }
    }

    @Transactional
    public EmploymentFile file(UUID caseId) {
        access.read(caseId, "read.employment");
        return fileOf(caseId);
    }

    EmploymentFile fileOf(UUID caseId) {
        Optional<EmploymentSupport> support = employment.support(caseId);
        List<RetentionPlan> plans = employment.plans(caseId);
        List<RetentionContact> contacts = employment.contacts(caseId);
        Optional<RetentionPlan> active = plans.stream().filter(p -> p.status() == RetentionPlan.Status.ACTIVE).findFirst();
        List<CasePromise> schedule = active.map(p -> employment.openPromises(p.id())).orElse(List.of());
        RiskAssessment risk = active.map(p -> riskOf(p, contacts, schedule)).orElse(null);
        return new EmploymentFile(support.map(EmploymentSupport::readiness).orElse(new Readiness(null, null, null, null, null, null, null)),
                support.map(EmploymentSupport::version).orElse(0L), employment.activities(caseId), employment.jobs(caseId),
                plans, contacts, schedule, risk);
    }

    private RiskAssessment riskOf(RetentionPlan plan, List<RetentionContact> contacts, List<CasePromise> open) {
        Instant now = clock.instant();
        int missed = (int) open.stream().filter(p -> p.dueAt().isBefore(now)).count();
        return RetentionRisk.assess(contacts.stream().filter(c -> plan.id().equals(c.planId())).map(RetentionContact::seen).toList(),
                missed, today());
    }

    /** Writes the readiness assessment and Hello Work registration; {@code expectedVersion} 0 for the first. */
    @Transactional
    public Readiness writeReadiness(UUID caseId, Readiness readiness, long expectedVersion) {
        CurrentTenant t = TenantContext.require();
        access.edit(caseId, "employment.readiness");
        Optional<EmploymentSupport> existing = employment.support(caseId);
        EmploymentSupport s = existing.orElseGet(() -> EmploymentSupport.start(t.tenantId(), caseId));
        // nothing written yet is version 0
        CaseService.expectVersion(existing.map(EmploymentSupport::version).orElse(0L), expectedVersion, "employmentSupport");
        s.write(readiness, t.actor(), clock.instant());
        if (existing.isEmpty()) {
            employment.add(s);
        }
        changed.fire(new RetentionChanged(TenantContext.require().tenantId()));
        return s.readiness();
    }

    @Transactional
    public JobActivity addActivity(UUID caseId, JobActivity.Draft draft) {
        CurrentTenant t = TenantContext.require();
        access.edit(caseId, "employment.activity");
        JobActivity a = JobActivity.record(t.tenantId(), caseId, draft, today(), t.actor(), clock.instant());
        employment.add(a);
        return a;
    }

    /** The person started work: the job, and the retention plan with its monthly schedule (E-1, seed 002). */
    @Transactional
    public RetentionPlan startWork(UUID caseId, JobStart start) {
        CurrentTenant t = TenantContext.require();
        SupportCase c = access.edit(caseId, "employment.start");
        InvalidInputException.throwIfAny(start.violations(true));
        if (employment.activePlan(caseId).isPresent()) {
            throw new InvalidInputException(List.of(FieldViolation.of("employer", "retention.planActive")));
        }
        Instant now = clock.instant();
        Employment job = Employment.start(t.tenantId(), caseId, start, null, t.actor(), now);
        employment.add(job);
        RetentionPlan plan = RetentionPlan.open(t.tenantId(), job, start, c.worker(), t.actor(), now);
        employment.add(plan);
        cases.flush();
        schedule(plan, RetentionSchedule.monthly(plan.startsOn(), plan.months()), t, now);
        changed.fire(new RetentionChanged(TenantContext.require().tenantId()));
        return plan;
    }

    /** Extends the agreed period (up to three years in all); the added months get their interviews and visits. */
    @Transactional
    public RetentionPlan extend(UUID caseId, UUID planId, int toMonths, long expectedVersion) {
        CurrentTenant t = TenantContext.require();
        access.edit(caseId, "retention.extend");
        RetentionPlan plan = planOf(caseId, planId);
        CaseService.expectVersion(plan.version(), expectedVersion, "retentionPlan");
        List<ScheduledContact> added = plan.extendTo(toMonths);
        schedule(plan, added, t, clock.instant());
        changed.fire(new RetentionChanged(TenantContext.require().tenantId()));
        return plan;
    }

    /**
     * Ends retention support when the agreed period is over or the person moves to another organisation
     * (then a 引き継ぎ書 goes with them); the plan's open interviews and visits are closed.
     */
    @Transactional
    public RetentionPlan endPlan(UUID caseId, UUID planId, LocalDate on, String note, long expectedVersion) {
        access.edit(caseId, "retention.end");
        RetentionPlan plan = planOf(caseId, planId);
        CaseService.expectVersion(plan.version(), expectedVersion, "retentionPlan");
        List<FieldViolation> v = new java.util.ArrayList<>();
        if (on == null) {
            v.add(FieldViolation.of("endedOn", "required"));
        } else if (on.isAfter(today())) {
            v.add(FieldViolation.of("endedOn", "notInFuture"));
        } else if (on.isBefore(plan.startsOn())) {
            v.add(FieldViolation.of("endedOn", "employment.end.beforeStart"));
        }
        if (note != null && note.length() > 1000) {
            v.add(FieldViolation.of("note", "tooLong", 1000));
        }
        InvalidInputException.throwIfAny(v);
        plan.end(on, note);
        Instant now = clock.instant();
        employment.openPromises(plan.id()).forEach(p -> p.close(null, now));
        cases.flush();
        cases.refreshNextDue(caseId);
        changed.fire(new RetentionChanged(TenantContext.require().tenantId()));
        return plan;
    }

    /** A contact with the person or the employer; it keeps the schedule's earliest open promise it stands for. */
    @Transactional
    public RetentionContact recordContact(UUID caseId, UUID planId, RetentionContact.Draft draft) {
        CurrentTenant t = TenantContext.require();
        access.edit(caseId, "retention.contact");
        RetentionPlan plan = planId == null ? null : planOf(caseId, planId);
        Instant now = clock.instant();
        RetentionContact contact = RetentionContact.record(t.tenantId(), caseId, plan == null ? null : plan.id(), draft,
                today(), t.actor(), now);
        employment.add(contact);
        PromiseKind kept = promiseKindOf(draft.kind());
        List<CasePromise> open = plan == null
                ? promises.ofCase(caseId).stream().filter(p -> p.doneAt() == null).toList()
                : employment.openPromises(plan.id());
        Instant contactDayStart = draft.contactedOn().atStartOfDay(CaseDates.ZONE).toInstant();
        open.stream().filter(p -> p.kind() == kept && !p.dueAt().isBefore(contactDayStart)).findFirst()
                .ifPresent(p -> p.close(null, now));
        cases.flush();
        cases.refreshNextDue(caseId);
        changed.fire(new RetentionChanged(TenantContext.require().tenantId()));
        return contact;
    }

    /**
     * The job ended (D-7). A job leaving (離職, not wanted) ends the retention plan, closes its open schedule,
     * and sets contacts about every two weeks and a new plan; a job change (転職, wanted) records the new
     * job and the plan goes on with it.
     */
    @Transactional
    public Employment endJob(UUID caseId, UUID jobId, JobEndKind kind, LocalDate endedOn, String reason,
                             JobStart newJob, long expectedVersion) {
        CurrentTenant t = TenantContext.require();
        SupportCase c = access.edit(caseId, "employment.end");
        Employment job = employment.job(jobId).filter(j -> j.caseId().equals(caseId))
                .orElseThrow(() -> new NotFoundException("employment"));
        CaseService.expectVersion(job.version(), expectedVersion, "employment");
        if (kind == JobEndKind.CHANGE && newJob != null) {
            InvalidInputException.throwIfAny(prefixed("newJob.", newJob.violations(false)));
        }
        job.end(kind, endedOn, reason, newJob == null ? null : newJob.employer());
        Instant now = clock.instant();
        JobEnding.Consequence then = JobEnding.of(kind);
        Optional<RetentionPlan> plan = employment.activePlan(caseId).filter(p -> p.employmentId().equals(job.id()));
        if (then.retentionEnds()) {
            plan.ifPresent(p -> {
                p.end(endedOn, kind.labelJa() + ": " + reason);
                employment.openPromises(p.id()).forEach(x -> x.close(null, now));
            });
            LocalDate from = endedOn.isAfter(today()) ? endedOn : today();
            int n = 0;
            for (LocalDate due : RetentionSchedule.fortnightly(from, WEEKS_AFTER_LEAVING)) {
                n++;
                promises.add(CasePromise.scheduled(t.tenantId(), caseId, null, PromiseKind.FOLLOW_UP,
                        "離職後の連絡（" + n + "回目）", c.worker(), CaseDates.endOf(due), t.actor(), now));
            }
            if (then.newPlanNeeded()) {
                promises.add(CasePromise.scheduled(t.tenantId(), caseId, null, PromiseKind.DOCUMENT,
                        "離職後の新しいプラン（再プラン）を本人と作る", c.worker(),
                        CaseDates.endOf(from.plusDays(NEW_PLAN_WITHIN_DAYS)), t.actor(), now));
            }
        } else {
            Employment next = Employment.start(t.tenantId(), caseId, newJob, job.id(), t.actor(), now);
            employment.add(next);
            plan.ifPresent(p -> p.moveTo(next));
        }
        cases.flush();
        cases.refreshNextDue(caseId);
        changed.fire(new RetentionChanged(TenantContext.require().tenantId()));
        return job;
    }

    private static List<FieldViolation> prefixed(String prefix, List<FieldViolation> v) {
        return v.stream().map(x -> FieldViolation.of(prefix + x.field(), x.code(), x.args())).toList();
    }

    private void schedule(RetentionPlan plan, List<ScheduledContact> contacts, CurrentTenant t, Instant now) {
        for (ScheduledContact s : contacts) {
            int month = monthOf(plan.startsOn(), s.due());
            String what = s.kind() == ContactKind.INTERVIEW ? "定着支援の本人面談（" + month + "か月目）"
                    : "職場訪問（" + month + "か月目）";
            promises.add(CasePromise.scheduled(t.tenantId(), plan.caseId(), plan.id(), promiseKindOf(s.kind()), what,
                    plan.owner(), CaseDates.endOf(s.due()), t.actor(), now));
        }
        cases.flush();
        cases.refreshNextDue(plan.caseId());
    }

    /** Which month of the plan a due date closes (1 for the first). */
    static int monthOf(LocalDate start, LocalDate due) {
        int k = 1;
        while (RetentionSchedule.endOf(start, k).isBefore(due)) {
            k++;
        }
        return k;
    }

    static PromiseKind promiseKindOf(ContactKind kind) {
        return switch (kind) {
            case INTERVIEW -> PromiseKind.INTERVIEW;
            case EMPLOYER_VISIT -> PromiseKind.EMPLOYER_VISIT;
            case FOLLOW_UP -> PromiseKind.FOLLOW_UP;
        };
    }

    private RetentionPlan planOf(UUID caseId, UUID planId) {
        return employment.plan(planId).filter(p -> p.caseId().equals(caseId))
                .orElseThrow(() -> new NotFoundException("retentionPlan"));
    }

    LocalDate today() {
        return CaseDates.today(clock);
    }

    public Instant now() {
        return clock.instant();
    }
}
