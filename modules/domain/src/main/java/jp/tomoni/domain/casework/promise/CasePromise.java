package jp.tomoni.domain.casework.promise;

import java.time.Instant;
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

/** A promise made to the person in a case, open until kept (or, for an appointment, until it took place or not). */
@Entity
@Table(name = "case_promise")
public class CasePromise {
    @Id
    private UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PromiseKind kind;
    @Column(nullable = false)
    private String description;
    @Column(nullable = false)
    private String owner;
    @Column(name = "due_at", nullable = false)
    private OffsetDateTime dueAt;
    @Column(name = "done_at")
    private OffsetDateTime doneAt;
    @Enumerated(EnumType.STRING)
    private AppointmentOutcome outcome;
    /** The retention plan that scheduled this promise, if one did. */
    @Column(name = "retention_plan_id", updatable = false)
    private UUID retentionPlanId;
    @Version
    private long version;
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected CasePromise() {
    }

    public static CasePromise make(String tenantId, UUID caseId, PromiseDraft d, String actor, Instant now) {
        InvalidInputException.throwIfAny(d.violations());
        CasePromise p = new CasePromise();
        p.id = UUID.randomUUID();
        p.tenantId = tenantId;
        p.caseId = caseId;
        p.kind = d.kind();
        p.description = d.description();
        p.owner = d.owner();
        p.dueAt = d.dueAt().atOffset(ZoneOffset.UTC);
        p.createdAt = now.atOffset(ZoneOffset.UTC);
        p.createdBy = actor;
        return p;
    }

    /** A promise a retention plan or a rule schedules (interviews, employer visits, follow-ups, home visits). */
    public static CasePromise scheduled(String tenantId, UUID caseId, UUID retentionPlanId, PromiseKind kind,
                                        String description, String owner, Instant due, String actor, Instant now) {
        CasePromise p = make(tenantId, caseId, new PromiseDraft(kind, description, owner, due), actor, now);
        p.retentionPlanId = retentionPlanId;
        return p;
    }

    /** Closes the promise; an appointment needs to say whether it was kept, missed or cancelled. */
    public void close(AppointmentOutcome result, Instant now) {
        if (doneAt != null) {
            throw new InvalidInputException(List.of(FieldViolation.of("promise", "promise.alreadyClosed")));
        }
        if (kind == PromiseKind.APPOINTMENT && result == null) {
            throw new InvalidInputException(List.of(FieldViolation.of("outcome", "required")));
        }
        outcome = kind == PromiseKind.APPOINTMENT ? result : null;
        doneAt = now.atOffset(ZoneOffset.UTC);
    }

    /** The rule view of this promise (overdue, at risk). */
    public Promise promise() {
        return new Promise(kind, owner, dueAt.toInstant(), doneAt == null ? null : doneAt.toInstant());
    }

    /** As an appointment for the missed-appointment rules; null when it is not one. */
    public Appointment appointment() {
        return kind == PromiseKind.APPOINTMENT ? new Appointment(dueAt.toInstant(), outcome) : null;
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public PromiseKind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    public String owner() {
        return owner;
    }

    public Instant dueAt() {
        return dueAt.toInstant();
    }

    public Instant doneAt() {
        return doneAt == null ? null : doneAt.toInstant();
    }

    public AppointmentOutcome outcome() {
        return outcome;
    }

    public UUID retentionPlanId() {
        return retentionPlanId;
    }

    public long version() {
        return version;
    }
}
