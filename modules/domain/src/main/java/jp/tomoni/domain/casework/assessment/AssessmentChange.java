package jp.tomoni.domain.casework.assessment;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change of one assessment answer: new facts are appended over time, and what was there before stays readable. */
@Entity
@Table(name = "assessment_change")
public class AssessmentChange {
    @Id
    private UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;
    @Column(name = "item_key", nullable = false, updatable = false)
    private String itemKey;
    @Column(name = "form_id", nullable = false, updatable = false)
    private String formId;
    @Column(name = "old_value", updatable = false)
    private String oldValue;
    @Column(name = "new_value", updatable = false)
    private String newValue;
    @Column(name = "changed_at", nullable = false, updatable = false)
    private OffsetDateTime changedAt;
    @Column(name = "changed_by", nullable = false, updatable = false)
    private String changedBy;

    protected AssessmentChange() {
    }

    static AssessmentChange of(String tenantId, UUID caseId, String itemKey, String formId, String oldValue,
                               String newValue, String actor, Instant now) {
        AssessmentChange c = new AssessmentChange();
        c.id = UUID.randomUUID();
        c.tenantId = tenantId;
        c.caseId = caseId;
        c.itemKey = itemKey;
        c.formId = formId;
        c.oldValue = oldValue;
        c.newValue = newValue;
        c.changedAt = now.atOffset(ZoneOffset.UTC);
        c.changedBy = actor;
        return c;
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public String itemKey() {
        return itemKey;
    }

    public String formId() {
        return formId;
    }

    public String oldValue() {
        return oldValue;
    }

    public String newValue() {
        return newValue;
    }

    public Instant changedAt() {
        return changedAt.toInstant();
    }

    public String changedBy() {
        return changedBy;
    }
}
