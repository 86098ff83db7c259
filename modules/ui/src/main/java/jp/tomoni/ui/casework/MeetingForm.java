package jp.tomoni.ui.casework;

import java.time.LocalDate;
import java.util.List;

import jp.tomoni.application.casework.MeetingService.AgendaCandidate;
import jp.tomoni.domain.casework.meeting.Attendee;
import jp.tomoni.domain.casework.meeting.MeetingCase;
import jp.tomoni.domain.casework.meeting.MeetingDraft;
import jp.tomoni.domain.casework.meeting.MeetingKind;
import jp.tomoni.domain.casework.meeting.MeetingOutcome;
import jp.tomoni.domain.casework.meeting.MeetingStatus;
import jp.tomoni.domain.shared.FieldViolation;

/** What the meetings page sends: the draft built from what is on screen. No Vaadin here, so it is tested plainly. */
final class MeetingForm {
    private MeetingForm() {
    }

    /** The missing resources as typed, one per line; blank lines are no resource. */
    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String text(List<String> lines) {
        return String.join("\n", lines);
    }

    /** A case waiting for a meeting put on a new one: its plan or closure, no outcome yet. */
    static MeetingDraft.Item item(AgendaCandidate c) {
        return new MeetingDraft.Item(c.caseId(), c.planId(), c.closureId(), c.trigger(), null, null);
    }

    /** A case already on the meeting, with the outcome and minutes now on screen. */
    static MeetingDraft.Item item(MeetingCase heard, MeetingOutcome outcome, String minutes) {
        return new MeetingDraft.Item(heard.caseId(), heard.planId(), heard.closureId(), heard.trigger(), outcome, minutes);
    }

    static MeetingDraft schedule(MeetingKind kind, LocalDate heldOn, String place, List<AgendaCandidate> selected) {
        return new MeetingDraft(kind, heldOn, place, MeetingStatus.SCHEDULED, List.of(),
                selected.stream().map(MeetingForm::item).toList(), List.of());
    }

    static MeetingDraft change(MeetingKind kind, LocalDate heldOn, String place, MeetingStatus status,
                               List<Attendee> attendees, List<MeetingDraft.Item> cases, String missing) {
        return new MeetingDraft(kind, heldOn, place, status, attendees, cases, lines(missing));
    }

    /** Whether the server refused the attendance (no municipal officer for outcomes, or an attendee's fields). */
    static boolean attendanceAtFault(List<FieldViolation> violations) {
        return violations.stream().anyMatch(v -> v.field().equals("attendees") || v.field().startsWith("attendees["));
    }
}
