package jp.tomoni.domain.resource;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.tomoni.domain.casework.CodeListConverter;
import jp.tomoni.domain.casework.ProblemArea;
import jp.tomoni.domain.shared.InvalidInputException;

/**
 * A social resource (社会資源), an HSDS service: registered by a tenant's staff, or shared with every
 * tenant ({@code tenantId} null) and then read-only to them. Its locations are linked in the repository.
 */
@Entity
@Table(name = "social_resource")
public class SocialResource {
    @Id
    private UUID id;

    @Column(name = "tenant_id", updatable = false)
    private String tenantId;

    @Column(nullable = false)
    private String name;

    @Column(name = "name_kana")
    private String nameKana;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ResourceCategory category;

    @Convert(converter = CodeListConverter.class)
    @Column(nullable = false)
    private Set<String> areas = Set.of();

    private String description;

    private String address;

    @Column(name = "organization_id")
    private UUID organizationId;

    @Column(name = "eligibility_text")
    private String eligibilityText;

    @Column(name = "min_age")
    private Integer minAge;

    @Column(name = "max_age")
    private Integer maxAge;

    @Column(name = "residents_only", nullable = false)
    private boolean residentsOnly;

    @Convert(converter = CodeListConverter.class)
    @Column(nullable = false)
    private Set<String> conditions = Set.of();

    @Convert(converter = CodeListConverter.class)
    @Column(nullable = false)
    private Set<String> languages = Set.of();

    private String hours;

    private String fees;

    @Column(nullable = false)
    private boolean free;

    private String phone;

    private String email;

    private String url;

    private String accessibility;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Visibility visibility = Visibility.PUBLIC;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "verified_at")
    private OffsetDateTime verifiedAt;

    @Column(name = "verified_by")
    private String verifiedBy;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected SocialResource() {
    }

    /** Registered by a person, who thereby also verified it today. */
    public static SocialResource register(String tenantId, ResourceDraft draft, String actor, Instant now) {
        InvalidInputException.throwIfAny(draft.violations());
        SocialResource r = new SocialResource();
        r.id = UUID.randomUUID();
        r.tenantId = tenantId;
        r.createdAt = utc(now);
        r.createdBy = actor;
        r.apply(draft, now);
        r.verify(actor, now);
        return r;
    }

    /** A shared record with a fixed id (kept across loads of the shared list). */
    public static SocialResource shared(UUID id, ResourceDraft draft, String actor, Instant now) {
        InvalidInputException.throwIfAny(draft.violations());
        SocialResource r = new SocialResource();
        r.id = id;
        r.tenantId = null;
        r.createdAt = utc(now);
        r.createdBy = actor;
        r.apply(draft, now);
        r.verify(actor, now);
        return r;
    }

    public void change(ResourceDraft draft, Instant now) {
        InvalidInputException.throwIfAny(draft.violations());
        apply(draft, now);
    }

    /** A person checked that the record is still right (最終確認). */
    public void verify(String actor, Instant now) {
        this.verifiedAt = utc(now);
        this.verifiedBy = actor;
        this.updatedAt = utc(now);
    }

    /** No longer offered: kept for the history, no longer found. */
    public void retire(Instant now) {
        this.active = false;
        this.updatedAt = utc(now);
    }

    private void apply(ResourceDraft draft, Instant now) {
        this.name = draft.name().strip();
        this.nameKana = blankToNull(draft.nameKana());
        this.category = draft.category();
        this.areas = CodeListConverter.names(draft.areas());
        this.description = blankToNull(draft.description());
        this.address = blankToNull(draft.address());
        this.organizationId = draft.organizationId();
        Eligibility e = draft.eligibility();
        this.eligibilityText = e.text();
        this.minAge = e.minAge();
        this.maxAge = e.maxAge();
        this.residentsOnly = e.residentsOnly();
        this.conditions = CodeListConverter.names(e.conditions());
        this.languages = CodeListConverter.names(draft.languages());
        this.hours = blankToNull(draft.hours());
        this.fees = blankToNull(draft.fees());
        this.free = draft.free();
        this.phone = draft.contact().phone();
        this.email = draft.contact().email();
        this.url = draft.contact().url();
        this.accessibility = blankToNull(draft.accessibility());
        this.visibility = draft.visibility();
        this.active = true;
        this.updatedAt = utc(now);
    }

    // JPA 3.1 maps OffsetDateTime, not Instant, to timestamptz
    private static OffsetDateTime utc(Instant t) {
        return t.atOffset(ZoneOffset.UTC);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public UUID id() { return id; }
    public String tenantId() { return tenantId; }
    public boolean shared() { return tenantId == null; }
    public String name() { return name; }
    public String nameKana() { return nameKana; }
    public ResourceCategory category() { return category; }
    public Set<ProblemArea> areas() { return CodeListConverter.values(ProblemArea.class, areas); }
    public String description() { return description; }
    public String address() { return address; }
    public UUID organizationId() { return organizationId; }
    public Eligibility eligibility() {
        return new Eligibility(eligibilityText, minAge, maxAge, residentsOnly,
                CodeListConverter.values(EligibilityCondition.class, conditions));
    }
    public Set<SupportLanguage> languages() {
        return languages.stream().map(c -> SupportLanguage.valueOf(c)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
    public String hours() { return hours; }
    public String fees() { return fees; }
    public boolean free() { return free; }
    public Contact contact() { return new Contact(phone, email, url); }
    public String accessibility() { return accessibility; }
    public Visibility visibility() { return visibility; }
    public boolean active() { return active; }
    public Instant verifiedAt() { return verifiedAt == null ? null : verifiedAt.toInstant(); }
    public String verifiedBy() { return verifiedBy; }
    public long version() { return version; }
    public Instant createdAt() { return createdAt.toInstant(); }
    public String createdBy() { return createdBy; }
    public Instant updatedAt() { return updatedAt.toInstant(); }

    /** The draft that would store this record as it is (for editing and export). */
    public ResourceDraft toDraft(java.util.List<ServiceLocation> locations) {
        return new ResourceDraft(name, category, description, address, nameKana, areas(), eligibility(), languages(),
                hours, fees, free, contact(), accessibility, visibility, organizationId, locations);
    }
}
