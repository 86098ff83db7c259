package jp.tomoni.application.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jp.tomoni.application.audit.AuditTrail;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.casework.CaseRepository;
import jp.tomoni.domain.casework.TimelineEvent;
import jp.tomoni.domain.casework.promise.AppointmentOutcome;
import jp.tomoni.domain.casework.promise.CasePromise;
import jp.tomoni.domain.casework.promise.PromiseDraft;
import jp.tomoni.domain.casework.promise.PromiseRepository;
import jp.tomoni.domain.casework.promise.PromiseRules;
import jp.tomoni.domain.shared.NotFoundException;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.casework.SupportCase;
import jp.tomoni.domain.casework.promise.PromiseKind;
import jp.tomoni.domain.employment.CancellationRule;
import jp.tomoni.application.tenant.TenantStore;

/** Appointments, call-backs and documents promised to the person; a worker's list of what is due today. */
@ApplicationScoped
public class PromiseService implements TimelineSource {

    @Inject
    PromiseRepository promises;
    @Inject
    CaseRepository cases;
    @Inject
    CaseAccess access;
    @Inject
    AuditTrail audit;

    @Inject
    TenantStore tenants;
    @Inject
    jakarta.enterprise.event.Event<RetentionPromiseClosed> retentionPromiseClosed;

    Clock clock = Clock.systemUTC();
    /** The home visit after repeated cancellations is due within this many days. */
    static final int HOME_VISIT_WITHIN_DAYS = 7;

    /** A case's promises, and what its appointment history says. */
    public record CasePromises(List<CasePromise> promises, long missedAppointments, boolean homeVisitSuggested) {
    }

    @Transactional
    public CasePromise promise(UUID caseId, PromiseDraft draft) {
        CurrentTenant t = TenantContext.require();
        access.edit(caseId, "promise.add");
        if (draft.kind() != null && !PromiseKind.MANUAL.contains(draft.kind())) {
            // interviews, employer visits and follow-ups come from a retention plan, not by hand
            throw new InvalidInputException(List.of(FieldViolation.of("kind", "invalidChoice")));
        }
        CasePromise p = CasePromise.make(t.tenantId(), caseId, draft, t.actor(), clock.instant());
        promises.add(p);
        cases.flush();
        cases.refreshNextDue(caseId);
        return p;
    }

    /** Closes a promise the caller last saw at {@code expectedVersion}; appointments say how they went. */
    @Transactional
    public CasePromise close(UUID caseId, UUID promiseId, AppointmentOutcome outcome, long expectedVersion) {
        CurrentTenant t = TenantContext.require();
        SupportCase c = access.edit(caseId, "promise.close");
        CasePromise p = promises.find(promiseId).filter(x -> x.caseId().equals(caseId))
                .orElseThrow(() -> new NotFoundException("promise"));
        CaseService.expectVersion(p.version(), expectedVersion, "promise");
        p.close(outcome, clock.instant());
        if (p.outcome() != null && p.outcome().isUnkept()) {
            homeVisitIfDue(t, c);
        }
        if (p.retentionPlanId() != null) {
            retentionPromiseClosed.fire(new RetentionPromiseClosed(t.tenantId(), p.retentionPlanId()));
        }
        cases.flush();
        cases.refreshNextDue(caseId);
        return p;
    }

    /**
     * D-7: when the person has now called off (or missed) the tenant's number of appointments in a row,
     * the worker gets a home visit to make, once per run.
     */
    private void homeVisitIfDue(CurrentTenant t, SupportCase c) {
        var appointments = promises.ofCase(c.id()).stream().map(CasePromise::appointment).filter(Objects::nonNull).toList();
        int threshold = tenants.find(t.tenantId()).map(d -> d.homeVisitAfterCancellations())
                .orElse(CancellationRule.DEFAULT_THRESHOLD);
        int run = PromiseRules.unkeptInARow(appointments);
        if (CancellationRule.homeVisitTaskDue(run, threshold)) {
            Instant now = clock.instant();
            promises.add(CasePromise.make(t.tenantId(), c.id(), new PromiseDraft(PromiseKind.HOME_VISIT,
                    "約束のキャンセルが" + run + "回続いたため家庭訪問する", c.worker(),
                    CaseDates.endOf(CaseDates.today(clock).plusDays(HOME_VISIT_WITHIN_DAYS))), t.actor(), now));
        }
    }

    @Transactional
    public CasePromises ofCase(UUID caseId) {
        access.read(caseId, "read.promises");
        List<CasePromise> list = promises.ofCase(caseId);
        var appointments = list.stream().map(CasePromise::appointment).filter(Objects::nonNull).toList();
        return new CasePromises(list, PromiseRules.missedCount(appointments), PromiseRules.needsHomeVisit(appointments));
    }

    /** The caller's "today": every open promise of theirs due by the end of today, overdue ones first. */
    @Transactional
    public List<PromiseRepository.DuePromise> today() {
        CurrentTenant t = CaseAccess.requireCaseworker();
        Instant endOfToday = CaseDates.today(clock).plusDays(1).atStartOfDay(CaseDates.ZONE).toInstant();
        audit.record("list", "today", t.actor());
        return promises.openOf(t.actor(), endOfToday.plus(PromiseRules.AT_RISK_WINDOW));
    }

    @Override
    public List<TimelineEvent> events(UUID caseId) {
        return promises.ofCase(caseId).stream().map(p -> new TimelineEvent(p.dueAt(),
                "promise." + p.kind().name(), p.owner(),
                p.description() + (p.outcome() == null ? "" : "（" + p.outcome().name() + "）"), p.id())).toList();
    }

    public Instant now() {
        return clock.instant();
    }
}
