package jp.tomoni.domain.employment;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

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
 * A company the agency works with (seed 000 D-5, 企業との連携): where people were placed, where the
 * agency develops jobs, with whom it has an agreement on continued support. One name per tenant.
 */
@Entity
@Table(name = "employer")
public class Employer {
    public static final int NAME_MAX = 200;
    public static final int CONTACT_PERSON_MAX = 100;
    public static final int PHONE_MAX = 20;
    public static final int ADDRESS_MAX = 300;
    public static final int AGREEMENT_MAX = 500;
    public static final int NOTE_MAX = 1000;
    /** Digits in groups joined by single hyphens: 042-555-0100, 0120123456. */
    private static final Pattern PHONE = Pattern.compile("[0-9]+(-[0-9]+)*");

    @Id
    private UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    @Column(nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Industry industry;
    @Column(name = "contact_person")
    private String contactPerson;
    private String phone;
    private String address;
    private String agreement;
    private String note;
    @Version
    private long version;
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected Employer() {
    }

    /**
     * An employer as written: the name and the industry are required, the rest optional. A phone
     * number typed in full-width digits or with a long dash is read as the same number.
     */
    public record Draft(String name, Industry industry, String contactPerson, String phone, String address,
                        String agreement, String note) {
        public Draft {
            name = PersonRules.optional(name);
            contactPerson = PersonRules.optional(contactPerson);
            phone = PersonRules.optional(normalisePhone(phone));
            address = PersonRules.optional(address);
            agreement = PersonRules.optional(agreement);
            note = PersonRules.optional(note);
        }

        /** A phone number as an employer's: digits in hyphenated groups, at most {@value #PHONE_MAX}. */
        public static void checkPhone(List<FieldViolation> v, String field, String phone) {
            if (phone.length() > PHONE_MAX) {
                v.add(FieldViolation.of(field, "tooLong", PHONE_MAX));
            } else if (!PHONE.matcher(phone).matches()) {
                v.add(FieldViolation.of(field, "invalid"));
            }
        }

        /** The number as typed, full-width digits and long dashes read as plain ones. */
        public static String normalisedPhone(String raw) {
            return normalisePhone(raw);
        }

        public List<FieldViolation> violations() {
            List<FieldViolation> v = new ArrayList<>();
            PersonRules.checkText(v, "name", name, NAME_MAX);
            if (industry == null) {
                v.add(FieldViolation.of("industry", "required"));
            }
            PersonRules.checkOptionalText(v, "contactPerson", contactPerson, CONTACT_PERSON_MAX);
            if (phone != null) {
                checkPhone(v, "phone", phone);
            }
            PersonRules.checkOptionalText(v, "address", address, ADDRESS_MAX);
            PersonRules.checkOptionalText(v, "agreement", agreement, AGREEMENT_MAX);
            PersonRules.checkOptionalText(v, "note", note, NOTE_MAX);
            return v;
        }
    }

    static String normalisePhone(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(raw.length());
        raw.strip().codePoints().forEach(c -> {
            if (c >= '０' && c <= '９') {
                b.append((char) ('0' + (c - '０')));
            } else if (c == '－' || c == 'ー' || c == '‐' || c == '−' || c == '―' || c == '–') {
                b.append('-');
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    public static Employer register(String tenantId, Draft d, String actor, Instant now) {
        InvalidInputException.throwIfAny(d.violations());
        Employer e = new Employer();
        e.id = UUID.randomUUID();
        e.tenantId = tenantId;
        e.write(d);
        e.createdAt = now.atOffset(ZoneOffset.UTC);
        e.createdBy = actor;
        return e;
    }

    /** Replaces what is written about the employer. */
    public void change(Draft d) {
        InvalidInputException.throwIfAny(d.violations());
        write(d);
    }

    private void write(Draft d) {
        name = d.name();
        industry = d.industry();
        contactPerson = d.contactPerson();
        phone = d.phone();
        address = d.address();
        agreement = d.agreement();
        note = d.note();
    }

    public Draft draft() {
        return new Draft(name, industry, contactPerson, phone, address, agreement, note);
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Industry industry() {
        return industry;
    }

    public String contactPerson() {
        return contactPerson;
    }

    public String phone() {
        return phone;
    }

    public String address() {
        return address;
    }

    public String agreement() {
        return agreement;
    }

    public String note() {
        return note;
    }

    public long version() {
        return version;
    }

    public String createdBy() {
        return createdBy;
    }
}
