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
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.tomoni.domain.employment.Employer;
import jp.tomoni.domain.employment.Industry;
import jp.tomoni.domain.shared.ConflictException;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.PersonRules;

/**
 * A partner company as its recruiter describes it (seed 000 D-5): what it does, how big it is, where,
 * whom to call, and whether it has employed people with a disability or people returning to work.
 * The tenant approves the profile or sends it back with a reason; a changed profile is reviewed
 * again. An approved company may be marked trusted: its postings then publish at once. Approval links
 * the company to the tenant's employer list, where liaison meetings and visits are counted.
 */
@Entity
@Table(name = "company")
public class Company {
    public static final int NAME_MAX = Employer.NAME_MAX;
    public static final int TEXT_MAX = 300;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int REASON_MAX = 500;

    @Id
    private UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    /** The recruiter's account in the identity provider: the one who may change the profile. */
    @Column(nullable = false, updatable = false)
    private String account;
    @Column(nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Industry industry;
    @Enumerated(EnumType.STRING)
    @Column(name = "company_size", nullable = false)
    private CompanySize size;
    @Column(nullable = false)
    private String address;
    @Column(name = "contact_person", nullable = false)
    private String contactPerson;
    @Column(nullable = false)
    private String phone;
    private String description;
    @Column(name = "employed_disability", nullable = false)
    private boolean employedDisability;
    @Column(name = "employed_returners", nullable = false)
    private boolean employedReturners;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReviewStatus status;
    @Column(name = "decision_reason")
    private String decisionReason;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;
    @Column(nullable = false)
    private boolean trusted;
    @Column(name = "employer_id")
    private UUID employerId;
    @Version
    private long version;
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected Company() {
    }

    /** A profile as written: all but the description required. */
    public record Draft(String name, Industry industry, CompanySize size, String address, String contactPerson,
                        String phone, String description, boolean employedDisability, boolean employedReturners) {
        public Draft {
            name = PersonRules.optional(name);
            address = PersonRules.optional(address);
            contactPerson = PersonRules.optional(contactPerson);
            phone = PersonRules.optional(Employer.Draft.normalisedPhone(phone));
            description = PersonRules.optional(description);
        }

        public List<FieldViolation> violations() {
            List<FieldViolation> v = new ArrayList<>();
            PersonRules.checkText(v, "name", name, NAME_MAX);
            if (industry == null) {
                v.add(FieldViolation.of("industry", "required"));
            }
            if (size == null) {
                v.add(FieldViolation.of("size", "required"));
            }
            PersonRules.checkText(v, "address", address, TEXT_MAX);
            PersonRules.checkText(v, "contactPerson", contactPerson, Employer.CONTACT_PERSON_MAX);
            if (phone == null) {
                v.add(FieldViolation.of("phone", "required"));
            } else {
                Employer.Draft.checkPhone(v, "phone", phone);
            }
            PersonRules.checkOptionalText(v, "description", description, DESCRIPTION_MAX);
            return v;
        }
    }

    /** A recruiter's new profile: it waits for the tenant's review. */
    public static Company submit(String tenantId, String account, Draft d, Instant now) {
        InvalidInputException.throwIfAny(d.violations());
        Company c = new Company();
        c.id = UUID.randomUUID();
        c.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        c.account = Objects.requireNonNull(account, "account");
        c.write(d);
        c.status = ReviewStatus.PENDING;
        c.createdAt = now.atOffset(ZoneOffset.UTC);
        return c;
    }

    /**
     * The recruiter changes the profile. A rejected profile goes back for review; an approved one
     * stays approved unless its name changes, which the tenant reviews again (the name is what people
     * and staff trust).
     */
    public void change(Draft d) {
        InvalidInputException.throwIfAny(d.violations());
        boolean renamed = !d.name().equals(name);
        write(d);
        if (status == ReviewStatus.REJECTED || (status == ReviewStatus.APPROVED && renamed)) {
            status = ReviewStatus.PENDING;
            trusted = false;
        }
    }

    private void write(Draft d) {
        name = d.name();
        industry = d.industry();
        size = d.size();
        address = d.address();
        contactPerson = d.contactPerson();
        phone = d.phone();
        description = d.description();
        employedDisability = d.employedDisability();
        employedReturners = d.employedReturners();
    }

    /** The tenant approves a waiting profile; {@code employer} is its line in the employer list. */
    public void approve(UUID employer, String by, Instant now) {
        requireStatus(ReviewStatus.PENDING);
        status = ReviewStatus.APPROVED;
        employerId = Objects.requireNonNull(employer, "employer");
        decide(null, by, now);
    }

    /** The tenant sends a waiting profile back; the reason is required and shown to the recruiter. */
    public void reject(String reason, String by, Instant now) {
        requireStatus(ReviewStatus.PENDING);
        String r = requiredReason(reason);
        status = ReviewStatus.REJECTED;
        trusted = false;
        decide(r, by, now);
    }

    /** Marks an approved company trusted (its postings publish at once) or no longer trusted. */
    public void trust(boolean value) {
        if (value) {
            requireStatus(ReviewStatus.APPROVED);
        }
        trusted = value;
    }

    /** A reason of a decision: required, at most {@value #REASON_MAX} characters. */
    public static String requiredReason(String reason) {
        String r = PersonRules.optional(reason);
        List<FieldViolation> v = new ArrayList<>();
        PersonRules.checkText(v, "reason", r, REASON_MAX);
        InvalidInputException.throwIfAny(v);
        return r;
    }

    private void decide(String reason, String by, Instant now) {
        decisionReason = reason;
        decidedBy = Objects.requireNonNull(by, "by");
        decidedAt = now.atOffset(ZoneOffset.UTC);
    }

    private void requireStatus(ReviewStatus wanted) {
        if (status != wanted) {
            throw new ConflictException("company is " + status);
        }
    }

    public boolean approved() {
        return status == ReviewStatus.APPROVED;
    }

    public Draft draft() {
        return new Draft(name, industry, size, address, contactPerson, phone, description, employedDisability,
                employedReturners);
    }

    public UUID id() { return id; }
    public String tenantId() { return tenantId; }
    public String account() { return account; }
    public String name() { return name; }
    public Industry industry() { return industry; }
    public CompanySize size() { return size; }
    public String address() { return address; }
    public String contactPerson() { return contactPerson; }
    public String phone() { return phone; }
    public String description() { return description; }
    public boolean employedDisability() { return employedDisability; }
    public boolean employedReturners() { return employedReturners; }
    public ReviewStatus status() { return status; }
    public String decisionReason() { return decisionReason; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt == null ? null : decidedAt.toInstant(); }
    public boolean trusted() { return trusted; }
    public UUID employerId() { return employerId; }
    public long version() { return version; }
    public Instant createdAt() { return createdAt.toInstant(); }
}
