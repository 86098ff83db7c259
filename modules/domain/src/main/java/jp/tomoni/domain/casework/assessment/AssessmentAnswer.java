package jp.tomoni.domain.casework.assessment;

import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The current answer to one item of a case's assessment sheet, stored as text under the form
 * version it was given in. Versioned per item: saves of different items never conflict.
 */
@Entity
@Table(name = "assessment_answer")
@IdClass(AssessmentAnswer.Key.class)
public class AssessmentAnswer {
    @Id
    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;
    @Id
    @Column(name = "item_key", nullable = false, updatable = false)
    private String itemKey;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    private String value;
    @Column(name = "form_id", nullable = false)
    private String formId;
    @Version
    private long version;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;
    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected AssessmentAnswer() {
    }

    public static AssessmentAnswer first(String tenantId, UUID caseId, String itemKey, String formId) {
        AssessmentAnswer a = new AssessmentAnswer();
        a.tenantId = tenantId;
        a.caseId = caseId;
        a.itemKey = itemKey;
        a.formId = formId;
        return a;
    }

    /** Sets the answer (blank clears it) and returns the change to keep, or null when nothing changed. */
    public AssessmentChange answer(String newValue, String actor, Instant now) {
        String v = AssessmentItem.isBlank(newValue) ? null : newValue.strip();
        if (Objects.equals(v, value)) {
            return null;
        }
        AssessmentChange change = AssessmentChange.of(tenantId, caseId, itemKey, formId, value, v, actor, now);
        value = v;
        updatedAt = now.atOffset(ZoneOffset.UTC);
        updatedBy = actor;
        return change;
    }

    public UUID caseId() {
        return caseId;
    }

    public String itemKey() {
        return itemKey;
    }

    public String value() {
        return value;
    }

    public String formId() {
        return formId;
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt.toInstant();
    }

    public String updatedBy() {
        return updatedBy;
    }

    /** The composite key (case, item). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private UUID caseId;
        private String itemKey;

        public Key() {
        }

        public Key(UUID caseId, String itemKey) {
            this.caseId = caseId;
            this.itemKey = itemKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(caseId, k.caseId) && Objects.equals(itemKey, k.itemKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caseId, itemKey);
        }
    }
}
