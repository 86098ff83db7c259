package jp.tomoni.application.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;

import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.casework.CaseRepository;
import jp.tomoni.domain.casework.CaseStatus;
import jp.tomoni.domain.casework.SupportCase;
import jp.tomoni.domain.casework.meeting.CoordinationMeeting;
import jp.tomoni.domain.casework.meeting.MeetingCase;
import jp.tomoni.domain.casework.meeting.MeetingRepository;
import jp.tomoni.domain.casework.meeting.MeetingStatus;
import jp.tomoni.domain.casework.plan.DecisionDraft;
import jp.tomoni.domain.casework.plan.Plan;
import jp.tomoni.domain.casework.plan.PlanDecision;
import jp.tomoni.domain.casework.plan.PlanDraft;
import jp.tomoni.domain.casework.plan.PlanEdition;
import jp.tomoni.domain.casework.plan.PlanNumbering;
import jp.tomoni.domain.casework.plan.PlanRepository;
import jp.tomoni.domain.casework.plan.PlanRevision;
import jp.tomoni.domain.casework.plan.PlanStatus;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.NotFoundException;

/** The plan (プラン兼事業等利用申込書): writing it, 修正 and 再プラン, and the municipality's 支援決定・確認. */
@ApplicationScoped
public class PlanService {
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    CaseRepository cases;
    @Inject
    PlanRepository plans;
    @Inject
    MeetingRepository meetings;
    @Inject
    AssessmentService assessment;
    @Inject
    CaseAccess access;

    Clock clock = Clock.systemUTC();

    /**
     * The case's first plan (or the next one after all were closed). Every ※ item of the assessment
     * must be answered first; the case moves to PLANNING.
     */
    @Transactional
    public PlanView create(UUID caseId, PlanDraft draft) {
        CurrentTenant t = TenantContext.require();
        access.edit(caseId, "plan.create");
        SupportCase c = cases.lock(caseId).orElseThrow(() -> new NotFoundException(CaseAccess.ENTITY));
        if (!c.status().isOpen()) {
            throw invalid("case", "case.closed");
        }
        List<Plan> existing = plans.plans(caseId);
        if (existing.stream().anyMatch(p -> p.status().isOpen())) {
            throw invalid("plan", "plan.exists");
        }
        InvalidInputException.throwIfAny(assessment.missingForPlan(caseId));
        InvalidInputException.throwIfAny(draft.violations(CaseDates.today(clock)));
        PlanEdition edition = existing.isEmpty() ? PlanEdition.INITIAL
                : PlanNumbering.replan(existing.get(existing.size() - 1).edition());
        Plan plan = Plan.write(t.tenantId(), caseId, edition, draft, t.actor(), clock.instant());
        cases.add(plan);
        if (c.status() == CaseStatus.INTAKE || c.status() == CaseStatus.ASSESSMENT) {
            c.moveTo(CaseStatus.PLANNING, clock.instant());
        }
        cases.flush();
        return view(c, plan);
    }

    @Transactional
    public List<PlanView> plans(UUID caseId) {
        SupportCase c = access.read(caseId, "read.plans");
        return plans.plans(caseId).stream().map(p -> view(c, p)).toList();
    }

    @Transactional
    public PlanView plan(UUID caseId, UUID planId) {
        SupportCase c = access.read(caseId, "read.plan");
        return view(c, planOf(caseId, planId));
    }

    /** The plan as it was before each revision, oldest first. */
    @Transactional
    public List<PlanRevision> revisions(UUID caseId, UUID planId) {
        access.read(caseId, "read.plan.revisions");
        return plans.revisions(planOf(caseId, planId).id());
    }

    /**
     * A 修正 of the plan the caller read at {@code expectedVersion}: same number, revision + 1, the
     * previous content kept as a snapshot. A change of statutory services is refused (re-plan instead).
     */
    @Transactional
    public PlanView revise(UUID caseId, UUID planId, PlanDraft draft, long expectedVersion) {
        CurrentTenant t = TenantContext.require();
        SupportCase c = access.edit(caseId, "plan.revise");
        Plan plan = planOf(caseId, planId);
        CaseService.expectVersion(plan.version(), expectedVersion, "plan");
        InvalidInputException.throwIfAny(draft.violations(CaseDates.today(clock)));
        PlanRevision before = PlanRevision.before(plan, snapshot(plan), t.actor(), clock.instant());
        plan.revise(draft, t.actor(), clock.instant());
        cases.add(before);
        cases.flush();
        cases.refreshNextDue(caseId);
        return view(c, plan);
    }

