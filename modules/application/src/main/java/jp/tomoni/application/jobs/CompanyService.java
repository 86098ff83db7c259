package jp.tomoni.application.jobs;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jp.tomoni.application.audit.AuditTrail;
import jp.tomoni.application.casework.CaseService;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.domain.employment.Employer;
import jp.tomoni.domain.employment.EmployerRepository;
import jp.tomoni.domain.jobs.Company;
import jp.tomoni.domain.jobs.JobBoardRepository;
import jp.tomoni.domain.shared.ConflictException;
import jp.tomoni.domain.shared.NotFoundException;

/**
 * Company onboarding: a recruiter writes the company's profile; staff approve it (the company joins
 * the employer list, or is linked to the line of the same name there) or send it back with a reason,
 * and may mark an approved company trusted.
 */
@ApplicationScoped
public class CompanyService {
    public static final String ENTITY = "company";

    @Inject
    JobBoardRepository board;
    @Inject
    EmployerRepository employers;
    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** The caller's company, if they wrote its profile. */
    @Transactional
    public Optional<Company> mine() {
        CurrentTenant t = JobAccess.requireRecruiter();
        return board.companyOf(t.actor());
    }

    /** A recruiter's first profile; one company per recruiter account. */
    @Transactional
    public Company submit(Company.Draft draft) {
        CurrentTenant t = JobAccess.requireRecruiter();
        if (board.companyOf(t.actor()).isPresent()) {
            throw new ConflictException("the account already has a company");
        }
        Company c = Company.submit(t.tenantId(), t.actor(), draft, clock.instant());
        board.add(c);
        board.flush();
        audit.record("create", ENTITY, c.id().toString());
        return c;
    }

    /** The recruiter changes the profile read at {@code expectedVersion}. */
    @Transactional
    public Company change(Company.Draft draft, long expectedVersion) {
        CurrentTenant t = JobAccess.requireRecruiter();
        Company c = board.companyOf(t.actor()).orElseThrow(() -> new NotFoundException(ENTITY));
        CaseService.expectVersion(c.version(), expectedVersion, ENTITY);
        c.change(draft);
        board.flush();
        audit.record("update", ENTITY, c.id().toString());
        return c;
    }

    /** Every company of the tenant, waiting ones first (staff). */
    @Transactional
    public List<Company> all() {
        JobAccess.requireStaff();
        return board.companies();
    }

    /** One company: staff see any, a recruiter only their own. */
    @Transactional
    public Company get(UUID id) {
        CurrentTenant t = JobAccess.requireReader();
        Company c = board.company(id).orElseThrow(() -> new NotFoundException(ENTITY));
        if (!JobAccess.isStaff(t) && !c.account().equals(t.actor())) {
            throw new NotFoundException(ENTITY);
        }
        return c;
    }

    @Transactional
    public Company approve(UUID id, long expectedVersion) {
        CurrentTenant t = JobAccess.requireStaff();
        Company c = staffFind(id, expectedVersion);
        Employer e = employers.employerNamed(c.name()).orElseGet(() -> {
            Employer n = Employer.register(t.tenantId(), new Employer.Draft(c.name(), c.industry(), c.contactPerson(),
                    c.phone(), c.address(), null, null), t.actor(), clock.instant());
            employers.add(n);
            return n;
        });
        employers.flush();
        c.approve(e.id(), t.actor(), clock.instant());
        board.flush();
        audit.record("company.approve", ENTITY, c.id().toString());
        return c;
    }

    @Transactional
    public Company reject(UUID id, String reason, long expectedVersion) {
        CurrentTenant t = JobAccess.requireStaff();
        Company c = staffFind(id, expectedVersion);
        c.reject(reason, t.actor(), clock.instant());
        board.flush();
        audit.record("company.reject", ENTITY, c.id().toString());
        return c;
    }

    @Transactional
    public Company trust(UUID id, boolean trusted, long expectedVersion) {
        JobAccess.requireStaff();
        Company c = staffFind(id, expectedVersion);
        c.trust(trusted);
        board.flush();
        audit.record(trusted ? "company.trust" : "company.distrust", ENTITY, c.id().toString());
        return c;
    }

    private Company staffFind(UUID id, long expectedVersion) {
        Company c = board.company(id).orElseThrow(() -> new NotFoundException(ENTITY));
        CaseService.expectVersion(c.version(), expectedVersion, ENTITY);
        return c;
    }
}
