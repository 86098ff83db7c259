package jp.tomoni.domain.casework.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The municipality's 支援決定 and/or 確認 of one plan, as recorded by a municipal officer. Never changed. */
@Entity
@Table(name = "plan_decision")
public class PlanDecision {
    @Id
    private UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;
    @Column(name = "plan_id", nullable = false, updatable = false)
    private UUID planId;
    // service numbers, comma-separated: "3,4"
    @Column(name = "decided_services", nullable = false, updatable = false)
    private String decidedServices;
    @Column(nullable = false, updatable = false)
    private boolean confirmation;
    @Column(name = "decided_on", nullable = false, updatable = false)
    private LocalDate decidedOn;
    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected PlanDecision() {
    }

    public static PlanDecision record(Plan plan, DecisionDraft d, String actor, Instant now) {
        PlanDecision x = new PlanDecision();
        x.id = UUID.randomUUID();
        x.tenantId = plan.tenantId();
        x.caseId = plan.caseId();
        x.planId = plan.id();
        x.decidedServices = d.decided().stream().map(s -> String.valueOf(s.number())).collect(Collectors.joining(","));
        x.confirmation = d.confirmation();
        x.decidedOn = d.decidedOn();
        x.recordedBy = actor;
        x.recordedAt = now.atOffset(ZoneOffset.UTC);
        return x;
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

    public Set<StatutoryService> decided() {
        return ProcedureRule.sorted(decidedServices.isEmpty() ? Set.of() : Arrays.stream(decidedServices.split(","))
                .map(n -> StatutoryService.byNumber(Integer.parseInt(n)).orElseThrow()).collect(Collectors.toSet()));
    }

    public boolean confirmation() {
        return confirmation;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt.toInstant();
    }

    /** 支援決定, 確認, or both, as the form's boxes read. */
    public String kindJa() {
        boolean decision = !decidedServices.isEmpty();
        return decision && confirmation ? "支援決定・確認" : decision ? "支援決定" : "確認";
    }
}
