package jp.tomoni.domain.jobs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.tomoni.domain.casework.ConsentMethod;
import jp.tomoni.domain.shared.ConflictException;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.PersonRules;

/**
 * A person's "interested" in a posting. It goes first to their employment supporter, never straight to
 * the company: the supporter talks it over with the person and, when the person agrees that this
 * company may know them, passes it on with the consent written down (date, how, who explained). The
 * company then sees the candidate ({@link CandidateConsent}), schedules interviews and records how it
 * ended. The person may take the interest back at any time before the outcome; the company then no
 * longer sees them.
 */
@Entity
@Table(name = "job_interest")
public class JobInterest {
    public static final int MESSAGE_MAX = 500;
    public static final int NOTE_MAX = 1000;

    @Id
    private UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    @Column(name = "posting_id", nullable = false, updatable = false)
    private UUID postingId;
    @Column(name = "company_id", nullable = false, updatable = false)
    private UUID companyId;
    /** The community member (a resident) who said "interested". */
    @Column(name = "member_id", nullable = false, updatable = false)
    private UUID memberId;
    /** The person's case, once the supporter knows it (linked by the member's sharing code). */
    @Column(name = "case_id")
    private UUID caseId;
    private String message;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InterestStatus status;
    /** What the supporter tells the company (passed) or the person (not passed). */
    @Column(name = "supporter_note")
    private String supporterNote;
    @Column(name = "consent_on")
    private LocalDate consentOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "consent_method")
    private ConsentMethod consentMethod;
    @Column(name = "handled_by")
    private String handledBy;
    @Column(name = "handled_at")
    private OffsetDateTime handledAt;
    @Enumerated(EnumType.STRING)
    private HiringOutcome outcome;
    @Column(name = "outcome_on")
    private LocalDate outcomeOn;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "withdrawn_at")
    private OffsetDateTime withdrawnAt;
    /** The job the supporter recorded for this hire (and the retention plan it opened). */
    @Column(name = "employment_id")
    private UUID employmentId;
    @Version
    private long version;
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected JobInterest() {
    }

    /** A person says "interested" in a public posting, with an optional word for their supporter. */
    public static JobInterest express(String tenantId, JobPosting posting, UUID memberId, UUID caseId, String message,
                                      LocalDate today, Instant now) {
        if (!posting.openOn(today)) {
            throw new ConflictException("posting is not open");
        }
        String m = PersonRules.optional(message);
        List<FieldViolation> v = new ArrayList<>();
        PersonRules.checkOptionalText(v, "message", m, MESSAGE_MAX);
        InvalidInputException.throwIfAny(v);
        JobInterest i = new JobInterest();
        i.id = UUID.randomUUID();
        i.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        i.postingId = posting.id();
        i.companyId = posting.companyId();
        i.memberId = Objects.requireNonNull(memberId, "memberId");
        i.caseId = caseId;
        i.message = m;
        i.status = InterestStatus.NEW;
        i.createdAt = now.atOffset(ZoneOffset.UTC);
        return i;
    }

    /**
     * The supporter passes the interest to the company, with the person's consent that this company
     * may know them: the day it was given (not in the future) and how. The person must be known as a
     * case, so that the company's later requests reach the right retention plan.
     */
    public void pass(UUID caseOfPerson, LocalDate consentGivenOn, ConsentMethod method, String note, LocalDate today,
                     String by, Instant now) {
        requireStatus(InterestStatus.NEW);
        String n = PersonRules.optional(note);
        List<FieldViolation> v = new ArrayList<>();
        if (caseOfPerson == null) {
            v.add(FieldViolation.of("caseId", "jobs.noCase"));
        }
        if (consentGivenOn == null) {
            v.add(FieldViolation.of("consentOn", "required"));
        } else if (consentGivenOn.isAfter(today)) {
            v.add(FieldViolation.of("consentOn", "notInFuture"));
        }
        if (method == null) {
            v.add(FieldViolation.of("consentMethod", "required"));
        }
        PersonRules.checkOptionalText(v, "note", n, NOTE_MAX);
        InvalidInputException.throwIfAny(v);
        caseId = caseOfPerson;
        consentOn = consentGivenOn;
        consentMethod = method;
        supporterNote = n;
        status = InterestStatus.PASSED;
        handled(by, now);
    }

    /** After talking it over, the supporter does not pass it on; the person reads why. */
    public void notPass(String reason, String by, Instant now) {
        requireStatus(InterestStatus.NEW);
        supporterNote = Company.requiredReason(reason);
        status = InterestStatus.NOT_PASSED;
        handled(by, now);
    }

    /**
     * The person (or their supporter on their word) takes the interest back, and with it the consent:
     * the company no longer sees them. After an outcome is recorded it stays as it is.
     */
    public void withdraw(Instant now) {
        if (status != InterestStatus.NEW && status != InterestStatus.PASSED || outcome != null) {
            throw new ConflictException("interest is " + status + (outcome == null ? "" : " " + outcome));
        }
        status = InterestStatus.WITHDRAWN;
        withdrawnAt = now.atOffset(ZoneOffset.UTC);
    }

    /** The company records how it ended; a hire needs the first day of work. */
    public void recordOutcome(HiringOutcome result, LocalDate on, LocalDate firstDay, LocalDate today) {
        requireStatus(InterestStatus.PASSED);
        if (outcome != null) {
            throw new ConflictException("outcome already recorded: " + outcome);
        }
        List<FieldViolation> v = new ArrayList<>();
        if (result == null) {
            v.add(FieldViolation.of("outcome", "required"));
        }
        if (on == null) {
            v.add(FieldViolation.of("outcomeOn", "required"));
        } else if (on.isAfter(today)) {
            v.add(FieldViolation.of("outcomeOn", "notInFuture"));
        }
        if (result == HiringOutcome.HIRED) {
            if (firstDay == null) {
                v.add(FieldViolation.of("startsOn", "required"));
            } else if (on != null && firstDay.isBefore(on)) {
                v.add(FieldViolation.of("startsOn", "jobs.startBeforeOutcome"));
            }
        }
        InvalidInputException.throwIfAny(v);
        outcome = result;
        outcomeOn = on;
        startsOn = result == HiringOutcome.HIRED ? firstDay : null;
    }

    /** The supporter recorded the hire as the person's job; its end, if any, decides retention. */
    public void linkEmployment(UUID employment) {
        if (!hired()) {
            throw new ConflictException("interest is not a hire");
        }
        if (employmentId != null) {
            throw new ConflictException("hire already recorded as a job");
        }
        employmentId = Objects.requireNonNull(employment, "employment");
    }

    public boolean hired() {
        return status == InterestStatus.PASSED && outcome == HiringOutcome.HIRED;
    }

    private void handled(String by, Instant now) {
        handledBy = Objects.requireNonNull(by, "by");
        handledAt = now.atOffset(ZoneOffset.UTC);
    }

    private void requireStatus(InterestStatus wanted) {
        if (status != wanted) {
            throw new ConflictException("interest is " + status);
        }
    }

    public UUID id() { return id; }
    public String tenantId() { return tenantId; }
    public UUID postingId() { return postingId; }
    public UUID companyId() { return companyId; }
    public UUID memberId() { return memberId; }
    public UUID caseId() { return caseId; }
    public String message() { return message; }
    public InterestStatus status() { return status; }
    public String supporterNote() { return supporterNote; }
    public LocalDate consentOn() { return consentOn; }
    public ConsentMethod consentMethod() { return consentMethod; }
    public String handledBy() { return handledBy; }
    public Instant handledAt() { return handledAt == null ? null : handledAt.toInstant(); }
    public HiringOutcome outcome() { return outcome; }
    public LocalDate outcomeOn() { return outcomeOn; }
    public LocalDate startsOn() { return startsOn; }
    public Instant withdrawnAt() { return withdrawnAt == null ? null : withdrawnAt.toInstant(); }
    public UUID employmentId() { return employmentId; }
    public long version() { return version; }
    public Instant createdAt() { return createdAt.toInstant(); }
}
