package jp.tomoni.domain.employment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.tomoni.domain.shared.InvalidInputException;

/** Employment support on a case: readiness (strengths, barriers, wishes) and the Hello Work registration (D-5). */
@Entity
@Table(name = "employment_support")
public class EmploymentSupport {
    @Id
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    private String strengths;
    private String barriers;
    @Column(name = "preferred_work")
    private String preferredWork;
    private String hours;
    private String accommodations;
    @Column(name = "hello_work_on")
    private LocalDate helloWorkOn;
    @Column(name = "hello_work_office")
    private String helloWorkOffice;
    @Column(name = "assistance_ended_on")
    private LocalDate assistanceEndedOn;
    @Column(name = "follow_up_months")
    private Integer followUpMonths;
    @Version
    private long version;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;
    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected EmploymentSupport() {
    }

    public static EmploymentSupport start(String tenantId, UUID caseId) {
        EmploymentSupport s = new EmploymentSupport();
        s.tenantId = tenantId;
        s.caseId = caseId;
        return s;
    }

    public void write(Readiness r, String actor, Instant now) {
        InvalidInputException.throwIfAny(r.violations());
        strengths = r.strengths();
        barriers = r.barriers();
        preferredWork = r.preferredWork();
        hours = r.hours();
        accommodations = r.accommodations();
        helloWorkOn = r.helloWorkOn();
        helloWorkOffice = r.helloWorkOffice();
        updatedAt = now.atOffset(ZoneOffset.UTC);
        updatedBy = actor;
    }

    /**
     * Public assistance ended (保護廃止): the follow-up of {@link AfterAssistanceSchedule} starts. Recorded once;
     * a second end is a new case's matter.
     */
    public java.util.List<AfterAssistanceSchedule.FollowUp> assistanceEnded(LocalDate on, int months, LocalDate today,
                                                                             String actor, Instant now) {
        java.util.List<jp.tomoni.domain.shared.FieldViolation> v = new java.util.ArrayList<>(
                AfterAssistanceSchedule.violations(on, months, today));
        if (assistanceEndedOn != null) {
            v.add(jp.tomoni.domain.shared.FieldViolation.of("endedOn", "assistance.alreadyEnded"));
        }
        InvalidInputException.throwIfAny(v);
        assistanceEndedOn = on;
        followUpMonths = months;
        updatedAt = now.atOffset(ZoneOffset.UTC);
        updatedBy = actor;
        return AfterAssistanceSchedule.of(on, months);
    }

    public LocalDate assistanceEndedOn() {
        return assistanceEndedOn;
    }

    public Integer followUpMonths() {
        return followUpMonths;
    }

    public Readiness readiness() {
        return new Readiness(strengths, barriers, preferredWork, hours, accommodations, helloWorkOn, helloWorkOffice);
    }

    public boolean registeredWithHelloWork() {
        return helloWorkOn != null;
    }

    public UUID caseId() {
        return caseId;
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt == null ? null : updatedAt.toInstant();
    }

    public String updatedBy() {
        return updatedBy;
    }
}
