package jp.tomoni.domain.community;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One meeting of a group: when, how long, where or online, and how many seats (null: the group's). */
@Entity
@Table(name = "community_session")
public class CommunitySession {
    public static final int MINUTES_MIN = 15;
    public static final int MINUTES_MAX = 480;

    @Id
    private UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    @Column(name = "group_id", nullable = false, updatable = false)
    private UUID groupId;
    @Column(name = "starts_at", nullable = false)
    private OffsetDateTime startsAt;
    @Column(nullable = false)
    private int minutes;
    private String place;
    @Column(name = "online_url")
    private String onlineUrl;
    private Integer capacity;
    @Column(nullable = false)
    private boolean cancelled;
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected CommunitySession() {
    }

    public static CommunitySession schedule(String tenantId, CommunityGroup group, Instant startsAt, int minutes,
                                            String actor, Instant now) {
        CommunitySession s = new CommunitySession();
        s.id = UUID.randomUUID();
        s.tenantId = tenantId;
        s.groupId = group.id();
        s.startsAt = startsAt.atOffset(ZoneOffset.UTC);
        s.minutes = minutes;
        s.place = group.place();
        s.onlineUrl = group.onlineUrl();
        s.capacity = group.capacity();
        s.createdAt = now.atOffset(ZoneOffset.UTC);
        s.createdBy = actor;
        return s;
    }

    public void cancel() {
        cancelled = true;
    }

    public UUID id() {
        return id;
    }

    public UUID groupId() {
        return groupId;
    }

    public Instant startsAt() {
        return startsAt.toInstant();
    }

    public int minutes() {
        return minutes;
    }

    public String place() {
        return place;
    }

    public String onlineUrl() {
        return onlineUrl;
    }

    public Integer capacity() {
        return capacity;
    }

    public boolean cancelled() {
        return cancelled;
    }
}
