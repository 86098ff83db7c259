package jp.tomoni.domain.casework.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jp.tomoni.domain.casework.plan.MeetingTrigger;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.PersonRules;

/** A meeting as the worker writes it: when and where, who came, the cases heard with outcome and minutes, missing resources. */
public record MeetingDraft(MeetingKind kind, LocalDate heldOn, String place, MeetingStatus status,
                           List<Attendee> attendees, List<Item> cases, List<String> missingResources) {
    public static final int MINUTES_MAX = 8000;
    public static final int RESOURCE_MAX = 500;

    /** One case on the agenda: a plan (trigger 1, 2) or a closure (trigger 3, 4). */
    public record Item(UUID caseId, UUID planId, UUID closureId, MeetingTrigger trigger, MeetingOutcome outcome,
                       String minutes) {
        public Item {
            minutes = PersonRules.optional(minutes);
        }
    }

    public MeetingDraft {
        place = PersonRules.optional(place);
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
        cases = cases == null ? List.of() : List.copyOf(cases);
        missingResources = missingResources == null ? List.of() : missingResources.stream()
                .map(PersonRules::optional).filter(Objects::nonNull).toList();
    }

    public List<FieldViolation> violations(LocalDate today) {
        List<FieldViolation> v = new ArrayList<>();
        if (kind == null) {
            v.add(FieldViolation.of("kind", "required"));
        }
        if (status == null) {
            v.add(FieldViolation.of("status", "required"));
        }
        if (heldOn == null) {
            v.add(FieldViolation.of("heldOn", "required"));
        } else if (status == MeetingStatus.HELD && heldOn.isAfter(today)) {
            v.add(FieldViolation.of("heldOn", "notInFuture"));
        }
        PersonRules.checkOptionalText(v, "place", place, 200);
        for (int i = 0; i < attendees.size(); i++) {
            PersonRules.checkText(v, "attendees[" + i + "].name", attendees.get(i).name(), 100);
            PersonRules.checkOptionalText(v, "attendees[" + i + "].organization", attendees.get(i).organization(), 100);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < cases.size(); i++) {
            Item c = cases.get(i);
            String f = "cases[" + i + "].";
            if (c.caseId() == null) {
                v.add(FieldViolation.of(f + "caseId", "required"));
            }
            if (c.trigger() == null) {
                v.add(FieldViolation.of(f + "trigger", "required"));
            } else if (!seen.add(c.caseId() + "/" + c.trigger())) {
                v.add(FieldViolation.of(f + "caseId", "meeting.duplicateCase"));
            } else {
                boolean aboutPlan = c.trigger() == MeetingTrigger.PLAN_CREATION || c.trigger() == MeetingTrigger.REPLAN;
                if (aboutPlan ? c.planId() == null : c.closureId() == null) {
                    v.add(FieldViolation.of(f + (aboutPlan ? "planId" : "closureId"), "required"));
                }
            }
            if (c.outcome() != null && status != MeetingStatus.HELD) {
                v.add(FieldViolation.of(f + "outcome", "meeting.outcomeBeforeHeld"));
            }
            PersonRules.checkOptionalText(v, f + "minutes", c.minutes(), MINUTES_MAX);
        }
        for (int i = 0; i < missingResources.size(); i++) {
            PersonRules.checkOptionalText(v, "missingResources[" + i + "]", missingResources.get(i), RESOURCE_MAX);
        }
        if (!MeetingRule.canRecordOutcomes(status, attendees, cases)) {
            v.add(FieldViolation.of("attendees", "meeting.municipalOfficerRequired"));
        }
        return v;
    }
}
