package jp.tomoni.domain.casework.assessment;

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

/** A {@link Strength} recorded in a case; removing it keeps the row with who removed it. */
@Entity
@Table(name = "strength")
public class StrengthEntry {
    @Id
    private UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private StrengthKind kind;
    @Column(nullable = false, updatable = false)
    private String text;
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "removed_at")
    private OffsetDateTime removedAt;
    @Column(name = "removed_by")
    private String removedBy;

    protected StrengthEntry() {
    }

    public static StrengthEntry of(String tenantId, UUID caseId, Strength s, String actor, Instant now) {
        StrengthEntry e = new StrengthEntry();
        e.id = UUID.randomUUID();
        e.tenantId = tenantId;
        e.caseId = caseId;
        e.kind = s.kind();
        e.text = s.text();
        e.createdAt = now.atOffset(ZoneOffset.UTC);
        e.createdBy = actor;
        return e;
    }

    public void remove(String actor, Instant now) {
        if (removedAt == null) {
            removedAt = now.atOffset(ZoneOffset.UTC);
            removedBy = actor;
        }
    }

    public boolean isRemoved() {
        return removedAt != null;
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public StrengthKind kind() {
        return kind;
    }

    public String text() {
        return text;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public String createdBy() {
        return createdBy;
    }
}
