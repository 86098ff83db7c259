package jp.tomoni.domain.jobs;

import java.time.Instant;
import java.time.LocalDate;
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
import jakarta.persistence.Version;

import jp.tomoni.domain.shared.ConflictException;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.PersonRules;

/**
 * A liaison meeting with partner companies (企業との連絡会, seed 000 D-5): staff invite approved
 * companies and, once it was held, record who attended. Each attending company counts as a liaison
 * contact of its employer, so the monthly coverage and the contacts per industry follow.
 */
@Entity
@Table(name = "liaison_meeting")
public class LiaisonMeeting {
    public static final int TITLE_MAX = 100;
    public static final int TEXT_MAX = 200;
    public static final int NOTE_MAX = 2000;

    @Id
    private UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;
    @Column(nullable = false)
    private String title;
    private String place;
    private String note;
    /** When attendance was recorded: then the meeting is done. */
    @Column(name = "recorded_at")
    private OffsetDateTime recordedAt;
    @Version
    private long version;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected LiaisonMeeting() {
    }

    public record Draft(LocalDate heldOn, String title, String place, String note) {
        public Draft {
            title = PersonRules.optional(title);
            place = PersonRules.optional(place);
            note = PersonRules.optional(note);
        }

        public List<FieldViolation> violations() {
            List<FieldViolation> v = new ArrayList<>();
            if (heldOn == null) {
                v.add(FieldViolation.of("heldOn", "required"));
            }
            PersonRules.checkText(v, "title", title, TITLE_MAX);
            PersonRules.checkOptionalText(v, "place", place, TEXT_MAX);
            PersonRules.checkOptionalText(v, "note", note, NOTE_MAX);
            return v;
        }
    }

    /** A meeting to invite companies to; at least one company is invited (checked by the caller's list). */
    public static LiaisonMeeting plan(String tenantId, Draft d, String by, Instant now) {
        InvalidInputException.throwIfAny(d.violations());
        LiaisonMeeting m = new LiaisonMeeting();
        m.id = UUID.randomUUID();
        m.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        m.heldOn = d.heldOn();
        m.title = d.title();
        m.place = d.place();
        m.note = d.note();
        m.createdBy = by;
        m.createdAt = now.atOffset(ZoneOffset.UTC);
        return m;
    }

    /** Attendance is recorded once, on or after the day it was held; the minutes may be added then. */
    public void recordAttendance(String minutes, LocalDate today, Instant now) {
        if (recordedAt != null) {
            throw new ConflictException("attendance already recorded");
        }
        List<FieldViolation> v = new ArrayList<>();
        if (heldOn.isAfter(today)) {
            v.add(FieldViolation.of("heldOn", "jobs.notHeldYet"));
        }
        String n = PersonRules.optional(minutes);
        PersonRules.checkOptionalText(v, "minutes", n, NOTE_MAX);
        InvalidInputException.throwIfAny(v);
        if (n != null) {
            note = n;
        }
        recordedAt = now.atOffset(ZoneOffset.UTC);
    }

    public boolean recorded() {
        return recordedAt != null;
    }

    public UUID id() { return id; }
    public String tenantId() { return tenantId; }
    public LocalDate heldOn() { return heldOn; }
    public String title() { return title; }
    public String place() { return place; }
    public String note() { return note; }
    public long version() { return version; }
}
