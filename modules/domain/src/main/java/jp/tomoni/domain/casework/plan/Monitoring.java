package jp.tomoni.domain.casework.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.PersonRules;

/** A モニタリング of the plan in delivery: how the goals are going; it may fix the next monitoring month. */
@Entity
@Table(name = "monitoring")
public class Monitoring {
    @Id
    private UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;
    @Column(name = "plan_id", nullable = false, updatable = false)
    private UUID planId;
    @Column(name = "monitored_on", nullable = false, updatable = false)
    private LocalDate monitoredOn;
    @Column(name = "goal_progress", nullable = false, updatable = false)
    private String goalProgress;
    @Column(updatable = false)
    private String notes;
    @Column(name = "next_monitoring", updatable = false)
    private LocalDate nextMonitoring;
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    /** {@code nextMonitoring}: the first day of the next monitoring month, or null to leave the plan's. */
    public record Draft(LocalDate monitoredOn, String goalProgress, String notes, LocalDate nextMonitoring) {
        public Draft {
            goalProgress = PersonRules.optional(goalProgress);
            notes = PersonRules.optional(notes);
        }

        public List<FieldViolation> violations(LocalDate today) {
            List<FieldViolation> v = new ArrayList<>();
            if (monitoredOn == null) {
                v.add(FieldViolation.of("monitoredOn", "required"));
            } else if (monitoredOn.isAfter(today)) {
                v.add(FieldViolation.of("monitoredOn", "notInFuture"));
            }
            PersonRules.checkText(v, "goalProgress", goalProgress, PlanDraft.TEXT_MAX);
            PersonRules.checkOptionalText(v, "notes", notes, PlanDraft.TEXT_MAX);
            if (nextMonitoring != null && nextMonitoring.getDayOfMonth() != 1) {
                v.add(FieldViolation.of("nextMonitoring", "invalid"));
            } else if (nextMonitoring != null && monitoredOn != null
                    && !nextMonitoring.isAfter(monitoredOn.withDayOfMonth(1))) {
                v.add(FieldViolation.of("nextMonitoring", "monitoring.nextNotLater"));
            }
            return v;
        }
    }

    protected Monitoring() {
    }

    public static Monitoring record(Plan plan, Draft d, String actor, Instant now) {
        Monitoring m = new Monitoring();
        m.id = UUID.randomUUID();
        m.tenantId = plan.tenantId();
        m.caseId = plan.caseId();
        m.planId = plan.id();
        m.monitoredOn = d.monitoredOn();
        m.goalProgress = d.goalProgress();
        m.notes = d.notes();
        m.nextMonitoring = d.nextMonitoring();
        m.createdAt = now.atOffset(ZoneOffset.UTC);
        m.createdBy = actor;
        return m;
    }

    public UUID id() {
        return id;
    }

    public UUID planId() {
        return planId;
    }

    public LocalDate monitoredOn() {
        return monitoredOn;
    }

    public String goalProgress() {
        return goalProgress;
    }

    public String notes() {
        return notes;
    }

    public LocalDate nextMonitoring() {
        return nextMonitoring;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public String createdBy() {
        return createdBy;
    }
}
