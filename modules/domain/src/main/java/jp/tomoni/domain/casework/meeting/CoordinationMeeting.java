package jp.tomoni.domain.casework.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A 支援調整会議 of the tenant. The cases it hears are {@link MeetingCase} rows, each reached through its case. */
@Entity
@Table(name = "meeting")
public class CoordinationMeeting {
    @Id
    private UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingKind kind;
    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;
    private String place;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingStatus status;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    private List<Attendee> attendees = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meeting_missing_resource", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false)
    private List<String> missingResources = new ArrayList<>();
    @Version
    private long version;
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;
    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected CoordinationMeeting() {
    }

    public static CoordinationMeeting schedule(String tenantId, MeetingDraft d, String actor, Instant now) {
        CoordinationMeeting m = new CoordinationMeeting();
        m.id = UUID.randomUUID();
        m.tenantId = tenantId;
        m.createdAt = now.atOffset(ZoneOffset.UTC);
        m.createdBy = actor;
        m.change(d, actor, now);
        return m;
    }

    /** Kind, date, place, status, attendees and missing resources; the cases are handled by the caller. */
    public void change(MeetingDraft d, String actor, Instant now) {
        kind = d.kind();
        heldOn = d.heldOn();
        place = d.place();
        status = d.status();
        attendees.clear();
        attendees.addAll(d.attendees());
        missingResources.clear();
        missingResources.addAll(d.missingResources());
        updatedAt = now.atOffset(ZoneOffset.UTC);
        updatedBy = actor;
    }

    public UUID id() {
        return id;
    }

    public MeetingKind kind() {
        return kind;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public String place() {
        return place;
    }

    public MeetingStatus status() {
        return status;
    }

    public List<Attendee> attendees() {
        return List.copyOf(attendees);
    }

    public List<String> missingResources() {
        return List.copyOf(missingResources);
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt.toInstant();
    }

    public String createdBy() {
        return createdBy;
    }
}
