package jp.tomoni.domain.jobs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.tomoni.domain.casework.CodeListConverter;
import jp.tomoni.domain.shared.ConflictException;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.PersonRules;

/**
 * A job a partner company offers (seed 000 D-5): the work, where and when, the wage, the form of
 * employment, whether it is open to trial employment or counted as disability employment, the
 * accommodations offered, and whether it welcomes people returning to work.
 *
 * <p>A company writes it (DRAFT) and submits it: staff approve or reject it with a reason; a trusted
 * company's posting is public at once and waits, public, for staff to review it. Staff may take a
 * public posting down with a reason. A change to a public posting of a company that is not trusted
 * takes it back to review. After its closing date it closes itself; it can be renewed with a new
 * closing date or duplicated into a new draft.
 */
@Entity
@Table(name = "job_posting")
public class JobPosting {
    public static final int TITLE_MAX = 80;
    public static final int DUTIES_MAX = 2000;
    public static final int TEXT_MAX = 200;
    /** As long as a job's hours may be on the person's employment record, so a hire carries them over. */
    public static final int HOURS_MAX = 100;
    public static final int WEEKLY_HOURS_MAX = 40;
    /** Below this many hours a week a posting is short-hours work (短時間勤務). */
    public static final int SHORT_HOURS_BELOW = 30;

    @Id
    private UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    @Column(name = "company_id", nullable = false, updatable = false)
    private UUID companyId;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private String duties;
    @Column(nullable = false)
    private String location;
    @Column(nullable = false)
    private String hours;
    @Column(name = "weekly_hours", nullable = false)
    private int weeklyHours;
    @Column(name = "wage_min", nullable = false)
    private int wageMin;
    @Column(name = "wage_max")
    private Integer wageMax;
    @Enumerated(EnumType.STRING)
    @Column(name = "wage_unit", nullable = false)
    private WageUnit wageUnit;
    @Enumerated(EnumType.STRING)
    @Column(name = "employment_type", nullable = false)
    private EmploymentType employmentType;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TrialEmployment trial;
    @Column(name = "disability_quota", nullable = false)
    private boolean disabilityQuota;
    @Convert(converter = CodeListConverter.class)
    @Column(nullable = false)
    private Set<String> accommodations;
    @Column(name = "welcomes_returners", nullable = false)
    private boolean welcomesReturners;
    @Column(name = "closes_on")
    private LocalDate closesOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PostingStatus status;
    /** Whether staff have looked at the posting as it is now (a trusted company's is public before). */
    @Column(nullable = false)
    private boolean reviewed;
    @Column(name = "decision_reason")
    private String decisionReason;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;
    @Column(name = "published_at")
    private OffsetDateTime publishedAt;
    @Version
    private long version;
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected JobPosting() {
    }

    /** A posting as written. The closing date is checked on submission, not while it is a draft. */
    public record Draft(String title, String duties, String location, String hours, Integer weeklyHours,
                        Integer wageMin, Integer wageMax, WageUnit wageUnit, EmploymentType employmentType,
                        TrialEmployment trial, boolean disabilityQuota, Set<Accommodation> accommodations,
                        boolean welcomesReturners, LocalDate closesOn) {
        public Draft {
            title = PersonRules.optional(title);
            duties = PersonRules.optional(duties);
            location = PersonRules.optional(location);
            hours = PersonRules.optional(hours);
            trial = trial == null ? TrialEmployment.NONE : trial;
            accommodations = accommodations == null || accommodations.isEmpty() ? Set.of()
                    : Set.copyOf(EnumSet.copyOf(accommodations));
        }

        public List<FieldViolation> violations() {
            List<FieldViolation> v = new ArrayList<>();
            PersonRules.checkText(v, "title", title, TITLE_MAX);
            PersonRules.checkText(v, "duties", duties, DUTIES_MAX);
            PersonRules.checkText(v, "location", location, TEXT_MAX);
            PersonRules.checkText(v, "hours", hours, HOURS_MAX);
            if (weeklyHours == null) {
                v.add(FieldViolation.of("weeklyHours", "required"));
            } else if (weeklyHours < 1 || weeklyHours > WEEKLY_HOURS_MAX) {
                v.add(FieldViolation.of("weeklyHours", "outOfRange", 1, WEEKLY_HOURS_MAX));
            }
            if (wageUnit == null) {
                v.add(FieldViolation.of("wageUnit", "required"));
            }
            if (wageMin == null) {
                v.add(FieldViolation.of("wageMin", "required"));
            } else if (wageMin < 1 || (wageUnit != null && wageMin > Wages.max(wageUnit))) {
                v.add(FieldViolation.of("wageMin", "invalid"));
            }
            if (wageMax != null && (wageMin != null && wageMax < wageMin
                    || wageUnit != null && wageMax > Wages.max(wageUnit))) {
                v.add(FieldViolation.of("wageMax", "jobs.wageRange"));
            }
            if (employmentType == null) {
                v.add(FieldViolation.of("employmentType", "required"));
            }
            return v;
        }

        /** Short-hours work: under {@value #SHORT_HOURS_BELOW} hours a week. */
        public boolean shortHours() {
            return weeklyHours != null && weeklyHours < SHORT_HOURS_BELOW;
        }
    }

