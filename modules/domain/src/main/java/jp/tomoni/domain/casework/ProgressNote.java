package jp.tomoni.domain.casework;

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

/** A 支援経過記録 entry. Never edited: a correction is a new entry, so the record stays what was written. */
@Entity
@Table(name = "progress_note")
public class ProgressNote {
    @Id
    private UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;
    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private NoteMeans means;
    @Column(nullable = false, updatable = false)
    private String staff;
    @Column(updatable = false)
    private String counterpart;
    @Column(nullable = false, updatable = false)
    private String body;
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected ProgressNote() {
    }

    public static ProgressNote write(String tenantId, UUID caseId, NoteDraft d, String actor, Instant now) {
        ProgressNote n = new ProgressNote();
        n.id = UUID.randomUUID();
        n.tenantId = tenantId;
        n.caseId = caseId;
        n.occurredAt = d.occurredAt().atOffset(ZoneOffset.UTC);
        n.means = d.means();
        n.staff = actor;
        n.counterpart = d.counterpart();
        n.body = d.body();
        n.createdAt = now.atOffset(ZoneOffset.UTC);
        n.createdBy = actor;
        return n;
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public Instant occurredAt() {
        return occurredAt.toInstant();
    }

    public NoteMeans means() {
        return means;
    }

    public String staff() {
        return staff;
    }

    public String counterpart() {
        return counterpart;
    }

    public String body() {
        return body;
    }
}
