package jp.tomoni.domain.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import jakarta.persistence.Version;

import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;

/** The person's consent, its own record: given once, revocable at any time, never deleted. */
@Entity
@Table(name = "consent")
public class Consent {
    @Id
    private UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;
    @Convert(converter = CodeListConverter.class)
    @Column(nullable = false, updatable = false)
    private Set<String> agencies;
    @Convert(converter = CodeListConverter.class)
    @Column(nullable = false, updatable = false)
    private Set<String> purposes;
    @Column(name = "given_on", nullable = false, updatable = false)
    private LocalDate givenOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ConsentMethod method;
    @Column(name = "explained_by", nullable = false, updatable = false)
    private String explainedBy;
    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;
    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;
    @Column(name = "revoked_by")
    private String revokedBy;
    @Version
    private long version;

    protected Consent() {
    }

    public static Consent record(String tenantId, UUID caseId, ConsentDraft draft, String actor, Instant now) {
        Consent c = new Consent();
        c.id = UUID.randomUUID();
        c.tenantId = tenantId;
        c.caseId = caseId;
        c.agencies = draft.agencies();
        c.purposes = CodeListConverter.names(draft.purposes());
        c.givenOn = draft.givenOn();
        c.method = draft.method();
        c.explainedBy = draft.explainedBy();
        c.recordedBy = actor;
        c.recordedAt = now.atOffset(ZoneOffset.UTC);
        return c;
    }

    public void revoke(String actor, Instant now) {
        if (revokedAt != null) {
            throw new InvalidInputException(List.of(FieldViolation.of("consent", "consent.alreadyRevoked")));
        }
        revokedAt = now.atOffset(ZoneOffset.UTC);
        revokedBy = actor;
    }

    public boolean inForce() {
        return revokedAt == null;
    }

    /** Agencies this consent lets see the case: only while in force and only when sharing was agreed. */
    public Set<String> sharedWith() {
        return inForce() && purposes.contains(ConsentPurpose.INFORMATION_SHARING.name()) ? agencies : Set.of();
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public Set<String> agencies() {
        return agencies;
    }

    public Set<ConsentPurpose> purposes() {
        return CodeListConverter.values(ConsentPurpose.class, purposes);
    }

    public LocalDate givenOn() {
        return givenOn;
    }

    public ConsentMethod method() {
        return method;
    }

    public String explainedBy() {
        return explainedBy;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt.toInstant();
    }

    public Instant revokedAt() {
        return revokedAt == null ? null : revokedAt.toInstant();
    }

    public String revokedBy() {
        return revokedBy;
    }

    public long version() {
        return version;
    }
}
