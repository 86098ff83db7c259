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
 * A post in a group, or an announcement by its facilitators. The body is user text already cleaned
 * of unsafe HTML. A new member's post waits for approval ({@link FirstPostRule}); reports hide it
 * automatically ({@link ReportRule}) until staff decide.
 */
@Entity
@Table(name = "community_post")
public class CommunityPost {
    public static final int BODY_MAX = 4000;

    @Id
    private UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    @Column(name = "group_id", nullable = false, updatable = false)
    private UUID groupId;
    @Column(name = "author_id", nullable = false, updatable = false)
    private UUID authorId;
    @Column(nullable = false, updatable = false)
    private boolean announcement;
    @Column(nullable = false)
    private String body;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PostStatus status;
    @Column(name = "moderated_by")
    private String moderatedBy;
    @Column(name = "moderated_at")
    private OffsetDateTime moderatedAt;
    @Column(name = "moderation_reason")
    private String moderationReason;
    @Version
    private long version;
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected CommunityPost() {
    }

    /**
     * The body: at most {@value #BODY_MAX} characters as typed, and some text must remain once unsafe
     * markup is gone ({@code plainText}: the cleaned body without any markup).
     */
    public static List<FieldViolation> violations(String typed, String plainText) {
        List<FieldViolation> v = new ArrayList<>();
        if (typed != null && typed.strip().length() > BODY_MAX) {
            v.add(FieldViolation.of("body", "tooLong", BODY_MAX));
        } else if (plainText == null || plainText.isBlank()) {
            v.add(FieldViolation.of("body", "required"));
        }
        return v;
    }

    public static CommunityPost write(String tenantId, UUID groupId, UUID authorId, boolean announcement, String cleanBody,
                                      boolean needsApproval, Instant now) {
        CommunityPost p = new CommunityPost();
        p.id = UUID.randomUUID();
        p.tenantId = tenantId;
        p.groupId = groupId;
        p.authorId = authorId;
        p.announcement = announcement;
        p.body = cleanBody;
        p.status = needsApproval ? PostStatus.PENDING : PostStatus.VISIBLE;
        p.createdAt = now.atOffset(ZoneOffset.UTC);
        return p;
    }

    /** Reports reached {@link ReportRule#AUTO_HIDE_AT}: hidden until staff decide. A removed post stays removed. */
    public void hideForReview() {
        if (status == PostStatus.VISIBLE) {
            status = PostStatus.HIDDEN;
        }
    }

    /** Staff let a waiting or hidden post be seen. */
    public void approve(String by, Instant now) {
        if (status != PostStatus.PENDING && status != PostStatus.HIDDEN) {
            throw new ConflictException("community post is " + status);
        }
        status = PostStatus.VISIBLE;
        moderate(null, by, now);
    }

    /** Staff remove a post, with the reason recorded. */
    public void remove(String reason, String by, Instant now) {
        if (status == PostStatus.REMOVED) {
            throw new ConflictException("community post is " + status);
        }
        String r = PersonRules.optional(reason);
        List<FieldViolation> v = new ArrayList<>();
        PersonRules.checkText(v, "reason", r, CommunityGroup.REASON_MAX);
        InvalidInputException.throwIfAny(v);
        status = PostStatus.REMOVED;
        moderate(r, by, now);
    }

    private void moderate(String reason, String by, Instant now) {
        moderationReason = reason;
        moderatedBy = by;
        moderatedAt = now.atOffset(ZoneOffset.UTC);
    }

    public UUID id() {
        return id;
    }

    public UUID groupId() {
        return groupId;
    }

    public UUID authorId() {
        return authorId;
    }

    public boolean announcement() {
        return announcement;
    }

    public String body() {
        return body;
    }

    public PostStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public String moderationReason() {
        return moderationReason;
    }

    public long version() {
        return version;
    }
}
