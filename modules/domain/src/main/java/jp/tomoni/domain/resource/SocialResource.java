package jp.tomoni.domain.resource;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.tomoni.domain.shared.InvalidInputException;

/** A social resource (社会資源) registered by a tenant's staff. */
@Entity
@Table(name = "social_resource")
public class SocialResource {
    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ResourceCategory category;

    private String description;

    private String address;

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

    public static SocialResource register(String tenantId, ResourceDraft draft, String actor, Instant now) {
        InvalidInputException.throwIfAny(draft.violations());
        SocialResource r = new SocialResource();
        r.id = UUID.randomUUID();
        r.tenantId = tenantId;
        r.createdAt = utc(now);
        r.createdBy = actor;
        r.apply(draft, now);
        return r;
    }

    public void change(ResourceDraft draft, Instant now) {
        InvalidInputException.throwIfAny(draft.violations());
        apply(draft, now);
    }

    private void apply(ResourceDraft draft, Instant now) {
        this.name = draft.name().strip();
        this.category = draft.category();
        this.description = blankToNull(draft.description());
        this.address = blankToNull(draft.address());
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
    public String name() { return name; }
    public ResourceCategory category() { return category; }
    public String description() { return description; }
    public String address() { return address; }
    public long version() { return version; }
    public Instant createdAt() { return createdAt.toInstant(); }
    public String createdBy() { return createdBy; }
    public Instant updatedAt() { return updatedAt.toInstant(); }
}
