package jp.tomoni.domain.employment;

import java.time.Instant;
import java.time.LocalDate;
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

import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.PersonRules;

/** One step toward work: a search, an application, an interview, a mock interview, a placement. */
@Entity
@Table(name = "job_activity")
public class JobActivity {
    @Id
    private UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private JobActivityKind kind;
    @Column(name = "done_on", nullable = false)
    private LocalDate doneOn;
    private String employer;
    private String note;
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected JobActivity() {
    }

    /** An activity as written: kind and date required, no date after today. */
    public record Draft(JobActivityKind kind, LocalDate doneOn, String employer, String note) {
        public Draft {
            employer = PersonRules.optional(employer);
            note = PersonRules.optional(note);
        }

        public List<FieldViolation> violations(LocalDate today) {
            List<FieldViolation> v = new ArrayList<>();
            if (kind == null) {
                v.add(FieldViolation.of("kind", "required"));
            }
            if (doneOn == null) {
                v.add(FieldViolation.of("doneOn", "required"));
            } else if (doneOn.isAfter(today)) {
                v.add(FieldViolation.of("doneOn", "notInFuture"));
            }
            PersonRules.checkOptionalText(v, "employer", employer, 200);
            PersonRules.checkOptionalText(v, "note", note, 1000);
            return v;
        }
    }

    public static JobActivity record(String tenantId, UUID caseId, Draft d, LocalDate today, String actor, Instant now) {
        InvalidInputException.throwIfAny(d.violations(today));
        JobActivity a = new JobActivity();
        a.id = UUID.randomUUID();
        a.tenantId = tenantId;
        a.caseId = caseId;
        a.kind = d.kind();
        a.doneOn = d.doneOn();
        a.employer = d.employer();
        a.note = d.note();
        a.createdAt = now.atOffset(ZoneOffset.UTC);
        a.createdBy = actor;
        return a;
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public JobActivityKind kind() {
        return kind;
    }

    public LocalDate doneOn() {
        return doneOn;
    }

    public String employer() {
        return employer;
    }

    public String note() {
        return note;
    }

    public String createdBy() {
        return createdBy;
    }
}
