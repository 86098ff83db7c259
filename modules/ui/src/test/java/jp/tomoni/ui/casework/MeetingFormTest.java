package jp.tomoni.ui.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.tomoni.application.casework.MeetingService.AgendaCandidate;
import jp.tomoni.domain.casework.meeting.Attendee;
import jp.tomoni.domain.casework.meeting.MeetingCase;
import jp.tomoni.domain.casework.meeting.MeetingDraft;
import jp.tomoni.domain.casework.meeting.MeetingKind;
import jp.tomoni.domain.casework.meeting.MeetingOutcome;
import jp.tomoni.domain.casework.meeting.MeetingStatus;
import jp.tomoni.domain.casework.plan.MeetingTrigger;
import jp.tomoni.domain.shared.FieldViolation;

class MeetingFormTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    private final UUID caseId = UUID.randomUUID();
    private final UUID planId = UUID.randomUUID();
    private final UUID closureId = UUID.randomUUID();

    @Test
    void missing_resources_are_one_per_line_without_blank_lines_or_margins() {
        assertEquals(List.of("夜間の居場所", "単身高齢者向けの住まい"),
                MeetingForm.lines("  夜間の居場所 \n\n\r\n単身高齢者向けの住まい\n   "));
        assertEquals(List.of(), MeetingForm.lines(null));
        assertEquals("夜間の居場所\n単身高齢者向けの住まい", MeetingForm.text(List.of("夜間の居場所", "単身高齢者向けの住まい")));
    }

    @Test
    void a_new_meeting_is_scheduled_with_the_chosen_cases_their_plan_or_closure_and_no_outcome() {
        MeetingDraft d = MeetingForm.schedule(MeetingKind.REGULAR, DAY, "市役所 会議室", List.of(
                new AgendaCandidate(caseId, "2026-001", "緑野 花子", MeetingTrigger.PLAN_CREATION, planId, null, "初回", DAY),
                new AgendaCandidate(caseId, "2026-001", "緑野 花子", MeetingTrigger.TERMINATION, null, closureId, "終結", DAY)));
        assertEquals(MeetingStatus.SCHEDULED, d.status());
        assertEquals(List.of(new MeetingDraft.Item(caseId, planId, null, MeetingTrigger.PLAN_CREATION, null, null),
                new MeetingDraft.Item(caseId, null, closureId, MeetingTrigger.TERMINATION, null, null)), d.cases());
        assertTrue(d.attendees().isEmpty());
        assertTrue(d.violations(DAY).isEmpty(), d.violations(DAY).toString());
    }

    @Test
    void holding_sends_each_heard_case_with_the_outcome_and_minutes_on_screen() {
        MeetingCase heard = MeetingCase.add("midorino", UUID.randomUUID(),
                new MeetingDraft.Item(caseId, planId, null, MeetingTrigger.PLAN_CREATION, null, null));
        MeetingDraft d = MeetingForm.change(MeetingKind.AD_HOC, DAY, null, MeetingStatus.HELD,
                List.of(new Attendee("山田", "緑野市 福祉課", true)),
                List.of(MeetingForm.item(heard, MeetingOutcome.APPROVED, "プランを承認")), "夜間の居場所\n");
        MeetingDraft.Item item = d.cases().get(0);
        assertEquals(caseId, item.caseId());
        assertEquals(planId, item.planId());
        assertNull(item.closureId());
        assertEquals(MeetingOutcome.APPROVED, item.outcome());
        assertEquals("プランを承認", item.minutes());
        assertEquals(List.of("夜間の居場所"), d.missingResources());
        assertTrue(d.violations(DAY).isEmpty(), d.violations(DAY).toString());
    }

    @Test
    void the_attendance_is_at_fault_when_outcomes_are_recorded_without_a_municipal_officer() {
        MeetingCase heard = MeetingCase.add("midorino", UUID.randomUUID(),
                new MeetingDraft.Item(caseId, planId, null, MeetingTrigger.PLAN_CREATION, null, null));
        List<FieldViolation> v = MeetingForm.change(MeetingKind.REGULAR, DAY, null, MeetingStatus.HELD,
                List.of(new Attendee("佐藤", "社会福祉協議会", false)),
                List.of(MeetingForm.item(heard, MeetingOutcome.APPROVED, null)), "").violations(DAY);
        assertTrue(MeetingForm.attendanceAtFault(v), v.toString());
        assertFalse(MeetingForm.attendanceAtFault(List.of(FieldViolation.of("heldOn", "required"))));
    }
}
