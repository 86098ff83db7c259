package jp.tomoni.domain.casework.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.PersonRules;

/**
 * Ending support: proposed with the reason (and, for 終結, the person's wish), reported to a
 * 支援調整会議 that hears it, then confirmed, when the case ends and the follow-up is decided.
 */
@Entity
@Table(name = "closure")
public class Closure {
    public enum Status { PROPOSED, REPORTED, CONFIRMED }

    /** After termination: フォロー until a date, or none. */
    public enum FollowUp { FOLLOW_UP, NONE }

    @Id
    private UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;
    @Column(name = "plan_id", updatable = false)
    private UUID planId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ClosureKind kind;
    @Column(name = "wish_confirmed", nullable = false, updatable = false)
    private boolean wishConfirmed;
    @Column(name = "wish_text", updatable = false)
    private String wishText;
    @Column(nullable = false, updatable = false)
    private String reason;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(name = "proposed_on", nullable = false, updatable = false)
    private LocalDate proposedOn;
    @Column(name = "proposed_by", nullable = false, updatable = false)
    private String proposedBy;
    @Column(name = "reported_on")
    private LocalDate reportedOn;
    @Column(name = "meeting_id")
    private UUID meetingId;
    @Column(name = "confirmed_on")
    private LocalDate confirmedOn;
    @Column(name = "confirmed_by")
    private String confirmedBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "follow_up")
    private FollowUp followUp;
    @Column(name = "follow_up_until")
    private LocalDate followUpUntil;
    @Version
    private long version;
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    /** The proposal. A 終結 needs the person's wish confirmed, or a note why it could not be. */
    public record Draft(ClosureKind kind, boolean wishConfirmed, String wishText, String reason, LocalDate proposedOn) {
        public Draft {
            wishText = PersonRules.optional(wishText);
            reason = PersonRules.optional(reason);
        }

        public List<FieldViolation> violations(LocalDate today) {
            List<FieldViolation> v = new ArrayList<>();
            if (kind == null) {
                v.add(FieldViolation.of("kind", "required"));
            } else if (kind == ClosureKind.TERMINATION && !wishConfirmed && wishText == null) {
                v.add(FieldViolation.of("wishConfirmed", "closure.wishNotConfirmed"));
            }
            PersonRules.checkOptionalText(v, "wishText", wishText, PlanDraft.TEXT_MAX);
            PersonRules.checkText(v, "reason", reason, PlanDraft.TEXT_MAX);
            if (proposedOn == null) {
                v.add(FieldViolation.of("proposedOn", "required"));
            } else if (proposedOn.isAfter(today)) {
                v.add(FieldViolation.of("proposedOn", "notInFuture"));
            }
            return v;
        }
    }

    /** The confirmation after the meeting heard it, with the follow-up decided with the person. */
    public record Confirmation(LocalDate confirmedOn, FollowUp followUp, LocalDate followUpUntil) {
        public List<FieldViolation> violations(ClosureKind kind, LocalDate reportedOn, LocalDate today) {
            List<FieldViolation> v = new ArrayList<>();
            if (confirmedOn == null) {
                v.add(FieldViolation.of("confirmedOn", "required"));
            } else if (confirmedOn.isAfter(today)) {
                v.add(FieldViolation.of("confirmedOn", "notInFuture"));
            } else if (reportedOn != null && confirmedOn.isBefore(reportedOn)) {
                v.add(FieldViolation.of("confirmedOn", "closure.beforeMeeting"));
            }
            if (followUp == null && kind == ClosureKind.TERMINATION) {
                v.add(FieldViolation.of("followUp", "required"));
            }
            if (followUp == FollowUp.FOLLOW_UP && followUpUntil == null) {
                v.add(FieldViolation.of("followUpUntil", "required"));
            } else if (followUp == FollowUp.FOLLOW_UP && confirmedOn != null && !followUpUntil.isAfter(confirmedOn)) {
                v.add(FieldViolation.of("followUpUntil", "closure.followUpNotLater"));
            } else if (followUp != FollowUp.FOLLOW_UP && followUpUntil != null) {
                v.add(FieldViolation.of("followUpUntil", "invalid"));
            }
            return v;
        }
    }

    protected Closure() {
    }

    public static Closure propose(String tenantId, UUID caseId, UUID planId, Draft d, String actor, Instant now) {
        Closure c = new Closure();
        c.id = UUID.randomUUID();
        c.tenantId = tenantId;
        c.caseId = caseId;
        c.planId = planId;
        c.kind = d.kind();
        c.wishConfirmed = d.wishConfirmed();
        c.wishText = d.wishText();
        c.reason = d.reason();
        c.proposedOn = d.proposedOn();
        c.proposedBy = actor;
        c.status = Status.PROPOSED;
        c.createdAt = now.atOffset(ZoneOffset.UTC);
        return c;
    }

    /** The meeting heard and agreed on {@code heldOn}. Not agreed: it stays proposed for a later meeting. */
    public void heard(UUID meeting, LocalDate heldOn, boolean agreed) {
        if (status != Status.PROPOSED) {
            throw invalid("closure", "closure.notProposed");
        }
        if (agreed) {
            status = Status.REPORTED;
            reportedOn = heldOn;
            meetingId = meeting;
        }
    }

    /** Only once a meeting has heard it. */
    public void confirm(Confirmation c, String actor, LocalDate today) {
        if (status != Status.REPORTED) {
            throw invalid("closure", "closure.notReported");
        }
        InvalidInputException.throwIfAny(c.violations(kind, reportedOn, today));
        status = Status.CONFIRMED;
        confirmedOn = c.confirmedOn();
        confirmedBy = actor;
        followUp = c.followUp() == null ? FollowUp.NONE : c.followUp();
        followUpUntil = c.followUpUntil();
    }

    private static InvalidInputException invalid(String field, String code) {
        return new InvalidInputException(List.of(FieldViolation.of(field, code)));
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public UUID planId() {
        return planId;
    }

    public ClosureKind kind() {
        return kind;
    }

    public boolean wishConfirmed() {
        return wishConfirmed;
    }

    public String wishText() {
        return wishText;
    }

    public String reason() {
        return reason;
    }

    public Status status() {
        return status;
    }

    public LocalDate proposedOn() {
        return proposedOn;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public LocalDate reportedOn() {
        return reportedOn;
    }

    public UUID meetingId() {
        return meetingId;
    }

    public LocalDate confirmedOn() {
        return confirmedOn;
    }

    public String confirmedBy() {
        return confirmedBy;
    }

    public FollowUp followUp() {
        return followUp;
    }

    public LocalDate followUpUntil() {
        return followUpUntil;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }
}
