package jp.tomoni.application.casework;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jp.tomoni.application.audit.AuditTrail;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.casework.CaseRepository;
import jp.tomoni.domain.casework.SupportCase;
import jp.tomoni.domain.casework.plan.Closure;
import jp.tomoni.domain.casework.plan.Evaluation;
import jp.tomoni.domain.casework.plan.Monitoring;
import jp.tomoni.domain.casework.plan.Plan;
import jp.tomoni.domain.casework.plan.PlanRepository;
import jp.tomoni.domain.casework.plan.PlanStatus;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.NotFoundException;

/**
 * After the decision: モニタリング of the plan in delivery, the 評価シート, and 終結 / 中断 —
 * proposed, heard by a 支援調整会議 ({@link MeetingService}), then confirmed with the follow-up.
 */
@ApplicationScoped
public class SupportEndService {
    @Inject
    CaseRepository cases;
    @Inject
    PlanRepository plans;
    @Inject
    PlanService planService;
    @Inject
    CaseAccess access;
    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** A monitoring of the plan in delivery; its next month, if given, becomes the plan's and the case's next due date. */
    @Transactional
    public Monitoring monitor(UUID caseId, Monitoring.Draft draft) {
        CurrentTenant t = TenantContext.require();
        access.edit(caseId, "monitoring.add");
        Plan plan = planService.currentPlan(caseId).filter(p -> p.status() == PlanStatus.IN_DELIVERY)
                .orElseThrow(() -> invalid("plan", "monitoring.noPlanInDelivery"));
        InvalidInputException.throwIfAny(draft.violations(CaseDates.today(clock)));
        Monitoring m = Monitoring.record(plan, draft, t.actor(), clock.instant());
        cases.add(m);
        if (draft.nextMonitoring() != null) {
            plan.scheduleMonitoring(draft.nextMonitoring(), t.actor(), clock.instant());
        }
        cases.flush();
        cases.refreshNextDue(caseId);
        return m;
    }

    /** The caller's cases whose monitoring month has come and which have no monitoring yet: a reminder on "today". */
    @Transactional
    public List<PlanRepository.MonitoringDue> monitoringDue() {
        CurrentTenant t = CaseAccess.requireCaseworker();
        audit.record("list", "today.monitoring", t.actor());
        return plans.monitoringDueOf(t.actor(), CaseDates.today(clock));
    }

    @Transactional
    public List<Monitoring> monitoring(UUID caseId) {
        access.read(caseId, "read.monitoring");
        return plans.monitoring(caseId);
    }

    /** A 評価シート, about the current plan (or the last one). */
    @Transactional
    public Evaluation evaluate(UUID caseId, Evaluation.Draft draft) {
        CurrentTenant t = TenantContext.require();
        access.edit(caseId, "evaluation.add");
        InvalidInputException.throwIfAny(draft.violations(CaseDates.today(clock)));
        List<Plan> all = plans.plans(caseId);
        UUID planId = planService.currentPlan(caseId).map(Plan::id)
                .orElse(all.isEmpty() ? null : all.get(all.size() - 1).id());
        Evaluation e = Evaluation.record(t.tenantId(), caseId, planId, draft, t.actor(), clock.instant());
        cases.add(e);
        cases.flush();
        return e;
    }

    @Transactional
    public List<Evaluation> evaluations(UUID caseId) {
        access.read(caseId, "read.evaluations");
        return plans.evaluations(caseId);
    }

    /** Proposes 終結 or 中断; it goes on the agenda of the next meeting. One pending closure per case. */
    @Transactional
    public Closure propose(UUID caseId, Closure.Draft draft) {
        CurrentTenant t = TenantContext.require();
        access.edit(caseId, "closure.propose");
        SupportCase c = cases.lock(caseId).orElseThrow(() -> new NotFoundException(CaseAccess.ENTITY));
        if (!c.status().isOpen()) {
            throw invalid("case", "case.closed");
        }
        if (plans.closures(caseId).stream().anyMatch(k -> k.status() != Closure.Status.CONFIRMED)) {
            throw invalid("closure", "closure.pending");
        }
        InvalidInputException.throwIfAny(draft.violations(CaseDates.today(clock)));
        Closure k = Closure.propose(t.tenantId(), caseId, planService.currentPlan(caseId).map(Plan::id).orElse(null),
                draft, t.actor(), clock.instant());
        cases.add(k);
        cases.flush();
        return k;
    }

    @Transactional
    public List<Closure> closures(UUID caseId) {
        access.read(caseId, "read.closures");
        return plans.closures(caseId);
    }

    /** After the meeting heard it: the case is TERMINATED or SUSPENDED, its plan closed, the follow-up decided. */
    @Transactional
    public Closure confirm(UUID caseId, UUID closureId, Closure.Confirmation confirmation, long expectedVersion) {
        CurrentTenant t = TenantContext.require();
        SupportCase c = access.edit(caseId, "closure.confirm");
        Closure k = plans.closure(closureId).filter(x -> x.caseId().equals(caseId))
                .orElseThrow(() -> new NotFoundException("closure"));
        CaseService.expectVersion(k.version(), expectedVersion, "closure");
        k.confirm(confirmation, t.actor(), CaseDates.today(clock));
        planService.currentPlan(caseId).ifPresent(p -> p.close(t.actor(), clock.instant()));
        c.moveTo(k.kind().caseStatus(), clock.instant());
        cases.flush();
        cases.refreshNextDue(caseId);
        return k;
    }

    private static InvalidInputException invalid(String field, String code) {
        return new InvalidInputException(List.of(FieldViolation.of(field, code)));
    }
}
