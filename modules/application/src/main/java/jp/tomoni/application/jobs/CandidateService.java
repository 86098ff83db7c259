package jp.tomoni.application.jobs;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jp.tomoni.application.audit.AuditTrail;
import jp.tomoni.application.casework.CaseAccess;
import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.application.casework.CaseService;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.jobs.CandidateConsent;
import jp.tomoni.domain.jobs.Company;
import jp.tomoni.domain.jobs.HiringOutcome;
import jp.tomoni.domain.jobs.JobBoardRepository;
import jp.tomoni.domain.jobs.JobBoardRepository.CandidateRow;
import jp.tomoni.domain.jobs.JobInterest;
import jp.tomoni.domain.jobs.JobInterview;
import jp.tomoni.domain.jobs.SupportRequest;
import jp.tomoni.domain.shared.NotFoundException;
import jp.tomoni.domain.staff.StaffDirectory;
import jp.tomoni.domain.staff.StaffMember;

/**
 * The company's side of a candidate, only under the person's consent for that company
 * ({@link CandidateConsent}): the candidates, their interviews, the outcome, and after a hire the named
 * supporter and the company's requests for support. The supporter's side: the requests of a case, and
 * the answer.
 */
@ApplicationScoped
public class CandidateService {
    public static final String ENTITY = "job_candidate";

    @Inject
    JobBoardRepository board;
    @Inject
    PostingService postings;
    @Inject
    CaseAccess access;
    @Inject
    StaffDirectory staff;
    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** A candidate as the company sees it, with the interviews and the supporter's name. */
    public record Candidate(CandidateRow row, String supporterName, List<JobInterview> interviews,
                            List<SupportRequest> requests) {
    }

    private LocalDate today() {
        return CaseDates.today(clock);
    }

    /** The caller's company's candidates; each name read is case data, so each is audited. */
    @Transactional
    public List<Candidate> candidates() {
        CurrentTenant t = JobAccess.requireRecruiter();
        Company c = postings.ownCompany(t);
        List<CandidateRow> rows = board.candidatesOf(c.id());
        Set<UUID> ids = rows.stream().map(CandidateRow::interestId).collect(Collectors.toSet());
        Map<UUID, List<JobInterview>> interviews = board.interviewsOf(ids).stream()
                .collect(Collectors.groupingBy(JobInterview::interestId));
        Map<UUID, List<SupportRequest>> requests = board.requestsOfCompany(c.id()).stream()
                .collect(Collectors.groupingBy(SupportRequest::interestId));
        Map<String, String> names = staffNames(t);
        for (CandidateRow r : rows) {
            audit.record("read", ENTITY, r.interestId().toString());
        }
        return rows.stream().map(r -> new Candidate(r, names.getOrDefault(r.supporter(), r.supporter()),
                interviews.getOrDefault(r.interestId(), List.of()), requests.getOrDefault(r.interestId(), List.of())))
                .toList();
    }

    private Map<String, String> staffNames(CurrentTenant t) {
        try {
            return staff.members(t.tenantId()).stream()
                    .filter(m -> m.displayName() != null && !m.displayName().isBlank())
                    .collect(Collectors.toMap(StaffMember::username, StaffMember::displayName, (a, b) -> a));
        } catch (RuntimeException identityDown) {
            return Map.of();
        }
    }

    @Transactional
    public JobInterview schedule(UUID interestId, Instant startsAt, String place, String note) {
        CurrentTenant t = JobAccess.requireRecruiter();
        JobInterest i = seen(t, interestId);
        JobInterview v = JobInterview.schedule(t.tenantId(), i, startsAt, place, note, t.actor(), clock.instant());
        board.add(v);
        board.flush();
        audit.recordCase("create", "job_interview", v.id().toString(), i.caseId());
        return v;
    }

    @Transactional
    public JobInterest outcome(UUID interestId, HiringOutcome outcome, LocalDate on, LocalDate startsOn,
                               long expectedVersion) {
        CurrentTenant t = JobAccess.requireRecruiter();
        JobInterest i = seen(t, interestId);
        CaseService.expectVersion(i.version(), expectedVersion, ENTITY);
        i.recordOutcome(outcome, on, startsOn, today());
        board.flush();
        audit.recordCase("outcome", ENTITY, i.id().toString(), i.caseId());
        return i;
    }

    /** After a hire the company asks the named supporter for support; it lands in the person's retention support. */
    @Transactional
    public SupportRequest ask(UUID interestId, String question) {
        CurrentTenant t = JobAccess.requireRecruiter();
        JobInterest i = seen(t, interestId);
        SupportRequest r = SupportRequest.ask(t.tenantId(), i, question, t.actor(), clock.instant());
        board.add(r);
        board.flush();
        audit.recordCase("create", "support_request", r.id().toString(), i.caseId());
        return r;
    }

    /** An employer's request about a case, with the company's name. */
    public record CaseRequest(SupportRequest request, String companyName) {
    }

    /** The employers' requests about a case, open ones first (whoever may read the case). */
    @Transactional
    public List<CaseRequest> requestsOfCase(UUID caseId) {
        access.read(caseId, "read.support_requests");
        Map<UUID, String> names = new java.util.HashMap<>();
        return board.requestsOfCase(caseId).stream()
                .sorted((a, b) -> Boolean.compare(b.open(), a.open()))
                .map(r -> new CaseRequest(r, names.computeIfAbsent(r.companyId(),
                        id -> board.company(id).map(Company::name).orElse(null))))
                .toList();
    }

    @Transactional
    public CaseRequest answer(UUID requestId, String answer, long expectedVersion) {
        CurrentTenant t = TenantContext.require();
        SupportRequest r = board.request(requestId).orElseThrow(() -> new NotFoundException("support_request"));
        access.edit(r.caseId(), "support_request.answer");
        CaseService.expectVersion(r.version(), expectedVersion, "support_request");
        r.answer(answer, t.actor(), clock.instant());
        board.flush();
        audit.recordCase("answer", "support_request", r.id().toString(), r.caseId());
        return new CaseRequest(r, board.company(r.companyId()).map(Company::name).orElse(null));
    }

    /** An interest of the caller's company that the company may see; otherwise it does not exist for them. */
    private JobInterest seen(CurrentTenant t, UUID interestId) {
        Company c = postings.ownCompany(t);
        return board.interest(interestId).filter(i -> CandidateConsent.companySees(c.id(), i))
                .orElseThrow(() -> new NotFoundException(ENTITY));
    }
}
