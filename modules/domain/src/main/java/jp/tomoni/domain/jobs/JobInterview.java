package jp.tomoni.domain.jobs;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.PersonRules;

/** An interview the company schedules with a candidate; the supporter sees it and may go along. */
@Entity
@Table(name = "job_interview")
public class JobInterview {
    public static final int PLACE_MAX = 200;
    public static final int NOTE_MAX = 500;

    @Id
    private UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    @Column(name = "interest_id", nullable = false, updatable = false)
    private UUID interestId;
    @Column(name = "starts_at", nullable = false)
    private OffsetDateTime startsAt;
    @Column(nullable = false)
    private String place;
    private String note;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected JobInterview() {
    }

    /** An interview with a candidate the company sees, in the future, at a place. */
    public static JobInterview schedule(String tenantId, JobInterest candidate, Instant startsAt, String place,
                                        String note, String by, Instant now) {
        String p = PersonRules.optional(place);
        String n = PersonRules.optional(note);
        List<FieldViolation> v = new ArrayList<>();
        if (startsAt == null) {
            v.add(FieldViolation.of("startsAt", "required"));
        } else if (!startsAt.isAfter(now)) {
            v.add(FieldViolation.of("startsAt", "past"));
        }
        PersonRules.checkText(v, "place", p, PLACE_MAX);
        PersonRules.checkOptionalText(v, "note", n, NOTE_MAX);
        if (candidate.outcome() != null) {
            v.add(FieldViolation.of("startsAt", "jobs.outcomeRecorded"));
        }
        InvalidInputException.throwIfAny(v);
        JobInterview i = new JobInterview();
        i.id = UUID.randomUUID();
        i.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        i.interestId = candidate.id();
        i.startsAt = startsAt.atOffset(ZoneOffset.UTC);
        i.place = p;
        i.note = n;
        i.createdBy = by;
        i.createdAt = now.atOffset(ZoneOffset.UTC);
        return i;
    }

    public UUID id() { return id; }
    public UUID interestId() { return interestId; }
    public Instant startsAt() { return startsAt.toInstant(); }
    public String place() { return place; }
    public String note() { return note; }
    public String createdBy() { return createdBy; }
}
