package jp.tomoni.application.jobs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jp.tomoni.application.audit.AuditTrail;
import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.application.casework.CaseService;
import jp.tomoni.application.community.CommunityMembers;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.domain.jobs.Company;
import jp.tomoni.domain.jobs.JobBoardRepository;
import jp.tomoni.domain.jobs.JobBoardRepository.JobQuery;
import jp.tomoni.domain.jobs.JobBoardRepository.OpenPosting;
import jp.tomoni.domain.jobs.JobPosting;
import jp.tomoni.domain.shared.ConflictException;
import jp.tomoni.domain.shared.NotFoundException;

/**
 * Job postings: a recruiter writes, submits, changes, renews, duplicates and closes its company's;
 * staff approve or reject them with a reason; people looking for work browse the open ones. A company
 * sees another's posting only while it is open, never its drafts.
 */
@ApplicationScoped
public class PostingService {
    public static final String ENTITY = "job_posting";

    @Inject
    JobBoardRepository board;
    @Inject
    CommunityMembers members;
    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** A posting with what a reader sees of its company, and whether the reader said "interested". */
    public record PostingView(JobPosting posting, Company company, boolean interested) {
    }

    public LocalDate today() {
        return CaseDates.today(clock);
    }

    /** The caller's company's postings, the newest first. */
    @Transactional
    public List<JobPosting> mine() {
        return board.postingsOf(ownCompany(JobAccess.requireRecruiter()).id());
    }

    @Transactional
    public JobPosting write(JobPosting.Draft draft) {
        CurrentTenant t = JobAccess.requireRecruiter();
        Company c = ownCompany(t);
        JobPosting p = JobPosting.write(t.tenantId(), c.id(), draft, t.actor(), clock.instant());
        board.add(p);
        board.flush();
        audit.record("create", ENTITY, p.id().toString());
        return p;
    }

    @Transactional
    public JobPosting change(UUID id, JobPosting.Draft draft, long expectedVersion) {
        CurrentTenant t = JobAccess.requireRecruiter();
        Company c = ownCompany(t);
        JobPosting p = own(c, id, expectedVersion);
        p.change(draft, c.trusted(), today(), clock.instant());
        return saved(p, "update");
    }

    /** Sends a draft (or a posting sent back) to staff; only an approved company's. */
    @Transactional
    public JobPosting submit(UUID id, long expectedVersion) {
        CurrentTenant t = JobAccess.requireRecruiter();
        Company c = ownCompany(t);
        JobPosting p = own(c, id, expectedVersion);
        if (!c.approved()) {
            throw new ConflictException("company is " + c.status());
        }
        p.submit(c.trusted(), today(), clock.instant());
        return saved(p, "submit");
    }

    @Transactional
    public JobPosting close(UUID id, long expectedVersion) {
        CurrentTenant t = JobAccess.requireRecruiter();
        JobPosting p = own(ownCompany(t), id, expectedVersion);
        p.close(t.actor(), clock.instant());
        return saved(p, "close");
    }

    @Transactional
    public JobPosting renew(UUID id, LocalDate closesOn, long expectedVersion) {
        CurrentTenant t = JobAccess.requireRecruiter();
        Company c = ownCompany(t);
        JobPosting p = own(c, id, expectedVersion);
        if (!c.approved()) {
            throw new ConflictException("company is " + c.status());
        }
        p.renew(closesOn, c.trusted(), today(), clock.instant());
        return saved(p, "renew");
    }

    /** A new draft with what the posting says; the company sets its closing date and submits it. */
    @Transactional
    public JobPosting duplicate(UUID id) {
        CurrentTenant t = JobAccess.requireRecruiter();
        Company c = ownCompany(t);
        JobPosting source = board.posting(id).filter(p -> p.companyId().equals(c.id()))
                .orElseThrow(() -> new NotFoundException(ENTITY));
        JobPosting copy = source.duplicate(t.actor(), clock.instant());
        board.add(copy);
        board.flush();
        audit.record("create", ENTITY, copy.id().toString());
        return copy;
    }

    /** Postings for staff to look at: waiting ones, and trusted companies' public ones not yet reviewed. */
    @Transactional
    public List<PostingView> toReview() {
        JobAccess.requireStaff();
        return board.postingsToReview().stream()
                .map(p -> new PostingView(p, board.company(p.companyId()).orElseThrow(), false)).toList();
    }

    @Transactional
    public JobPosting approve(UUID id, long expectedVersion) {
        CurrentTenant t = JobAccess.requireStaff();
        JobPosting p = staffFind(id, expectedVersion);
        p.approve(today(), t.actor(), clock.instant());
        return saved(p, "approve");
    }

    @Transactional
    public JobPosting reject(UUID id, String reason, long expectedVersion) {
        CurrentTenant t = JobAccess.requireStaff();
        JobPosting p = staffFind(id, expectedVersion);
        p.reject(reason, t.actor(), clock.instant());
        return saved(p, "reject");
    }

    /** Open postings that match, the newest first (everyone who may read jobs). */
    @Transactional
    public List<OpenPosting> open(JobQuery query) {
        JobAccess.requireReader();
        return board.openPostings(query, today());
    }

    /**
     * One posting: staff see any; a recruiter their company's in any state and others' while open;
     * everyone else only while it is open. Otherwise it does not exist for them.
     */
    @Transactional
    public PostingView view(UUID id) {
        CurrentTenant t = JobAccess.requireReader();
        JobPosting p = board.posting(id).orElseThrow(() -> new NotFoundException(ENTITY));
        Company c = board.company(p.companyId()).orElseThrow(() -> new NotFoundException(ENTITY));
        boolean own = JobAccess.isRecruiter(t) && c.account().equals(t.actor());
        if (!JobAccess.isStaff(t) && !own && !(p.openOn(today()) && c.approved())) {
            throw new NotFoundException(ENTITY);
        }
        boolean interested = JobAccess.isSeeker(t)
                && members.known(t).map(m -> board.interested(m.id(), p.id())).orElse(false);
        return new PostingView(p, c, interested);
    }

    /** Closes every posting past its closing date (the daily round, under the tenant's binding). */
    @Transactional
    public int expire(LocalDate today) {
        int n = 0;
        for (JobPosting p : board.pastClosing(today)) {
            if (p.expire(today)) {
                n++;
            }
        }
        board.flush();
        return n;
    }

    Company ownCompany(CurrentTenant t) {
        return board.companyOf(t.actor()).orElseThrow(() -> new NotFoundException(CompanyService.ENTITY));
    }

    private JobPosting own(Company c, UUID id, long expectedVersion) {
        JobPosting p = board.posting(id).filter(x -> x.companyId().equals(c.id()))
                .orElseThrow(() -> new NotFoundException(ENTITY));
        CaseService.expectVersion(p.version(), expectedVersion, ENTITY);
        return p;
    }

    private JobPosting staffFind(UUID id, long expectedVersion) {
        JobPosting p = board.posting(id).orElseThrow(() -> new NotFoundException(ENTITY));
        CaseService.expectVersion(p.version(), expectedVersion, ENTITY);
        return p;
    }

    private JobPosting saved(JobPosting p, String action) {
        board.flush();
        audit.record(action, ENTITY, p.id().toString());
        return p;
    }
}
