package jp.tomoni.domain.employment;

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

import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.PersonRules;

/**
 * One contact with the world of work (seed 000 D-5): a company visit, a liaison meeting with an
 * employer after hiring, or a contact with the chamber of commerce or Hello Work, which may be with
 * no one employer.
 */
@Entity
@Table(name = "employer_contact")
public class EmployerContact {
    public static final int SUMMARY_MAX = 1000;

    @Id
    private UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    @Column(name = "employer_id", updatable = false)
    private UUID employerId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EmployerContactKind kind;
    @Column(name = "contacted_on", nullable = false)
    private LocalDate contactedOn;
    @Column(nullable = false)
    private String summary;
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected EmployerContact() {
    }

    /**
     * A contact as written: kind, date (not after today) and summary required; the employer required
     * for a visit and a liaison meeting, optional for the chamber of commerce and Hello Work.
     */
    public record Draft(EmployerContactKind kind, UUID employerId, LocalDate contactedOn, String summary) {
        public Draft {
            summary = PersonRules.optional(summary);
        }

        public List<FieldViolation> violations(LocalDate today) {
            List<FieldViolation> v = new ArrayList<>();
            if (kind == null) {
                v.add(FieldViolation.of("kind", "required"));
            } else if (kind.requiresEmployer() && employerId == null) {
                v.add(FieldViolation.of("employerId", "required"));
            }
            if (contactedOn == null) {
                v.add(FieldViolation.of("contactedOn", "required"));
            } else if (contactedOn.isAfter(today)) {
                v.add(FieldViolation.of("contactedOn", "notInFuture"));
            }
            PersonRules.checkText(v, "summary", summary, SUMMARY_MAX);
            return v;
        }
    }

    public static EmployerContact record(String tenantId, Draft d, LocalDate today, String actor, Instant now) {
        InvalidInputException.throwIfAny(d.violations(today));
        EmployerContact c = new EmployerContact();
        c.id = UUID.randomUUID();
        c.tenantId = tenantId;
        c.employerId = d.employerId();
        c.kind = d.kind();
        c.contactedOn = d.contactedOn();
        c.summary = d.summary();
        c.createdAt = now.atOffset(ZoneOffset.UTC);
        c.createdBy = actor;
        return c;
    }

    public UUID id() {
        return id;
    }

    public UUID employerId() {
        return employerId;
    }

    public EmployerContactKind kind() {
        return kind;
    }

    public LocalDate contactedOn() {
        return contactedOn;
    }

    public String summary() {
        return summary;
    }

    public String createdBy() {
        return createdBy;
    }
}
