package jp.tomoni.domain.employment;

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

/**
 * The retention plan (就労定着) opened when work starts: an agreed period of 3 or 6 months, extendable
 * up to 3 years, and what the start conference agreed on health, money and commuting (E-1).
 */
@Entity
@Table(name = "retention_plan")
public class RetentionPlan {
    public enum Status { ACTIVE, ENDED }

    @Id
    private UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;
    @Column(name = "employment_id", nullable = false)
    private UUID employmentId;
    @Column(name = "starts_on", nullable = false, updatable = false)
    private LocalDate startsOn;
    @Column(nullable = false)
    private int months;
    private String health;
    private String money;
    private String commuting;
    @Column(nullable = false)
    private String owner;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(name = "ended_on")
    private LocalDate endedOn;
    @Column(name = "end_note")
    private String endNote;
    @Version
    private long version;
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected RetentionPlan() {
    }

    public static RetentionPlan open(String tenantId, Employment job, JobStart d, String owner, String actor, Instant now) {
        InvalidInputException.throwIfAny(d.violations(true));
        RetentionPlan p = new RetentionPlan();
        p.id = UUID.randomUUID();
        p.tenantId = tenantId;
        p.caseId = job.caseId();
        p.employmentId = job.id();
        p.startsOn = job.startedOn();
        p.months = d.months();
        p.health = d.health();
        p.money = d.money();
        p.commuting = d.commuting();
        p.owner = owner;
        p.status = Status.ACTIVE;
        p.createdAt = now.atOffset(ZoneOffset.UTC);
        p.createdBy = actor;
        return p;
    }

    /** Extends the agreed period to {@code toMonths} in all; the contacts of the added months follow. */
    public List<ScheduledContact> extendTo(int toMonths) {
        requireActive();
        List<FieldViolation> v = RetentionSchedule.periodViolations(toMonths, true);
        if (v.isEmpty() && toMonths <= months) {
            v = List.of(FieldViolation.of("months", "retention.period.notLonger", months));
        }
        InvalidInputException.throwIfAny(v);
        List<ScheduledContact> added = RetentionSchedule.extension(startsOn, months, toMonths);
        months = toMonths;
        return added;
    }

    /** After a job change (転職) the plan goes on with the new job. */
    public void moveTo(Employment newJob) {
        requireActive();
        employmentId = newJob.id();
    }

    public void end(LocalDate on, String note) {
        requireActive();
        status = Status.ENDED;
        endedOn = on;
        endNote = PersonRules.optional(note);
    }

    private void requireActive() {
        if (status != Status.ACTIVE) {
            throw new InvalidInputException(List.of(FieldViolation.of("plan", "retention.ended")));
        }
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public UUID employmentId() {
        return employmentId;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public int months() {
        return months;
    }

    public LocalDate endsOn() {
        return RetentionSchedule.endOf(startsOn, months);
    }

    public String health() {
        return health;
    }

    public String money() {
        return money;
    }

    public String commuting() {
        return commuting;
    }

    public String owner() {
        return owner;
    }

    public Status status() {
        return status;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public String endNote() {
        return endNote;
    }

    public long version() {
        return version;
    }
}