    /** A 再プラン: the current plan is closed and a new one, numbered next, goes to the meeting. */
    @Transactional
    public PlanView replan(UUID caseId, UUID planId, PlanDraft draft, long expectedVersion) {
        CurrentTenant t = TenantContext.require();
        access.edit(caseId, "plan.replan");
        SupportCase c = cases.lock(caseId).orElseThrow(() -> new NotFoundException(CaseAccess.ENTITY));
        if (!c.status().isOpen()) {
            throw invalid("case", "case.closed");
        }
        Plan previous = planOf(caseId, planId);
        CaseService.expectVersion(previous.version(), expectedVersion, "plan");
        if (!previous.status().isOpen()) {
            throw invalid("plan", "plan.closed", previous.status().name());
        }
        InvalidInputException.throwIfAny(draft.violations(CaseDates.today(clock)));
        previous.close(t.actor(), clock.instant());
        cases.flush(); // the old plan is closed before the new one takes the case's one open slot
        Plan next = Plan.write(t.tenantId(), caseId, PlanNumbering.replan(previous.edition()), draft, t.actor(),
                clock.instant());
        cases.add(next);
        cases.flush();
        cases.refreshNextDue(caseId);
        return view(c, next);
    }

    /**
     * The 支援決定・確認, recorded by a municipal officer once a meeting approved the plan: exactly the
     * decision and confirmation {@code ProcedureRule} asks for. Support starts: plan IN_DELIVERY, case IN_SUPPORT.
     */
    @Transactional
    public PlanView decide(UUID caseId, UUID planId, DecisionDraft draft) {
        CurrentTenant t = TenantContext.require();
        SupportCase c = access.decide(caseId, "plan.decide");
        Plan plan = planOf(caseId, planId);
        boolean approved = meetings.hearingsOfCase(caseId).stream()
                .anyMatch(h -> planId.equals(h.planId()) && h.outcome() != null && h.outcome().approves());
        if (!approved || plan.status() != PlanStatus.AWAITING_DECISION) {
            throw invalid("plan", "plan.notApproved", plan.status().name());
        }
        InvalidInputException.throwIfAny(draft.violations(plan.draft(), CaseDates.today(clock)));
        PlanDecision decision = PlanDecision.record(plan, draft, t.actor(), clock.instant());
        cases.add(decision);
        plan.deliver(decision, t.actor(), clock.instant());
        c.moveTo(CaseStatus.IN_SUPPORT, clock.instant());
        cases.flush();
        cases.refreshNextDue(caseId);
        return view(c, plan);
    }

    /** The plan form's read model, for a renderer (PDF) or any other reader. */
    @Transactional
    public PlanView view(UUID caseId, UUID planId) {
        return plan(caseId, planId);
    }

    Plan planOf(UUID caseId, UUID planId) {
        return plans.find(planId).filter(p -> p.caseId().equals(caseId)).orElseThrow(() -> new NotFoundException("plan"));
    }

    /** The case's plan that is not closed, if any. */
    java.util.Optional<Plan> currentPlan(UUID caseId) {
        return plans.plans(caseId).stream().filter(p -> p.status().isOpen()).findFirst();
    }

    private PlanView view(SupportCase c, Plan plan) {
        List<LocalDate> dates = new ArrayList<>();
        for (MeetingCase h : meetings.hearingsOfCase(c.id())) {
            if (plan.id().equals(h.planId())) {
                meetings.find(h.meetingId()).filter(m -> m.status() == MeetingStatus.HELD)
                        .map(CoordinationMeeting::heldOn).ifPresent(dates::add);
            }
        }
        return PlanView.of(plan, c, cases.client(c.clientId()).details(), dates, plans.decision(plan.id()).orElse(null),
                CaseDates.today(clock));
    }

    public record Snapshot(int planNumber, int revision, String status, PlanDraft plan, java.time.Instant updatedAt,
                            String updatedBy) {
    }

    /** The plan as JSON, as it stands before a revision. */
    static String snapshot(Plan plan) {
        return JSON.toJson(new Snapshot(plan.edition().planNumber(), plan.edition().revision(), plan.status().name(),
                plan.draft(), plan.updatedAt(), plan.updatedBy()));
    }

    private static InvalidInputException invalid(String field, String code, Object... args) {
        return new InvalidInputException(List.of(FieldViolation.of(field, code, args)));
    }
}
