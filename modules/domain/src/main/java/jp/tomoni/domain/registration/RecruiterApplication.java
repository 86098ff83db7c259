package jp.tomoni.domain.registration;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.tomoni.domain.shared.ConflictException;
import jp.tomoni.domain.shared.InvalidInputException;

/**
 * A company recruiter's wish to recruit in a municipality. The person's account exists from the
 * start but holds no role there until a tenant admin approves the company; a pending application
 * is decided once, to approved or rejected.
 */
@Entity
@Table(name = "recruiter_application")
public class RecruiterApplication {
    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    /** The account's id in the identity provider. */
    @Column(name = "user_id", nullable = false, updatable = false)
    private String userId;

    @Column(name = "company_name", nullable = false, updatable = false)
    private String companyName;

    @Column(name = "corporate_number", updatable = false)
    private String corporateNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicationStatus status;

    @Column(name = "applied_at", nullable = false, updatable = false)
    private OffsetDateTime appliedAt;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Version
    private long version;

    protected RecruiterApplication() {
    }

    /** A pending application of the account {@code userId} for a registration that asks for approval. */
    public static RecruiterApplication apply(String tenantId, String userId, SelfRegistration registration, Instant now) {
        Objects.requireNonNull(userId, "userId");
        if (!registration.needsApproval()) {
            throw new IllegalArgumentException("only company recruiters apply for approval");
        }
        InvalidInputException.throwIfAny(registration.violations());
        RecruiterApplication a = new RecruiterApplication();
        a.id = UUID.randomUUID();
        a.tenantId = tenantId;
        a.userId = userId;
        a.companyName = registration.companyName();
        a.corporateNumber = registration.corporateNumber();
        a.status = ApplicationStatus.PENDING;
        a.appliedAt = utc(now);
        return a;
    }

    public void approve(String actor, Instant now) {
        decide(ApplicationStatus.APPROVED, actor, now);
    }

    public void reject(String actor, Instant now) {
        decide(ApplicationStatus.REJECTED, actor, now);
    }

    private void decide(ApplicationStatus outcome, String actor, Instant now) {
        if (status != ApplicationStatus.PENDING) {
            throw new ConflictException("application " + id + " is already " + status);
        }
        status = outcome;
        decidedBy = Objects.requireNonNull(actor, "actor");
        decidedAt = utc(now);
    }

    // JPA 3.1 maps OffsetDateTime, not Instant, to timestamptz
    private static OffsetDateTime utc(Instant t) {
        return t.atOffset(ZoneOffset.UTC);
    }

    public UUID id() { return id; }
    public String tenantId() { return tenantId; }
    public String userId() { return userId; }
    public String companyName() { return companyName; }
    public String corporateNumber() { return corporateNumber; }
    public ApplicationStatus status() { return status; }
    public Instant appliedAt() { return appliedAt.toInstant(); }
    public Instant decidedAt() { return decidedAt == null ? null : decidedAt.toInstant(); }
    public String decidedBy() { return decidedBy; }
    public long version() { return version; }
}
