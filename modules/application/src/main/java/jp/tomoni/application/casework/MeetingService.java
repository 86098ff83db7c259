package jp.tomoni.application.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jp.tomoni.application.audit.AuditTrail;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.casework.CaseAccessRule;
import jp.tomoni.domain.casework.CaseRepository;
import jp.tomoni.domain.casework.PersonDetails;
import jp.tomoni.domain.casework.SupportCase;
import jp.tomoni.domain.casework.meeting.CoordinationMeeting;
import jp.tomoni.domain.casework.meeting.MeetingCase;
import jp.tomoni.domain.casework.meeting.MeetingDraft;
import jp.tomoni.domain.casework.meeting.MeetingRepository;
import jp.tomoni.domain.casework.plan.Closure;
import jp.tomoni.domain.casework.plan.MeetingTrigger;
import jp.tomoni.domain.casework.plan.Plan;
import jp.tomoni.domain.casework.plan.PlanRepository;
import jp.tomoni.domain.casework.plan.PlanStatus;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.NotFoundException;

/**
 * 支援調整会議: tenant-level, written by caseworkers and read by municipal officers too. Putting a
 * case on a meeting, and recording its outcome, goes through the case gate ({@link CaseAccess#edit}).
 * An outcome takes effect once: approved (also after the fact) → the plan waits for the decision,
 * or the closure counts as reported; to revise → the plan goes back to draft, the closure stays proposed.
 */
@ApplicationScoped
public class MeetingService {
    @Inject
    MeetingRepository meetings;
    @Inject
    PlanRepository plans;
    @Inject
    CaseRepository cases;
    @Inject
    CaseAccess access;
    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** A meeting with the cases it hears. */
    public record MeetingFile(CoordinationMeeting meeting, List<MeetingCase> cases) {
    }

    /**
     * A case waiting for a meeting: a new plan or re-plan, or a proposed termination or suspension.
     * {@code since}: the person's consent to the plan (when it began to wait), or the day the closure was proposed.
     */
    public record AgendaCandidate(UUID caseId, String caseNumber, String personName, MeetingTrigger trigger, UUID planId,
                                  UUID closureId, String label, LocalDate since) {
    }

    @Transactional
    public MeetingFile create(MeetingDraft draft) {
        CurrentTenant t = CaseAccess.requireCaseworker();
        InvalidInputException.throwIfAny(draft.violations(CaseDates.today(clock)));
        CoordinationMeeting m = CoordinationMeeting.schedule(t.tenantId(), draft, t.actor(), clock.instant());
        cases.add(m);
        cases.flush();
        hear(t, m, draft, new ArrayList<>());
        cases.flush();
        audit.record("create", "meeting", m.id().toString());
        return new MeetingFile(m, meetings.casesOf(m.id()));
    }

    /** Changes the meeting the caller read at {@code expectedVersion}: attendees, cases, outcomes, minutes, resources. */
    @Transactional
    public MeetingFile update(UUID meetingId, MeetingDraft draft, long expectedVersion) {
        CurrentTenant t = CaseAccess.requireCaseworker();
        CoordinationMeeting m = meetings.find(meetingId).orElseThrow(() -> new NotFoundException("meeting"));
        CaseService.expectVersion(m.version(), expectedVersion, "meeting");
        InvalidInputException.throwIfAny(draft.violations(CaseDates.today(clock)));
        m.change(draft, t.actor(), clock.instant());
        hear(t, m, draft, new ArrayList<>(meetings.casesOf(meetingId)));
        cases.flush();
        audit.record("update", "meeting", m.id().toString());
        return new MeetingFile(m, meetings.casesOf(m.id()));
    }

    @Transactional
    public MeetingFile meeting(UUID meetingId) {
        requireReader();
        CoordinationMeeting m = meetings.find(meetingId).orElseThrow(() -> new NotFoundException("meeting"));
        audit.record("read", "meeting", meetingId.toString());
        return new MeetingFile(m, meetings.casesOf(meetingId));
    }

    @Transactional
    public List<MeetingFile> meetings(int limit) {
        requireReader();
        audit.record("list", "meeting", "limit=" + limit);
        return meetings.list(Math.max(1, Math.min(limit, 200))).stream()
                .map(m -> new MeetingFile(m, meetings.casesOf(m.id()))).toList();
    }

