package jp.tomoni.domain.jobs;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.tomoni.domain.shared.ConflictException;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.PersonRules;

/**
 * An employer's consultation after a hire (seed 000 E-3: supporting the employer keeps the job): the
 * company asks the named supporter for help with the employee; it lands in the person's retention
 * support as a contact to answer, and the company sees when and how it was answered.
 */
@Entity
@Table(name = "support_request")
public class SupportRequest {
    public static final int TEXT_MAX = 1000;

    @Id
    private UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    @Column(name = "interest_id", nullable = false, updatable = false)
    private UUID interestId;
    @Column(name = "company_id", nullable = false, updatable = false)
    private UUID companyId;
    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;
    @Column(nullable = false, updatable = false)
    private String question;
    @Column(name = "asked_by", nullable = false, updatable = false)
    private String askedBy;
    @Column(name = "asked_at", nullable = false, updatable = false)
    private OffsetDateTime askedAt;
    private String answer;
    @Column(name = "answered_by")
    private String answeredBy;
    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;
    @Version
    private long version;

    protected SupportRequest() {
    }

    /** The company asks about an employee it hired through Tomoni. */
    public static SupportRequest ask(String tenantId, JobInterest hire, String question, String by, Instant now) {
        if (!hire.hired()) {
            throw new ConflictException("only a hire's employer may ask for support");
        }
        SupportRequest r = new SupportRequest();
        r.question = text("question", question);
        r.id = UUID.randomUUID();
        r.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        r.interestId = hire.id();
        r.companyId = hire.companyId();
        r.caseId = Objects.requireNonNull(hire.caseId(), "caseId");
        r.askedBy = by;
        r.askedAt = now.atOffset(ZoneOffset.UTC);
        return r;
    }

    /** The supporter answers; the company reads the answer. Answered once. */
    public void answer(String text, String by, Instant now) {
        if (answeredAt != null) {
            throw new ConflictException("support request already answered");
        }
        answer = text("answer", text);
        answeredBy = Objects.requireNonNull(by, "by");
        answeredAt = now.atOffset(ZoneOffset.UTC);
    }

    private static String text(String field, String raw) {
        String t = PersonRules.optional(raw);
        List<FieldViolation> v = new ArrayList<>();
        PersonRules.checkText(v, field, t, TEXT_MAX);
        InvalidInputException.throwIfAny(v);
        return t;
    }

    public boolean open() {
        return answeredAt == null;
    }

    public UUID id() { return id; }
    public UUID interestId() { return interestId; }
    public UUID companyId() { return companyId; }
    public UUID caseId() { return caseId; }
    public String question() { return question; }
    public String askedBy() { return askedBy; }
    public Instant askedAt() { return askedAt.toInstant(); }
    public String answer() { return answer; }
    public String answeredBy() { return answeredBy; }
    public Instant answeredAt() { return answeredAt == null ? null : answeredAt.toInstant(); }
    public long version() { return version; }
}
