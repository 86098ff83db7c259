package jp.tomoni.domain.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

/** A referral to another system's window, followed until its outcome is known. */
@Entity
@Table(name = "referral")
public class Referral {
    @Id
    private UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ReferralDestination destination;
    @Column(name = "destination_name", updatable = false)
    private String destinationName;
    @Column(updatable = false)
    private String reason;
    @Column(name = "sent_on", nullable = false, updatable = false)
    private LocalDate sentOn;
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReferralStatus status;
    private String outcome;
    @Column(name = "updated_by", nullable = false)
    private String updatedBy;
    @Version
    private long version;
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected Referral() {
    }

    public static Referral send(String tenantId, UUID caseId, ReferralDraft d, String actor, Instant now) {
        Referral r = new Referral();
        r.id = UUID.randomUUID();
        r.tenantId = tenantId;
        r.caseId = caseId;
        r.destination = d.destination();
        r.destinationName = d.destinationName();
        r.reason = d.reason();
        r.sentOn = d.sentOn();
        r.dueOn = d.dueOn();
        r.status = ReferralStatus.SENT;
        r.updatedBy = actor;
        r.createdAt = now.atOffset(ZoneOffset.UTC);
        return r;
    }

    /** The other window's answer or the final outcome; a closed loop cannot be reopened. */
    public void answer(ReferralStatus next, String outcomeText, String actor) {
        String text = PersonRules.optional(outcomeText);
        if (next == null || !status.canMoveTo(next)) {
            throw new InvalidInputException(List.of(FieldViolation.of("status", "referral.transition", status.name())));
        }
        if (next.needsOutcome() && text == null) {
            throw new InvalidInputException(List.of(FieldViolation.of("outcome", "required")));
        }
        List<FieldViolation> v = new java.util.ArrayList<>();
        PersonRules.checkOptionalText(v, "outcome", text, IntakeDraft.TEXT_MAX);
        InvalidInputException.throwIfAny(v);
        status = next;
        if (text != null) {
            outcome = text;
        }
        updatedBy = actor;
    }

    public boolean isOverdue(LocalDate today) {
        return status.isOverdue(dueOn, today);
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public ReferralDestination destination() {
        return destination;
    }

    public String destinationName() {
        return destinationName;
    }

    public String reason() {
        return reason;
    }

    public LocalDate sentOn() {
        return sentOn;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public ReferralStatus status() {
        return status;
    }

    public String outcome() {
        return outcome;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public long version() {
        return version;
    }
}