    /** The highest wage a unit allows; beyond it is a typing error. */
    public static final class Wages {
        private Wages() {
        }

        public static int max(WageUnit unit) {
            return switch (unit) {
                case HOUR -> 10_000;
                case DAY -> 100_000;
                case MONTH -> 2_000_000;
            };
        }
    }

    /** A company's new posting, kept as a draft until it is submitted. */
    public static JobPosting write(String tenantId, UUID companyId, Draft d, String actor, Instant now) {
        InvalidInputException.throwIfAny(d.violations());
        JobPosting p = new JobPosting();
        p.id = UUID.randomUUID();
        p.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        p.companyId = Objects.requireNonNull(companyId, "companyId");
        p.fill(d);
        p.status = PostingStatus.DRAFT;
        p.createdAt = now.atOffset(ZoneOffset.UTC);
        p.createdBy = actor;
        return p;
    }

    private void fill(Draft d) {
        title = d.title();
        duties = d.duties();
        location = d.location();
        hours = d.hours();
        weeklyHours = d.weeklyHours();
        wageMin = d.wageMin();
        wageMax = d.wageMax();
        wageUnit = d.wageUnit();
        employmentType = d.employmentType();
        trial = d.trial();
        disabilityQuota = d.disabilityQuota();
        accommodations = CodeListConverter.names(d.accommodations());
        welcomesReturners = d.welcomesReturners();
        closesOn = d.closesOn();
    }

    /**
     * The company sends the posting (a draft, or one sent back) to staff: with a closing date within
     * {@link PostingWindow}. A trusted company's posting is public at once, still to be reviewed.
     */
    public void submit(boolean trustedCompany, LocalDate today, Instant now) {
        if (status != PostingStatus.DRAFT && status != PostingStatus.REJECTED) {
            throw new ConflictException("posting is " + status);
        }
        InvalidInputException.throwIfAny(PostingWindow.violations(closesOn, today));
        decisionReason = null;
        enter(trustedCompany, now);
    }

    private void enter(boolean trustedCompany, Instant now) {
        reviewed = false;
        if (trustedCompany) {
            publish(now);
        } else {
            status = PostingStatus.PENDING;
        }
    }

    /** Public from now; the first publication is kept (figures count a posting once, by that day). */
    private void publish(Instant now) {
        status = PostingStatus.PUBLISHED;
        if (publishedAt == null) {
            publishedAt = now.atOffset(ZoneOffset.UTC);
        }
    }

    /**
     * The company changes what is written. A public posting of a company that is not trusted goes
     * back to review; a trusted company's stays public and is reviewed again. A changed closing date
     * is checked as on submission, except on a draft.
     */
    public void change(Draft d, boolean trustedCompany, LocalDate today, Instant now) {
        if (status == PostingStatus.CLOSED) {
            throw new ConflictException("posting is closed");
        }
        List<FieldViolation> v = new ArrayList<>(d.violations());
        if (status != PostingStatus.DRAFT) {
            v.addAll(PostingWindow.violations(d.closesOn(), today));
        }
        InvalidInputException.throwIfAny(v);
        fill(d);
        if (status == PostingStatus.PUBLISHED || status == PostingStatus.PENDING) {
            enter(trustedCompany, now);
        }
    }

    /** Staff approve a waiting posting (it becomes public) or a trusted company's public one (reviewed). */
    public void approve(LocalDate today, String by, Instant now) {
        if (status == PostingStatus.PENDING) {
            InvalidInputException.throwIfAny(PostingWindow.violations(closesOn, today));
            publish(now);
        } else if (status != PostingStatus.PUBLISHED) {
            throw new ConflictException("posting is " + status);
        }
        reviewed = true;
        decide(null, by, now);
    }

