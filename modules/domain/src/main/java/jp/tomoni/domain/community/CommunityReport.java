package jp.tomoni.domain.community;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.tomoni.domain.shared.ConflictException;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.PersonRules;

/** A member's report on a post, a message or a profile, and the staff decision on it with its reason. */
@Entity
@Table(name = "community_report")
public class CommunityReport {
    @Id
    private UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false, updatable = false)
    private ReportTarget targetKind;
    @Column(name = "target_id", nullable = false, updatable = false)
    private UUID targetId;
    @Column(name = "reporter_id", nullable = false, updatable = false)
    private UUID reporterId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ReportReason reason;
    @Column(updatable = false)
    private String note;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportStatus status;
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;
    @Column(name = "decision_reason")
    private String decisionReason;

    protected CommunityReport() {
    }

    public static CommunityReport file(String tenantId, ReportTarget target, UUID targetId, UUID reporterId,
                                       ReportReason reason, String note, Instant now) {
        String n = PersonRules.optional(note);
        InvalidInputException.throwIfAny(ReportRule.violations(reason, n));
        CommunityReport r = new CommunityReport();
        r.id = UUID.randomUUID();
        r.tenantId = tenantId;
        r.targetKind = target;
        r.targetId = targetId;
        r.reporterId = reporterId;
        r.reason = reason;
        r.note = n;
        r.status = ReportStatus.PENDING;
        r.createdAt = now.atOffset(ZoneOffset.UTC);
        return r;
    }

    /** Staff decide: upheld (the content goes) or dismissed; the reason is required either way. */
    public void decide(boolean upheld, String reason, String by, Instant now) {
        if (status != ReportStatus.PENDING) {
            throw new ConflictException("community report is " + status);
        }
        String r = PersonRules.optional(reason);
        List<FieldViolation> v = new ArrayList<>();
        PersonRules.checkText(v, "reason", r, CommunityGroup.REASON_MAX);
        InvalidInputException.throwIfAny(v);
        status = upheld ? ReportStatus.UPHELD : ReportStatus.DISMISSED;
        decisionReason = r;
        decidedBy = by;
        decidedAt = now.atOffset(ZoneOffset.UTC);
    }

    public UUID id() {
        return id;
    }

    public ReportTarget targetKind() {
        return targetKind;
    }

    public UUID targetId() {
        return targetId;
    }

    public UUID reporterId() {
        return reporterId;
    }

    public ReportReason reason() {
        return reason;
    }

    public String note() {
        return note;
    }

    public ReportStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public String decisionReason() {
        return decisionReason;
    }
}
