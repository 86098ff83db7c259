package jp.tomoni.domain.casework.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;

/**
 * One プラン兼事業等利用申込書: 初回 or a 再プラン, with its revisions (修正) in place. Moves through
 * {@link PlanStatus}; {@link #deliver} is the only way into delivery, and it needs an approved meeting.
 */
@Entity
@Table(name = "plan")
public class Plan {
    @Id
    private UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;
    @Column(name = "plan_number", nullable = false, updatable = false)
    private int planNumber;
    @Column(nullable = false)
    private int revision;
    @Column(name = "plan_date", nullable = false)
    private LocalDate planDate;
    @Column(nullable = false)
    private String author;
    private String issues;
    @Column(name = "long_term_goal")
    private String longTermGoal;
    @Column(name = "plan_target")
    private String planTarget;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_action", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<PlanAction> actions = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_service", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<PlanServiceLine> services = new ArrayList<>();
    @Column(name = "loan_present", nullable = false)
    private boolean loanPresent;
    @Column(name = "loan_text")
    private String loanText;
    @Column(name = "promotion_present", nullable = false)
    private boolean promotionPresent;
    @Column(name = "promotion_text")
    private String promotionText;
    @Column(name = "end_date")
    private LocalDate endDate;
    @Column(name = "next_monitoring")
    private LocalDate nextMonitoring;
    @Column(name = "consent_date")
    private LocalDate consentDate;
    @Column(name = "applied_services_signed", nullable = false)
    private boolean appliedServicesSigned;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status;
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

    protected Plan() {
    }

    /** A new plan (初回 or 再プラン, per {@code edition}); it goes to the meeting once the person has consented. */
    public static Plan write(String tenantId, UUID caseId, PlanEdition edition, PlanDraft d, String actor, Instant now) {
        if (edition.revision() != 0) {
            throw new IllegalArgumentException("a new plan starts unrevised");
        }
        Plan p = new Plan();
        p.id = UUID.randomUUID();
        p.tenantId = tenantId;
        p.caseId = caseId;
        p.planNumber = edition.planNumber();
        p.revision = 0;
        p.author = actor;
        p.createdAt = now.atOffset(ZoneOffset.UTC);
        p.createdBy = actor;
        p.status = PlanStatus.DRAFT;
        p.fill(d, actor, now);
        return p;
    }

    /**
     * A 修正: same plan and number, one revision more. A plan sent back by the meeting goes to it
     * again; a plan already approved or delivered stays where it is (a revision needs no new decision).
     *
     * @throws ReplanRequiredException when the statutory services would change
     */
    public void revise(PlanDraft d, String actor, Instant now) {
        requireOpen();
        PlanEdition next = PlanNumbering.revise(edition(), statutoryServices(), d.statutoryServices());
        revision = next.revision();
        fill(d, actor, now);
    }

    /** Closed by a re-plan or the end of support; kept as it was. */
    public void close(String actor, Instant now) {
        status = PlanStatus.CLOSED;
        touch(actor, now);
    }

    /** The meeting's outcome for this plan: approved (also after the fact) waits for the decision; otherwise back to draft. */
    public void heard(boolean approved, String actor, Instant now) {
        if (status != PlanStatus.AWAITING_MEETING) {
            throw invalid("plan", "plan.notAwaitingMeeting", status.name());
        }
        status = approved ? PlanStatus.AWAITING_DECISION : PlanStatus.DRAFT;
        touch(actor, now);
    }

    /** The municipality's decision was recorded: support starts. The only way into delivery. */
    public void deliver(PlanDecision decision, String actor, Instant now) {
        if (status != PlanStatus.AWAITING_DECISION || decision == null || !decision.planId().equals(id)) {
            throw invalid("plan", "plan.notApproved", status.name());
        }
        status = PlanStatus.IN_DELIVERY;
        touch(actor, now);
    }

    /** Monitoring fixes the next monitoring month without a revision. */
    public void scheduleMonitoring(LocalDate firstOfMonth, String actor, Instant now) {
        nextMonitoring = firstOfMonth;
        touch(actor, now);
    }

    private void fill(PlanDraft d, String actor, Instant now) {
        planDate = d.planDate();
        issues = d.issues();
        longTermGoal = d.longTermGoal();
        planTarget = d.planTarget();
        actions.clear();
        d.actions().forEach(a -> actions.add(PlanAction.of(a)));
        services.clear();
        d.services().forEach(s -> services.add(PlanServiceLine.of(s)));
        loanPresent = d.loan().present();
        loanText = d.loan().text();
        promotionPresent = d.employmentPromotion().present();
        promotionText = d.employmentPromotion().text();
        endDate = d.endDate();
        nextMonitoring = d.nextMonitoring();
        consentDate = d.consentDate();
        appliedServicesSigned = d.appliedServicesSigned();
        if (status == PlanStatus.DRAFT && consentDate != null) {
            status = PlanStatus.AWAITING_MEETING;
        }
        touch(actor, now);
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw invalid("plan", "plan.closed", status.name());
        }
    }

    private void touch(String actor, Instant now) {
        updatedAt = now.atOffset(ZoneOffset.UTC);
        updatedBy = actor;
    }

    private static InvalidInputException invalid(String field, String code, Object... args) {
        return new InvalidInputException(List.of(FieldViolation.of(field, code, args)));
    }

    /** The plan as written, for showing, editing and snapshots. */
    public PlanDraft draft() {
        return new PlanDraft(planDate, issues, longTermGoal, planTarget,
                actions.stream().map(PlanAction::draft).toList(),
                services.stream().map(PlanServiceLine::draft).toList(),
                new PlanDraft.Scheme(loanPresent, loanText), new PlanDraft.Scheme(promotionPresent, promotionText),
                endDate, nextMonitoring, consentDate, appliedServicesSigned);
    }

    public Set<StatutoryService> statutoryServices() {
        return draft().statutoryServices();
    }

    public Procedure procedure() {
        return draft().procedure();
    }

    public PlanEdition edition() {
        return new PlanEdition(planNumber, revision);
    }

    public UUID id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public UUID caseId() {
        return caseId;
    }

    public PlanStatus status() {
        return status;
    }

    public String author() {
        return author;
    }

    public LocalDate planDate() {
        return planDate;
    }

    public LocalDate nextMonitoring() {
        return nextMonitoring;
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

    public Instant updatedAt() {
        return updatedAt.toInstant();
    }

    public String updatedBy() {
        return updatedBy;
    }
}
