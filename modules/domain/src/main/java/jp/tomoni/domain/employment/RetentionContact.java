package jp.tomoni.domain.employment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.tomoni.domain.casework.CodeListConverter;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.PersonRules;

/** A contact with the working person or their employer, and the warning signs seen in it (seeds 002, 004). */
@Entity
@Table(name = "retention_contact")
public class RetentionContact {
    @Id
    private UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;
    @Column(name = "plan_id", updatable = false)
    private UUID planId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContactKind kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContactMeans means;
    @Column(name = "contacted_on", nullable = false)
    private LocalDate contactedOn;
    @Convert(converter = CodeListConverter.class)
    @Column(nullable = false)
    private Set<String> signs;
    private String note;
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected RetentionContact() {
    }

    /** A contact as written: kind, means and date required, not after today. */
    public record Draft(ContactKind kind, ContactMeans means, LocalDate contactedOn, Set<WarningSign> signs, String note) {
        public Draft {
            signs = signs == null ? Set.of() : Set.copyOf(signs);
            note = PersonRules.optional(note);
        }

        public List<FieldViolation> violations(LocalDate today) {
            List<FieldViolation> v = new ArrayList<>();
            if (kind == null) {
                v.add(FieldViolation.of("kind", "required"));
            }
            if (means == null) {
                v.add(FieldViolation.of("means", "required"));
            }
            if (contactedOn == null) {
                v.add(FieldViolation.of("contactedOn", "required"));
            } else if (contactedOn.isAfter(today)) {
                v.add(FieldViolation.of("contactedOn", "notInFuture"));
            }
            PersonRules.checkOptionalText(v, "note", note, 2000);
            return v;
        }
    }

    public static RetentionContact record(String tenantId, UUID caseId, UUID planId, Draft d, LocalDate today,
                                          String actor, Instant now) {
        InvalidInputException.throwIfAny(d.violations(today));
        RetentionContact c = new RetentionContact();
        c.id = UUID.randomUUID();
        c.tenantId = tenantId;
        c.caseId = caseId;
        c.planId = planId;
        c.kind = d.kind();
        c.means = d.means();
        c.contactedOn = d.contactedOn();
        c.signs = CodeListConverter.names(d.signs());
        c.note = d.note();
        c.createdAt = now.atOffset(ZoneOffset.UTC);
        c.createdBy = actor;
        return c;
    }

    public SignsSeen seen() {
        return new SignsSeen(contactedOn, signs());
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

    public ContactKind kind() {
        return kind;
    }

    public ContactMeans means() {
        return means;
    }

    public LocalDate contactedOn() {
        return contactedOn;
    }

    public Set<WarningSign> signs() {
        return signs.isEmpty() ? Set.of() : CodeListConverter.values(WarningSign.class, signs);
    }

    public String note() {
        return note;
    }

    public String createdBy() {
        return createdBy;
    }
}
