package jp.tomoni.domain.casework.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.casework.plan.MeetingTrigger;

class MeetingRuleTest {
    static final LocalDate TODAY = LocalDate.parse("2026-05-01");
    static final Attendee WORKER = new Attendee("森田 健太", "みどり野市自立相談支援センター", false);
    static final Attendee OFFICER = new Attendee("佐藤 一郎", "みどり野市福祉課", true);
    static final MeetingDraft.Item APPROVED = new MeetingDraft.Item(UUID.randomUUID(), UUID.randomUUID(), null,
            MeetingTrigger.PLAN_CREATION, MeetingOutcome.APPROVED, "プランを承認");

    static MeetingDraft held(List<Attendee> attendees, MeetingDraft.Item... items) {
        return new MeetingDraft(MeetingKind.REGULAR, TODAY, "市役所3階", MeetingStatus.HELD, attendees, List.of(items),
                List.of("夜間の相談窓口"));
    }

    @Test
    void a_meeting_without_a_municipal_officer_cannot_approve() {
        assertFalse(MeetingRule.canRecordOutcomes(MeetingStatus.HELD, List.of(WORKER), List.of(APPROVED)));
        var v = held(List.of(WORKER), APPROVED).violations(TODAY);
        assertEquals("attendees", v.get(0).field());
        assertEquals("meeting.municipalOfficerRequired", v.get(0).code());
    }

    @Test
    void a_meeting_with_a_municipal_officer_records_outcomes() {
        assertTrue(MeetingRule.canRecordOutcomes(MeetingStatus.HELD, List.of(WORKER, OFFICER), List.of(APPROVED)));
        assertEquals(List.of(), held(List.of(WORKER, OFFICER), APPROVED).violations(TODAY));
    }

    @Test
    void a_meeting_not_yet_held_has_no_outcomes_but_needs_no_officer_to_be_planned() {
        var scheduled = new MeetingDraft(MeetingKind.AD_HOC, TODAY.plusDays(7), null, MeetingStatus.SCHEDULED,
                List.of(WORKER), List.of(new MeetingDraft.Item(APPROVED.caseId(), APPROVED.planId(), null,
                        MeetingTrigger.PLAN_CREATION, null, null)), List.of());
        assertEquals(List.of(), scheduled.violations(TODAY));
        var early = new MeetingDraft(MeetingKind.AD_HOC, TODAY, null, MeetingStatus.SCHEDULED, List.of(OFFICER),
                List.of(APPROVED), List.of());
        assertTrue(early.violations(TODAY).stream().anyMatch(x -> x.code().equals("meeting.outcomeBeforeHeld")));
    }

    @Test
    void a_termination_on_the_agenda_names_its_closure() {
        var item = new MeetingDraft.Item(UUID.randomUUID(), null, null, MeetingTrigger.TERMINATION, null, null);
        var v = held(List.of(OFFICER), item).violations(TODAY);
        assertEquals("cases[0].closureId", v.get(0).field());
    }
}
