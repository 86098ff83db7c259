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
import jakarta.persistence.Version;

import jp.tomoni.domain.shared.ConflictException;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.PersonRules;

/**
 * A mentee and a mentor, or a learner and a tutor ({@link MatchStatus}): the seeker asks, the helper
 * decides whether to accept, staff approve every match; only an active match lets the two message.
 */
@Entity
@Table(name = "community_match")
public class CommunityMatch {
    public static final int REQUEST_MAX = 500;

    @Id
    private UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    @Column(name = "helper_id", nullable = false, updatable = false)
    private UUID helperId;
    @Column(name = "seeker_id", nullable = false, updatable = false)
    private UUID seekerId;
    @Column(nullable = false, updatable = false)
    private String request;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MatchStatus status;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;
    private String reason;
    @Version
    private long version;
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected CommunityMatch() {
    }

    /** What the seeker writes: what they hope for (required). */
    public static List<FieldViolation> violations(String request) {
        List<FieldViolation> v = new ArrayList<>();
        PersonRules.checkText(v, "request", PersonRules.optional(request), REQUEST_MAX);
        return v;
    }

    public static CommunityMatch ask(String tenantId, UUID helperId, UUID seekerId, String request, Instant now) {
        InvalidInputException.throwIfAny(violations(request));
        CommunityMatch m = new CommunityMatch();
        m.id = UUID.randomUUID();
        m.tenantId = tenantId;
        m.helperId = helperId;
        m.seekerId = seekerId;
        m.request = PersonRules.optional(request);
        m.status = MatchStatus.REQUESTED;
        m.createdAt = now.atOffset(ZoneOffset.UTC);
        return m;
    }

    /**
     * The next step: ACCEPT or DECLINE by the helper, APPROVE or REJECT by staff, END by either person.
     * A reason is required when staff reject; a step the match cannot take is a conflict.
     */
    public void step(MatchEvent e, String reason, String by, Instant now) {
        String r = PersonRules.optional(reason);
        if (e == MatchEvent.REJECT) {
            List<FieldViolation> v = new ArrayList<>();
            PersonRules.checkText(v, "reason", r, CommunityGroup.REASON_MAX);
            InvalidInputException.throwIfAny(v);
        } else if (r != null && r.length() > CommunityGroup.REASON_MAX) {
            throw new InvalidInputException(List.of(FieldViolation.of("reason", "tooLong", CommunityGroup.REASON_MAX)));
        }
        try {
            status = status.next(e);
        } catch (IllegalStateException x) {
            throw new ConflictException(x.getMessage());
        }
        this.reason = r;
        decidedBy = by;
        decidedAt = now.atOffset(ZoneOffset.UTC);
    }

    public UUID id() {
        return id;
    }

    public UUID helperId() {
        return helperId;
    }

    public UUID seekerId() {
        return seekerId;
    }

    public String request() {
        return request;
    }

    public MatchStatus status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public long version() {
        return version;
    }
}