    /** Plans waiting for the meeting and proposed closures, oldest first. */
    @Transactional
    public List<AgendaCandidate> agendaCandidates() {
        requireReader();
        audit.record("list", "agenda", "candidates");
        List<AgendaCandidate> out = new ArrayList<>();
        for (Plan p : plans.withStatus(PlanStatus.AWAITING_MEETING)) {
            candidate(p.caseId()).ifPresent(c -> out.add(new AgendaCandidate(c.supportCase().id(),
                    c.supportCase().caseNumber(), c.name(),
                    p.edition().isInitial() ? MeetingTrigger.PLAN_CREATION : MeetingTrigger.REPLAN, p.id(), null,
                    p.edition().labelJa(), p.draft().consentDate())));
        }
        for (Closure k : plans.proposedClosures()) {
            candidate(k.caseId()).ifPresent(c -> out.add(new AgendaCandidate(c.supportCase().id(),
                    c.supportCase().caseNumber(), c.name(), k.kind().trigger(), null, k.id(), k.kind().trigger().nameJa(),
                    k.proposedOn())));
        }
        return out;
    }

    @Transactional
    public List<MeetingRepository.MissingResource> missingResources(int limit) {
        requireReader();
        audit.record("list", "missingResource", "limit=" + limit);
        return meetings.missingResources(Math.max(1, Math.min(limit, 500)));
    }

    private void hear(CurrentTenant t, CoordinationMeeting m, MeetingDraft draft, List<MeetingCase> existing) {
        for (MeetingCase h : existing) {
            if (draft.cases().stream().noneMatch(h::matches)) {
                access.edit(h.caseId(), "meeting.removeCase");
                if (h.outcome() != null) {
                    throw invalid("cases", "meeting.outcomeFinal");
                }
                meetings.remove(h);
            }
        }
        for (int i = 0; i < draft.cases().size(); i++) {
            MeetingDraft.Item item = draft.cases().get(i);
            access.edit(item.caseId(), "meeting.hearCase");
            MeetingCase h = existing.stream().filter(x -> x.matches(item)).findFirst().orElse(null);
            if (h == null) {
                checkTarget(item, "cases[" + i + "]");
                h = MeetingCase.add(t.tenantId(), m.id(), item);
                cases.add(h);
            }
            if (h.record(item.outcome(), item.minutes())) {
                boolean approves = item.outcome().approves();
                if (h.planId() != null) {
                    plans.find(h.planId()).orElseThrow(() -> new NotFoundException("plan"))
                            .heard(approves, t.actor(), clock.instant());
                } else {
                    plans.closure(h.closureId()).orElseThrow(() -> new NotFoundException("closure"))
                            .heard(m.id(), m.heldOn(), approves);
                }
            }
        }
    }

    /** A plan waiting for this meeting (first plan: trigger 1, re-plan: 2), or a closure proposed of its kind (3, 4). */
    private void checkTarget(MeetingDraft.Item item, String field) {
        if (item.planId() != null) {
            Plan p = plans.find(item.planId()).filter(x -> x.caseId().equals(item.caseId()))
                    .orElseThrow(() -> invalid(field + ".planId", "unknown"));
            MeetingTrigger expected = p.edition().isInitial() ? MeetingTrigger.PLAN_CREATION : MeetingTrigger.REPLAN;
            if (p.status() != PlanStatus.AWAITING_MEETING) {
                throw invalid(field + ".planId", "plan.notAwaitingMeeting", p.status().name());
            }
            if (item.trigger() != expected) {
                throw invalid(field + ".trigger", "meeting.wrongTrigger");
            }
        } else {
            Closure k = plans.closure(item.closureId()).filter(x -> x.caseId().equals(item.caseId()))
                    .orElseThrow(() -> invalid(field + ".closureId", "unknown"));
            if (k.status() != Closure.Status.PROPOSED) {
                throw invalid(field + ".closureId", "closure.notProposed");
            }
            if (item.trigger() != k.kind().trigger()) {
                throw invalid(field + ".trigger", "meeting.wrongTrigger");
            }
        }
    }

    private record Named(SupportCase supportCase, String name) {
    }

    private Optional<Named> candidate(UUID caseId) {
        return cases.find(caseId).filter(c -> c.status().isOpen()).map(c -> {
            PersonDetails p = cases.client(c.clientId()).details();
            return new Named(c, p.givenName() == null ? p.familyName() : p.familyName() + " " + p.givenName());
        });
    }


    /** Caseworkers and municipal officers (who attend); partner staff see cases one by one under consent. */
    private static CurrentTenant requireReader() {
        CurrentTenant t = TenantContext.require();
        if (!CaseAccessRule.seesWholeCaseload(t.roles())) {
            throw new AccessDeniedException("meetings: caseworker or municipal officer required");
        }
        return t;
    }

    private static InvalidInputException invalid(String field, String code, Object... args) {
        return new InvalidInputException(List.of(FieldViolation.of(field, code, args)));
    }
}