    /** Staff send a waiting posting back, or take a public one down; the company is told why. */
    public void reject(String reason, String by, Instant now) {
        if (status != PostingStatus.PENDING && status != PostingStatus.PUBLISHED) {
            throw new ConflictException("posting is " + status);
        }
        String r = Company.requiredReason(reason);
        status = PostingStatus.REJECTED;
        reviewed = true;
        decide(r, by, now);
    }

    /** The company withdraws the posting; its history (and its applicants) stay. */
    public void close(String by, Instant now) {
        if (status == PostingStatus.CLOSED) {
            throw new ConflictException("posting is closed");
        }
        Objects.requireNonNull(by, "by");
        status = PostingStatus.CLOSED;
    }

    /**
     * Past its closing date a waiting or public posting closes itself; true when it did. Run daily, and
     * whatever the day, {@link #openOn} already hides it.
     */
    public boolean expire(LocalDate today) {
        if ((status == PostingStatus.PUBLISHED || status == PostingStatus.PENDING)
                && !PostingWindow.open(closesOn, today)) {
            status = PostingStatus.CLOSED;
            return true;
        }
        return false;
    }

    /**
     * A public or closed posting gets a new closing date: a public one stays public, a closed one is
     * submitted again (public at once for a trusted company, else waiting for staff).
     */
    public void renew(LocalDate newClosesOn, boolean trustedCompany, LocalDate today, Instant now) {
        if (status != PostingStatus.PUBLISHED && status != PostingStatus.CLOSED) {
            throw new ConflictException("posting is " + status);
        }
        InvalidInputException.throwIfAny(PostingWindow.violations(newClosesOn, today));
        closesOn = newClosesOn;
        if (status == PostingStatus.CLOSED) {
            decisionReason = null;
            enter(trustedCompany, now);
        }
    }

    /** A new draft with what this one says, but no closing date: the company sets a new one. */
    public JobPosting duplicate(String actor, Instant now) {
        Draft d = draft();
        return write(tenantId, companyId, new Draft(d.title(), d.duties(), d.location(), d.hours(), d.weeklyHours(),
                d.wageMin(), d.wageMax(), d.wageUnit(), d.employmentType(), d.trial(), d.disabilityQuota(),
                d.accommodations(), d.welcomesReturners(), null), actor, now);
    }

    private void decide(String reason, String by, Instant now) {
        decisionReason = reason;
        decidedBy = Objects.requireNonNull(by, "by");
        decidedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** Whether people looking for work see the posting on {@code today}. */
    public boolean openOn(LocalDate today) {
        return status == PostingStatus.PUBLISHED && PostingWindow.open(closesOn, today);
    }

    public Draft draft() {
        return new Draft(title, duties, location, hours, weeklyHours, wageMin, wageMax, wageUnit, employmentType, trial,
                disabilityQuota, accommodations(), welcomesReturners, closesOn);
    }

    public Set<Accommodation> accommodations() {
        return accommodations.isEmpty() ? Set.of() : CodeListConverter.values(Accommodation.class, accommodations);
    }

    public boolean shortHours() {
        return weeklyHours < SHORT_HOURS_BELOW;
    }

    public UUID id() { return id; }
    public String tenantId() { return tenantId; }
    public UUID companyId() { return companyId; }
    public String title() { return title; }
    public String duties() { return duties; }
    public String location() { return location; }
    public String hours() { return hours; }
    public int weeklyHours() { return weeklyHours; }
    public int wageMin() { return wageMin; }
    public Integer wageMax() { return wageMax; }
    public WageUnit wageUnit() { return wageUnit; }
    public EmploymentType employmentType() { return employmentType; }
    public TrialEmployment trial() { return trial; }
    public boolean disabilityQuota() { return disabilityQuota; }
    public boolean welcomesReturners() { return welcomesReturners; }
    public LocalDate closesOn() { return closesOn; }
    public PostingStatus status() { return status; }
    public boolean reviewed() { return reviewed; }
    public String decisionReason() { return decisionReason; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt == null ? null : decidedAt.toInstant(); }
    public Instant publishedAt() { return publishedAt == null ? null : publishedAt.toInstant(); }
    public long version() { return version; }
    public Instant createdAt() { return createdAt.toInstant(); }
    public String createdBy() { return createdBy; }
}
