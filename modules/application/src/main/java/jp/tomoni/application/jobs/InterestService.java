package jp.tomoni.application.jobs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jp.tomoni.application.audit.AuditTrail;
import jp.tomoni.application.casework.CaseAccess;
import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.application.casework.CaseService;
import jp.tomoni.application.community.CommunityMembers;
import jp.tomoni.application.employment.EmploymentService;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.domain.casework.ConsentMethod;
import jp.tomoni.domain.community.CommunityMember;
import jp.tomoni.domain.community.ParticipationRepository;
import jp.tomoni.domain.employment.JobStart;
import jp.tomoni.domain.employment.RetentionPlan;
import jp.tomoni.domain.jobs.Company;
import jp.tomoni.domain.jobs.JobBoardRepository;
import jp.tomoni.domain.jobs.JobBoardRepository.InterestRow;
import jp.tomoni.domain.jobs.JobInterest;
import jp.tomoni.domain.jobs.JobPosting;
import jp.tomoni.domain.jobs.WageUnit;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.NotFoundException;

/**
 * "Interested": a person says it on a posting; it reaches their employment supporters, never the
 * company directly. A supporter passes it on with the person's consent for that company, or does not
 * with a reason; the person may take it back. After a hire the supporter records the job, which opens
 * the retention plan.
 */
@ApplicationScoped
public class InterestService {
    public static final String ENTITY = "job_interest";
    /** The supporters' list shows every interest still to handle and this many handled ones. */
    public static final int HANDLED_SHOWN = 50;

    @Inject
    JobBoardRepository board;
    @Inject
    CommunityMembers members;
    @Inject
    ParticipationRepository participation;
    @Inject
    CaseAccess access;
    @Inject
    EmploymentService employment;
    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    private LocalDate today() {
        return CaseDates.today(clock);
    }

    /** The person says "interested" in an open posting; their case, if linked, is noted for the supporter. */
    @Transactional
    public JobInterest express(UUID postingId, String message) {
        CurrentTenant t = JobAccess.requireSeeker();
        CommunityMember me = members.current(t);
        JobPosting p = board.posting(postingId).orElseThrow(() -> new NotFoundException(PostingService.ENTITY));
        Company c = board.company(p.companyId()).orElseThrow();
        if (!p.openOn(today()) || !c.approved()) {
            throw new NotFoundException(PostingService.ENTITY);
        }
        if (board.interested(me.id(), postingId)) {
            throw new InvalidInputException(List.of(FieldViolation.of("postingId", "jobs.alreadyInterested")));
        }
        JobInterest i = JobInterest.express(t.tenantId(), p, me.id(), participation.linkedCase(me.id()).orElse(null),
                message, today(), clock.instant());
        board.add(i);
        board.flush();
        audit.record("create", ENTITY, i.id().toString());
        return i;
    }

    /** The caller's interests, the newest first. */
    @Transactional
    public List<InterestRow> mine() {
        CurrentTenant t = JobAccess.requireSeeker();
        return members.known(t).map(m -> board.interestsOf(m.id())).orElse(List.of());
    }

    /** The person takes an interest back (and with it the consent for the company). */
    @Transactional
    public JobInterest withdraw(UUID id, long expectedVersion) {
        CurrentTenant t = JobAccess.requireSeeker();
        CommunityMember me = members.known(t).orElseThrow(() -> new NotFoundException(ENTITY));
        JobInterest i = board.interest(id).filter(x -> x.memberId().equals(me.id()))
                .orElseThrow(() -> new NotFoundException(ENTITY));
        CaseService.expectVersion(i.version(), expectedVersion, ENTITY);
        i.withdraw(clock.instant());
        board.flush();
        audit.record("withdraw", ENTITY, i.id().toString());
        return i;
    }

    /** The supporters' list: every interest to handle, then the latest handled. */
    @Transactional
    public List<InterestRow> forSupporters() {
        CurrentTenant t = JobAccess.requireStaff();
        audit.record("read", "job_interests", t.tenantId());
        return board.interestsForSupporters(HANDLED_SHOWN).stream().map(this::withCurrentCase).toList();
    }

    private InterestRow withCurrentCase(InterestRow r) {
        if (r.caseId() != null) {
            return r;
        }
        UUID linked = participation.linkedCase(r.memberId()).orElse(null);
        return linked == null ? r : new InterestRow(r.id(), r.postingId(), r.postingTitle(), r.companyId(),
                r.companyName(), r.memberId(), r.memberName(), linked, r.status(), r.message(), r.supporterNote(),
                r.outcome(), r.startsOn(), r.employmentId(), r.createdAt(), r.version());
    }

    /**
     * The supporter passes the interest to the company with the person's consent. The person's case is
     * the one their sharing code linked; without it the supporter is asked to link it first.
     */
    @Transactional
    public JobInterest pass(UUID id, LocalDate consentOn, ConsentMethod method, String note, long expectedVersion) {
        CurrentTenant t = JobAccess.requireStaff();
        JobInterest i = staffFind(id, expectedVersion);
        UUID caseId = participation.linkedCase(i.memberId()).orElse(i.caseId());
        if (caseId != null) {
            access.edit(caseId, "job_interest.pass");
        }
        i.pass(caseId, consentOn, method, note, today(), t.actor(), clock.instant());
        board.flush();
        audit.recordCase("pass", ENTITY, i.id().toString(), caseId);
        return i;
    }

    @Transactional
    public JobInterest notPass(UUID id, String reason, long expectedVersion) {
        CurrentTenant t = JobAccess.requireStaff();
        JobInterest i = staffFind(id, expectedVersion);
        i.notPass(reason, t.actor(), clock.instant());
        board.flush();
        audit.record("not-pass", ENTITY, i.id().toString());
        return i;
    }

    /**
     * The supporter records a hire as the person's job: the job from the posting, the first day from the
     * company, the retention period agreed with the person. This opens the retention plan (E-1).
     */
    @Transactional
    public RetentionPlan startRetention(UUID id, int months, long expectedVersion) {
        JobAccess.requireStaff();
        JobInterest i = staffFind(id, expectedVersion);
        if (!i.hired()) {
            throw new InvalidInputException(List.of(FieldViolation.of("outcome", "jobs.notHired")));
        }
        JobPosting p = board.posting(i.postingId()).orElseThrow();
        Company c = board.company(i.companyId()).orElseThrow();
        JobStart start = new JobStart(c.name(), p.title(), p.hours(), i.startsOn(), p.trial().offered(),
                p.disabilityQuota(), months, null, null, null, p.wageUnit() == WageUnit.MONTH ? p.wageMin() : null);
        RetentionPlan plan = employment.startWork(i.caseId(), start);
        i.linkEmployment(plan.employmentId());
        board.flush();
        audit.recordCase("start-retention", ENTITY, i.id().toString(), i.caseId());
        return plan;
    }

    private JobInterest staffFind(UUID id, long expectedVersion) {
        JobInterest i = board.interest(id).orElseThrow(() -> new NotFoundException(ENTITY));
        CaseService.expectVersion(i.version(), expectedVersion, ENTITY);
        return i;
    }
}
