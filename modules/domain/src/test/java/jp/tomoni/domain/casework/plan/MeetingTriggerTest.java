package jp.tomoni.domain.casework.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class MeetingTriggerTest {

    @Test
    void plan_creation_replan_termination_and_suspension_go_to_the_meeting() {
        assertEquals(Optional.of(MeetingTrigger.PLAN_CREATION), MeetingTrigger.forEvent(PlanEvent.PLAN_CREATED));
        assertEquals(Optional.of(MeetingTrigger.REPLAN), MeetingTrigger.forEvent(PlanEvent.REPLANNED));
        assertEquals(Optional.of(MeetingTrigger.TERMINATION), MeetingTrigger.forEvent(PlanEvent.TERMINATION_DECISION));
        assertEquals(Optional.of(MeetingTrigger.SUSPENSION), MeetingTrigger.forEvent(PlanEvent.SUSPENSION_DECISION));
        assertEquals(4, MeetingTrigger.SUSPENSION.number());
        assertEquals("再プラン作成時", MeetingTrigger.REPLAN.nameJa());
    }

    @Test
    void a_minor_revision_does_not_go_to_the_meeting() {
        assertEquals(Optional.empty(), MeetingTrigger.forEvent(PlanEvent.PLAN_REVISED));
        assertFalse(MeetingTrigger.needsMeeting(PlanEvent.PLAN_REVISED));
    }

    @Test
    void monitoring_does_not_go_to_the_meeting() {
        assertFalse(MeetingTrigger.needsMeeting(PlanEvent.MONITORED));
    }
}
