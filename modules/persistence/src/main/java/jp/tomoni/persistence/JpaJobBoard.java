package jp.tomoni.persistence;

import static jp.tomoni.persistence.Columns.date;
import static jp.tomoni.persistence.Columns.instant;
import static jp.tomoni.persistence.Columns.uuid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tomoni.domain.employment.Industry;
import jp.tomoni.domain.jobs.Accommodation;
import jp.tomoni.domain.jobs.Company;
import jp.tomoni.domain.jobs.EmploymentType;
import jp.tomoni.domain.jobs.HiringOutcome;
import jp.tomoni.domain.jobs.InterestStatus;
import jp.tomoni.domain.jobs.JobBoardRepository;
import jp.tomoni.domain.jobs.JobInterest;
import jp.tomoni.domain.jobs.JobInterview;
import jp.tomoni.domain.jobs.JobPosting;
import jp.tomoni.domain.jobs.LiaisonMeeting;
import jp.tomoni.domain.jobs.PostingStatus;
import jp.tomoni.domain.jobs.Retention;
import jp.tomoni.domain.jobs.SavedJobSearch;
import jp.tomoni.domain.jobs.SupportRequest;

/** Partner companies, postings, interests and liaison meetings in PostgreSQL, under the transaction's tenant. */
@ApplicationScoped
public class JpaJobBoard implements JobBoardRepository {
    private static final String INTEREST_ROW = """
            select i.id, i.posting_id, p.title, i.company_id, c.name, i.member_id, m.shown_name, i.case_id, i.status,
                   i.message, i.supporter_note, i.outcome, i.starts_on, i.employment_id, i.created_at, i.version
              from job_interest i join job_posting p on p.id = i.posting_id join company c on c.id = i.company_id
              join community_member m on m.id = i.member_id
            """;

    @PersistenceContext(unitName = "tomoni")
    EntityManager em;

    private NativeSql sql() {
        return new NativeSql(em);
    }

    @Override
    public void add(Company company) {
        em.persist(company);
    }

    @Override
    public void add(JobPosting posting) {
        em.persist(posting);
    }

    @Override
    public void add(JobInterest interest) {
        em.persist(interest);
    }

    @Override
    public void add(JobInterview interview) {
        em.persist(interview);
    }

    @Override
    public void add(SupportRequest request) {
        em.persist(request);
    }

    @Override
    public void add(LiaisonMeeting meeting) {
        em.persist(meeting);
    }

    @Override
    public void add(SavedJobSearch search) {
        em.persist(search);
    }

    @Override
    public void remove(SavedJobSearch search) {
        em.remove(search);
    }

