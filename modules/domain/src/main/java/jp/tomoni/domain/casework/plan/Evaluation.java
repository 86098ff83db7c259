package jp.tomoni.domain.casework.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.tomoni.domain.casework.CodeListConverter;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.PersonRules;

/**
 * A 評価シート: goal attainment as the person sees it and as the worker sees it, comments, the
 * "improvement towards independence" checklist (codes, kept as data because the national list is
 * not confirmed, FORMS.md) and the next policy.
 */
@Entity
@Table(name = "evaluation")
public class Evaluation {
    private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,59}");

    @Id
    private UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;
    @Column(name = "plan_id", updatable = false)
    private UUID planId;
    @Column(name = "evaluated_on", nullable = false, updatable = false)
    private LocalDate evaluatedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "person_attainment", nullable = false, updatable = false)
    private Attainment personAttainment;
    @Enumerated(EnumType.STRING)
    @Column(name = "worker_attainment", nullable = false, updatable = false)
    private Attainment workerAttainment;
    @Column(name = "person_comment", updatable = false)
    private String personComment;
    @Column(name = "worker_comment", updatable = false)
    private String workerComment;
    @Convert(converter = CodeListConverter.class)
    @Column(nullable = false, updatable = false)
    private Set<String> improvements;
    @Column(name = "next_policy", updatable = false)
    private String nextPolicy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    public record Draft(LocalDate evaluatedOn, Attainment personAttainment, Attainment workerAttainment,
                        String personComment, String workerComment, Set<String> improvements, String nextPolicy) {
        public Draft {
            personComment = PersonRules.optional(personComment);
            workerComment = PersonRules.optional(workerComment);
            nextPolicy = PersonRules.optional(nextPolicy);
            improvements = improvements == null ? Set.of() : Set.copyOf(new TreeSet<>(improvements.stream()
                    .filter(s -> s != null && !s.isBlank()).map(String::strip).toList()));
        }

        public List<FieldViolation> violations(LocalDate today) {
            List<FieldViolation> v = new ArrayList<>();
            if (evaluatedOn == null) {
                v.add(FieldViolation.of("evaluatedOn", "required"));
            } else if (evaluatedOn.isAfter(today)) {
                v.add(FieldViolation.of("evaluatedOn", "notInFuture"));
            }
            if (personAttainment == null) {
                v.add(FieldViolation.of("personAttainment", "required"));
            }
            if (workerAttainment == null) {
                v.add(FieldViolation.of("workerAttainment", "required"));
            }
            PersonRules.checkOptionalText(v, "personComment", personComment, PlanDraft.TEXT_MAX);
            PersonRules.checkOptionalText(v, "workerComment", workerComment, PlanDraft.TEXT_MAX);
            PersonRules.checkOptionalText(v, "nextPolicy", nextPolicy, PlanDraft.TEXT_MAX);
            if (improvements.stream().anyMatch(c -> !CODE.matcher(c).matches())
                    || String.join(",", improvements).length() > 2000) {
                v.add(FieldViolation.of("improvements", "invalid"));
            }
            return v;
        }
    }

    protected Evaluation() {
    }

    public static Evaluation record(String tenantId, UUID caseId, UUID planId, Draft d, String actor, Instant now) {
        Evaluation e = new Evaluation();
        e.id = UUID.randomUUID();
        e.tenantId = tenantId;
        e.caseId = caseId;
        e.planId = planId;
        e.evaluatedOn = d.evaluatedOn();
        e.personAttainment = d.personAttainment();
        e.workerAttainment = d.workerAttainment();
        e.personComment = d.personComment();
        e.workerComment = d.workerComment();
        e.improvements = d.improvements();
        e.nextPolicy = d.nextPolicy();
        e.createdAt = now.atOffset(ZoneOffset.UTC);
        e.createdBy = actor;
        return e;
    }

    public Draft draft() {
        return new Draft(evaluatedOn, personAttainment, workerAttainment, personComment, workerComment, improvements,
                nextPolicy);
    }

    public UUID id() {
        return id;
    }

    public UUID planId() {
        return planId;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public String createdBy() {
        return createdBy;
    }
}
