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

    Clock clock = Clock.systemUTC();

    /** A case's promises, and what its appointment history says. */
    public record CasePromises(List<CasePromise> promises, long missedAppointments, boolean homeVisitSuggested) {
    }

    @Transactional
    public CasePromise promise(UUID caseId, PromiseDraft draft) {
        CurrentTenant t = TenantContext.require();
        access.edit(caseId, "promise.add");
        CasePromise p = CasePromise.make(t.tenantId(), caseId, draft, t.actor(), clock.instant());
        promises.add(p);
        cases.flush();
        cases.refreshNextDue(caseId);
        return p;
    }

    /** Closes a promise the caller last saw at {@code expectedVersion}; appointments say how they went. */
    @Transactional
    public CasePromise close(UUID caseId, UUID promiseId, AppointmentOutcome outcome, long expectedVersion) {
        access.edit(caseId, "promise.close");
        CasePromise p = promises.find(promiseId).filter(x -> x.caseId().equals(caseId))
                .orElseThrow(() -> new NotFoundException("promise"));
        CaseService.expectVersion(p.version(), expectedVersion, "promise");
        p.close(outcome, clock.instant());
        cases.flush();
        cases.refreshNextDue(caseId);
        return p;
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