    @Override
    public Optional<SavedJobSearch> savedSearch(UUID id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(SavedJobSearch.class, id));
    }

    @Override
    public List<SavedJobSearch> savedSearchesOf(UUID memberId) {
        return em.createQuery("select s from SavedJobSearch s where s.memberId = :m order by s.createdAt, s.id",
                SavedJobSearch.class).setParameter("m", memberId).getResultList();
    }

    @Override
    public List<AlertDue> alerts() {
        List<Object[]> rows = sql().rows("select s.id, m.account from saved_job_search s"
                + " join community_member m on m.id = s.member_id where s.alert order by s.id");
        List<AlertDue> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new AlertDue(em.find(SavedJobSearch.class, uuid(r[0])), (String) r[1]));
        }
        return out;
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<Company> company(UUID id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Company.class, id));
    }

    @Override
    public Optional<Company> companyOf(String account) {
        return em.createQuery("select c from Company c where c.account = :a", Company.class).setParameter("a", account)
                .getResultStream().findFirst();
    }

    @Override
    public List<Company> companies() {
        List<Company> all = new ArrayList<>(em.createQuery("select c from Company c", Company.class).getResultList());
        all.sort(Comparator.comparing((Company c) -> c.status().ordinal()).thenComparing(Company::name));
        return all;
    }

    @Override
    public Optional<JobPosting> posting(UUID id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(JobPosting.class, id));
    }

    @Override
    public List<JobPosting> postingsOf(UUID companyId) {
        return em.createQuery("select p from JobPosting p where p.companyId = :c order by p.createdAt desc, p.id",
                JobPosting.class).setParameter("c", companyId).getResultList();
    }

    @Override
    public List<JobPosting> postingsToReview() {
        return em.createQuery("select p from JobPosting p where p.status = :pending"
                        + " or (p.status = :published and p.reviewed = false) order by p.createdAt, p.id", JobPosting.class)
                .setParameter("pending", PostingStatus.PENDING).setParameter("published", PostingStatus.PUBLISHED)
                .getResultList();
    }

    @Override
    public List<JobPosting> pastClosing(LocalDate today) {
        return em.createQuery("select p from JobPosting p where p.status in :open and p.closesOn < :today",
                        JobPosting.class)
                .setParameter("open", List.of(PostingStatus.PENDING, PostingStatus.PUBLISHED))
                .setParameter("today", today).getResultList();
    }

    @Override
    public List<OpenPosting> openPostings(JobQuery q, LocalDate today) {
        StringBuilder where = new StringBuilder("""
                select p.id, c.name, c.industry from job_posting p join company c on c.id = p.company_id
                 where p.status = 'PUBLISHED' and p.closes_on >= ? and c.status = 'APPROVED'""");
        List<Object> params = new ArrayList<>(List.of(today));
        if (q.words() != null) {
            for (String w : q.words().split("[\\s　]+")) {
                where.append(" and (p.title || ' ' || p.duties || ' ' || p.location || ' ' || c.name) ilike ?");
                params.add("%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        if (!q.types().isEmpty()) {
            where.append(" and p.employment_type = any(cast(? as varchar[]))");
            params.add(q.types().stream().map(Enum::name).collect(Collectors.joining(",", "{", "}")));
        }
        if (q.shortHours()) {
            where.append(" and p.weekly_hours < ").append(JobPosting.SHORT_HOURS_BELOW);
        }
        if (q.trial()) {
            where.append(" and p.trial <> 'NONE'");
        }
        if (q.disability()) {
            where.append(" and p.disability_quota");
        }
        if (q.returners()) {
            where.append(" and p.welcomes_returners");
        }
        for (Accommodation a : q.accommodations()) {
            where.append(" and (',' || p.accommodations || ',') like ?");
            params.add("%," + a.name() + ",%");
        }
        if (q.industry() != null) {
            where.append(" and c.industry = ?");
            params.add(q.industry().name());
        }
        where.append(" order by p.published_at desc nulls last, p.id limit 200");
        List<Object[]> rows = sql().rows(where.toString(), params.toArray());
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, JobPosting> byId = em.createQuery("select p from JobPosting p where p.id in :ids", JobPosting.class)
                .setParameter("ids", rows.stream().map(r -> uuid(r[0])).toList()).getResultStream()
                .collect(Collectors.toMap(JobPosting::id, Function.identity()));
        List<OpenPosting> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new OpenPosting(byId.get(uuid(r[0])), (String) r[1], Industry.valueOf(((String) r[2]).strip())));
        }
        return out;
    }

    @Override
    public Optional<JobInterest> interest(UUID id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(JobInterest.class, id));
    }

    @Override
    public boolean interested(UUID memberId, UUID postingId) {
        return sql().exists("select 1 from job_interest where member_id = ? and posting_id = ? and status in ('NEW', 'PASSED')",
                memberId, postingId);
    }

    @Override
    public List<InterestRow> interestsOf(UUID memberId) {
        return interestRows(sql().rows(INTEREST_ROW + " where i.member_id = ? order by i.created_at desc, i.id", memberId));
    }

    @Override
    public List<InterestRow> interestsForSupporters(int handledLimit) {
        List<InterestRow> out = new ArrayList<>(interestRows(sql().rows(INTEREST_ROW
                + " where i.status = 'NEW' order by i.created_at, i.id")));
        out.addAll(interestRows(sql().rows(INTEREST_ROW
                + " where i.status <> 'NEW' order by coalesce(i.handled_at, i.created_at) desc, i.id limit ?", handledLimit)));
        return out;
    }

    private static List<InterestRow> interestRows(List<Object[]> rows) {
        List<InterestRow> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new InterestRow(uuid(r[0]), uuid(r[1]), (String) r[2], uuid(r[3]), (String) r[4], uuid(r[5]),
                    (String) r[6], uuid(r[7]), InterestStatus.valueOf((String) r[8]), (String) r[9], (String) r[10],
                    r[11] == null ? null : HiringOutcome.valueOf((String) r[11]), date(r[12]), uuid(r[13]), instant(r[14]),
                    ((Number) r[15]).longValue()));
        }
        return out;
    }

    @Override
    public List<CandidateRow> candidatesOf(UUID companyId) {
        List<CandidateRow> out = new ArrayList<>();
        for (Object[] r : sql().rows("""
                select i.id, i.posting_id, p.title, trim(cl.family_name || ' ' || coalesce(cl.given_name, '')),
                       trim(coalesce(cl.family_kana, '') || ' ' || coalesce(cl.given_kana, '')), i.supporter_note,
                       coalesce(rp.owner, sc.worker), i.consent_on, i.outcome, i.outcome_on, i.starts_on, i.version
                  from job_interest i join job_posting p on p.id = i.posting_id
                  join support_case sc on sc.id = i.case_id join client cl on cl.id = sc.client_id
                  left join retention_plan rp on rp.employment_id = i.employment_id
                 where i.company_id = ? and i.status = 'PASSED' and i.consent_on is not null
                 order by i.handled_at desc, i.id
                """, companyId)) {
            out.add(new CandidateRow(uuid(r[0]), uuid(r[1]), (String) r[2], (String) r[3], blankToNull((String) r[4]),
                    (String) r[5], (String) r[6], date(r[7]), r[8] == null ? null : HiringOutcome.valueOf((String) r[8]),
                    date(r[9]), date(r[10]), ((Number) r[11]).longValue()));
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @Override
    public List<JobInterview> interviewsOf(Set<UUID> interestIds) {
        if (interestIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select i from JobInterview i where i.interestId in :ids order by i.startsAt",
                JobInterview.class).setParameter("ids", List.copyOf(interestIds)).getResultList();
    }

    @Override
    public Optional<SupportRequest> request(UUID id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(SupportRequest.class, id));
    }

    @Override
    public List<SupportRequest> requestsOfCase(UUID caseId) {
        return em.createQuery("select r from SupportRequest r where r.caseId = :c order by r.askedAt desc",
                SupportRequest.class).setParameter("c", caseId).getResultList();
    }

    @Override
    public List<SupportRequest> requestsOfCompany(UUID companyId) {
        return em.createQuery("select r from SupportRequest r where r.companyId = :c order by r.askedAt desc",
                SupportRequest.class).setParameter("c", companyId).getResultList();
    }

    @Override
    public Optional<LiaisonMeeting> meeting(UUID id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(LiaisonMeeting.class, id));
    }

    @Override
    public List<LiaisonMeeting> meetings() {
        return em.createQuery("select m from LiaisonMeeting m order by m.heldOn desc, m.id", LiaisonMeeting.class)
                .getResultList();
    }

    @Override
    public void invite(UUID meetingId, Set<UUID> companyIds) {
        for (UUID c : companyIds) {
            sql().update("""
                    insert into liaison_invitation (meeting_id, company_id, tenant_id)
                    select m.id, c.id, m.tenant_id from liaison_meeting m join company c on c.id = ?
                     where m.id = ? on conflict do nothing""", c, meetingId);
        }
    }

    @Override
    public List<Invitation> invitations(UUID meetingId) {
        List<Invitation> out = new ArrayList<>();
        for (Object[] r : sql().rows("""
                select c.id, c.name, c.industry, v.attended from liaison_invitation v join company c on c.id = v.company_id
                 where v.meeting_id = ? order by c.name, c.id""", meetingId)) {
            out.add(new Invitation(uuid(r[0]), (String) r[1], Industry.valueOf(((String) r[2]).strip()), (Boolean) r[3]));
        }
        return out;
    }

    @Override
    public void recordAttendance(UUID meetingId, Set<UUID> attended) {
        sql().update("update liaison_invitation set attended = (company_id = any(cast(? as uuid[]))) where meeting_id = ?",
                attended.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")), meetingId);
    }

    @Override
    public Map<Industry, Integer> postingsByIndustry(LocalDate from, LocalDate to, UUID companyId) {
        Map<Industry, Integer> out = new EnumMap<>(Industry.class);
        for (Object[] r : sql().rows("""
                select c.industry, count(*) from job_posting p join company c on c.id = p.company_id
                 where cast(p.published_at at time zone 'Asia/Tokyo' as date) between ? and ?
                   and (cast(? as uuid) is null or p.company_id = cast(? as uuid))
                 group by c.industry""", from, to, companyId, companyId)) {
            out.put(Industry.valueOf(((String) r[0]).strip()), ((Number) r[1]).intValue());
        }
        return out;
    }

    @Override
    public Counts counts(LocalDate from, LocalDate to, UUID companyId) {
        Object[] r = sql().row("""
                select count(*) filter (where cast(i.created_at at time zone 'Asia/Tokyo' as date) between ? and ?),
                       count(*) filter (where i.status = 'PASSED'
                                          and cast(i.handled_at at time zone 'Asia/Tokyo' as date) between ? and ?),
                       count(*) filter (where i.status = 'PASSED' and i.outcome = 'HIRED' and i.outcome_on between ? and ?)
                  from job_interest i where (cast(? as uuid) is null or i.company_id = cast(? as uuid))""",
                from, to, from, to, from, to, companyId, companyId).orElseThrow();
        return new Counts(((Number) r[0]).intValue(), ((Number) r[1]).intValue(), ((Number) r[2]).intValue());
    }

    @Override
    public Map<UUID, List<Retention.Hire>> hires(UUID companyId) {
        Map<UUID, List<Retention.Hire>> out = new LinkedHashMap<>();
        for (Object[] r : sql().rows("""
                select i.company_id, i.starts_on, i.employment_id is not null, e.ended_on
                  from job_interest i left join employment e on e.id = i.employment_id
                 where i.status = 'PASSED' and i.outcome = 'HIRED'
                   and (cast(? as uuid) is null or i.company_id = cast(? as uuid))
                 order by i.company_id""", companyId, companyId)) {
            out.computeIfAbsent(uuid(r[0]), k -> new ArrayList<>())
                    .add(new Retention.Hire(date(r[1]), (Boolean) r[2], date(r[3])));
        }
        return out;
    }
}
