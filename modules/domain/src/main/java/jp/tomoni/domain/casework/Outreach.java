package jp.tomoni.domain.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An outreach record: a person found before they asked for help; linked to their case once one is opened. */
@Entity
@Table(name = "outreach")
public class Outreach {
    @Id
    private UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    @Column(name = "found_on", nullable = false)
    private LocalDate foundOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OutreachRoute route;
    @Column(nullable = false)
    private String place;
    @Column(name = "found_by", nullable = false)
    private String foundBy;
    @Column(nullable = false)
    private String person;
    private String summary;
    @Column(name = "follow_up")
    private String followUp;
    @Column(name = "case_id")
    private UUID caseId;
    @Version
    private long version;
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected Outreach() {
    }

    public static Outreach record(String tenantId, OutreachDraft d, String actor, Instant now) {
        Outreach o = new Outreach();
        o.id = UUID.randomUUID();
        o.tenantId = tenantId;
        o.createdAt = now.atOffset(ZoneOffset.UTC);
        o.createdBy = actor;
        o.change(d);
        return o;
    }

    public void change(OutreachDraft d) {
        foundOn = d.foundOn();
        route = d.route();
        place = d.place();
        foundBy = d.foundBy();
        person = d.person();
        summary = d.summary();
        followUp = d.followUp();
    }

    public void linkTo(UUID supportCase) {
        caseId = supportCase;
    }

    public OutreachDraft draft() {
        return new OutreachDraft(foundOn, route, place, foundBy, person, summary, followUp);
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public String createdBy() {
        return createdBy;
    }
}
