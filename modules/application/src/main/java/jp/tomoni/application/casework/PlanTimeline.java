package jp.tomoni.application.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import jp.tomoni.domain.casework.TimelineEvent;
import jp.tomoni.domain.casework.meeting.CoordinationMeeting;
import jp.tomoni.domain.casework.meeting.MeetingCase;
import jp.tomoni.domain.casework.meeting.MeetingRepository;
import jp.tomoni.domain.casework.plan.Closure;
import jp.tomoni.domain.casework.plan.Evaluation;
import jp.tomoni.domain.casework.plan.Monitoring;
import jp.tomoni.domain.casework.plan.Plan;
import jp.tomoni.domain.casework.plan.PlanDecision;
import jp.tomoni.domain.casework.plan.PlanRepository;
import jp.tomoni.domain.casework.plan.PlanRevision;
import jp.tomoni.domain.shared.JapaneseDates;

/**
 * Adds the plan cycle to the case timeline: plan written, revised, re-planned; meetings; the
 * decision; monitoring; evaluations; closure proposed and confirmed. Called by the timeline after its case gate.
 */
@ApplicationScoped
public class PlanTimeline implements TimelineSource {
    @Inject
    PlanRepository plans;
    @Inject
    MeetingRepository meetings;

    @Override
    public List<TimelineEvent> events(UUID caseId) {
        List<TimelineEvent> out = new ArrayList<>();
        for (Plan p : plans.plans(caseId)) {
            out.add(new TimelineEvent(p.createdAt(), p.edition().isInitial() ? "plan.created" : "plan.replanned",
                    p.createdBy(), p.edition().roundLabelJa(), p.id()));
        }
        for (PlanRevision r : plans.revisionsOfCase(caseId)) {
            out.add(new TimelineEvent(r.revisedAt(), "plan.revised", r.revisedBy(), "修正" + (r.revision() + 1),
                    r.planId()));
        }
        for (MeetingCase h : meetings.hearingsOfCase(caseId)) {
            meetings.find(h.meetingId()).ifPresent(m -> out.add(new TimelineEvent(on(m.heldOn(), m.updatedAt()),
                    "meeting." + h.trigger().name(), m.createdBy(),
                    h.trigger().nameJa() + (h.outcome() == null ? "" : " " + h.outcome().labelJa()), m.id())));
        }
        for (PlanDecision d : plans.decisionsOfCase(caseId)) {
            out.add(new TimelineEvent(d.recordedAt(), "plan.decision", d.recordedBy(), d.kindJa() + " " + JapaneseDates.format(d.decidedOn()),
                    d.planId()));
        }
        for (Monitoring m : plans.monitoring(caseId)) {
            out.add(new TimelineEvent(m.createdAt(), "monitoring", m.createdBy(), m.goalProgress(), m.id()));
        }
        for (Evaluation e : plans.evaluations(caseId)) {
            out.add(new TimelineEvent(e.createdAt(), "evaluation", e.createdBy(),
                    "本人: " + e.draft().personAttainment().labelJa() + " / 支援員: " + e.draft().workerAttainment().labelJa(), e.id()));
        }
        for (Closure k : plans.closures(caseId)) {
            out.add(new TimelineEvent(k.createdAt(), "closure.proposed", k.proposedBy(), k.kind().labelJa() + " " + k.reason(), k.id()));
            if (k.confirmedOn() != null) {
                // a day without a time: after the proposal and after the meeting that heard it
                Instant heard = k.meetingId() == null ? k.createdAt()
                        : meetings.find(k.meetingId()).map(CoordinationMeeting::updatedAt).orElse(k.createdAt());
                out.add(new TimelineEvent(on(k.confirmedOn(), heard.isAfter(k.createdAt()) ? heard : k.createdAt()),
                        "closure.confirmed", k.confirmedBy(),
                        k.kind().labelJa(), k.id()));
            }
        }
        return out;
    }

    /**
     * When something dated by day only is placed: at {@code recorded} when that is on the same day
     * (the meeting's outcome was written then), else at the start of the day.
     */
    static Instant on(LocalDate day, Instant recorded) {
        Instant start = day.atStartOfDay(CaseDates.ZONE).toInstant();
        return recorded != null && !recorded.isBefore(start) && recorded.atZone(CaseDates.ZONE).toLocalDate().equals(day)
                ? recorded : start;
    }
}
