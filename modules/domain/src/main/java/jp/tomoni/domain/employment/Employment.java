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

/** A job the person started (E-1): employer, job, hours, start; trial or disability employment where relevant. */
@Entity
@Table(name = "employment")
public class Employment {
    @Id
    private UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;
    @Column(nullable = false)
    private String employer;
    @Column(nullable = false)
    private String job;
    private String hours;
    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;
    private boolean trial;
    private boolean disability;
    /** Yen per month, when known. */
    private Integer wage;
    /** The job this one followed after a job change (転職). */
    private UUID follows;
    @Column(name = "ended_on")
    private LocalDate endedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "end_kind")
    private JobEndKind endKind;
    @Column(name = "end_reason")
    private String endReason;
    @Version
    private long version;
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected Employment() {
    }

    public static Employment start(String tenantId, UUID caseId, JobStart d, UUID follows, String actor, Instant now) {
        Employment e = new Employment();
        e.id = UUID.randomUUID();
        e.tenantId = tenantId;
        e.caseId = caseId;
        e.employer = d.employer();
        e.job = d.job();
        e.hours = d.hours();
        e.startedOn = d.startedOn();
        e.trial = d.trial();
        e.disability = d.disability();
        e.wage = d.wage();
        e.follows = follows;
        e.createdAt = now.atOffset(ZoneOffset.UTC);
        e.createdBy = actor;
        return e;
    }

    /** Ends the job as a job leaving (離職) or a job change (転職), by the rule of {@link JobEnding}. */
    public void end(JobEndKind kind, LocalDate on, String reason, String newEmployer) {
        if (endedOn != null) {
            throw new InvalidInputException(List.of(FieldViolation.of("endedOn", "employment.alreadyEnded")));
        }
        InvalidInputException.throwIfAny(JobEnding.violations(kind, on, startedOn, reason, newEmployer));
        endKind = kind;
        endedOn = on;
        endReason = reason;
    }

    public boolean isCurrent() {
        return endedOn == null;
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public String employer() {
        return employer;
    }

    public String job() {
        return job;
    }

    public String hours() {
        return hours;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public boolean trial() {
        return trial;
    }

    public boolean disability() {
        return disability;
    }

    public Integer wage() {
        return wage;
    }

    /** As the outcome rule counts it. */
    public EmploymentOutcomes.Job outcomeJob() {
        return new EmploymentOutcomes.Job(id, follows, startedOn, endedOn, endKind, wage);
    }

    public UUID follows() {
        return follows;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public JobEndKind endKind() {
        return endKind;
    }

    public String endReason() {
        return endReason;
    }

    public long version() {
        return version;
    }
}
