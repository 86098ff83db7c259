package jp.tomoni.domain.casework.plan;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A plan as it was before a revision (修正): its {@code revision} and its content as a JSON snapshot. */
@Entity
@Table(name = "plan_revision_history")
public class PlanRevision {
    @Id
    private UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    @Column(name = "plan_id", nullable = false, updatable = false)
    private UUID planId;
    @Column(nullable = false, updatable = false)
    private int revision;
    @Column(nullable = false, updatable = false)
    private String snapshot;
    @Column(name = "revised_at", nullable = false, updatable = false)
    private OffsetDateTime revisedAt;
    @Column(name = "revised_by", nullable = false, updatable = false)
    private String revisedBy;

    protected PlanRevision() {
    }

    /** Keeps {@code plan} as it is now, before it is revised by {@code actor}. */
    public static PlanRevision before(Plan plan, String snapshot, String actor, Instant now) {
        PlanRevision r = new PlanRevision();
        r.id = UUID.randomUUID();
        r.tenantId = plan.tenantId();
        r.planId = plan.id();
        r.revision = plan.edition().revision();
        r.snapshot = snapshot;
        r.revisedAt = now.atOffset(ZoneOffset.UTC);
        r.revisedBy = actor;
        return r;
    }

    public UUID id() {
        return id;
    }

    public UUID planId() {
        return planId;
    }

    public int revision() {
        return revision;
    }

    public String snapshot() {
        return snapshot;
    }

    public Instant revisedAt() {
        return revisedAt.toInstant();
    }

    public String revisedBy() {
        return revisedBy;
    }
}
