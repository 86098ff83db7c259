package jp.tomoni.domain.casework.meeting;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.tomoni.domain.casework.plan.MeetingTrigger;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;

/** One case heard at a meeting, why (trigger), what for (plan or closure), the outcome and the minutes. */
@Entity
@Table(name = "meeting_case")
public class MeetingCase {
    @Id
    private UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    @Column(name = "meeting_id", nullable = false, updatable = false)
    private UUID meetingId;
    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;
    @Column(name = "plan_id", updatable = false)
    private UUID planId;
    @Column(name = "closure_id", updatable = false)
    private UUID closureId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private MeetingTrigger trigger;
    @Enumerated(EnumType.STRING)
    private MeetingOutcome outcome;
    private String minutes;

    protected MeetingCase() {
    }

    public static MeetingCase add(String tenantId, UUID meetingId, MeetingDraft.Item item) {
        MeetingCase c = new MeetingCase();
        c.id = UUID.randomUUID();
        c.tenantId = tenantId;
        c.meetingId = meetingId;
        c.caseId = item.caseId();
        c.planId = item.planId();
        c.closureId = item.closureId();
        c.trigger = item.trigger();
        c.minutes = item.minutes();
        return c;
    }

    /**
     * Sets minutes and, once, the outcome; returns true when the outcome is new and must take effect.
     * An outcome once recorded stands: a changed view is a new meeting.
     */
    public boolean record(MeetingOutcome newOutcome, String newMinutes) {
        minutes = newMinutes;
        if (newOutcome == outcome) {
            return false;
        }
        if (outcome != null) {
            throw new InvalidInputException(List.of(FieldViolation.of("outcome", "meeting.outcomeFinal")));
        }
        outcome = newOutcome;
        return newOutcome != null;
    }

    public boolean matches(MeetingDraft.Item item) {
        return caseId.equals(item.caseId()) && trigger == item.trigger();
    }

    public UUID id() {
        return id;
    }

    public UUID meetingId() {
        return meetingId;
    }

    public UUID caseId() {
        return caseId;
    }

    public UUID planId() {
        return planId;
    }

    public UUID closureId() {
        return closureId;
    }

    public MeetingTrigger trigger() {
        return trigger;
    }

    public MeetingOutcome outcome() {
        return outcome;
    }

    public String minutes() {
        return minutes;
    }
}
