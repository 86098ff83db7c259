package jp.tomoni.persistence;

import static jp.tomoni.persistence.Columns.date;
import static jp.tomoni.persistence.Columns.instant;
import static jp.tomoni.persistence.Columns.uuid;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import jp.tomoni.domain.casework.CodeListConverter;
import jp.tomoni.domain.casework.promise.CasePromise;
import jp.tomoni.domain.employment.Employment;
import jp.tomoni.domain.employment.EmploymentRepository;
import jp.tomoni.domain.employment.EmploymentOutcomes;
import jp.tomoni.domain.employment.EmploymentSupport;
import jp.tomoni.domain.employment.JobEndKind;
import jp.tomoni.domain.employment.JobActivity;
import jp.tomoni.domain.employment.ReportSharing;
import jp.tomoni.domain.employment.RetentionContact;
import jp.tomoni.domain.employment.RetentionPlan;
import jp.tomoni.domain.employment.SignsSeen;
import jp.tomoni.domain.employment.WarningSign;

/** Employment and retention support in PostgreSQL, under the transaction's tenant. */
@ApplicationScoped
public class JpaEmploymentRepository implements EmploymentRepository {
    /**
     * The board's one query: each active plan with its person, job, last contact and open schedule. A plan
     * schedules all its months at once (72 promises for three years), so the next due date and the missed
     * count are two short index probes each, not an aggregate over every open promise of the plan.
     */
    public static final String BOARD = """
            select p.id, p.case_id, c.case_number, concat_ws(' ', k.family_name, k.given_name), e.employer, e.job,
                   p.owner, p.starts_on, p.months,
                   (select max(r.contacted_on) from retention_contact r where r.plan_id = p.id),
                   (select min(x.due_at) from case_promise x
                     where x.retention_plan_id = p.id and x.done_at is null),
                   (select count(*) from case_promise x
                     where x.retention_plan_id = p.id and x.done_at is null and x.due_at < ?)
              from retention_plan p
              join support_case c on c.id = p.case_id
              join client k on k.id = c.client_id
              join employment e on e.id = p.employment_id
             where p.status = 'ACTIVE'""";

    @PersistenceContext(unitName = "tomoni")
    EntityManager em;

    @Override
    public Optional<EmploymentSupport> support(UUID caseId) {
        return Optional.ofNullable(em.find(EmploymentSupport.class, caseId));
    }

    @Override
    public void add(EmploymentSupport support) {
        em.persist(support);
    }

    @Override
    public void add(JobActivity activity) {
        em.persist(activity);
    }

    @Override
    public void add(Employment job) {
        em.persist(job);
    }

    @Override
    public void add(RetentionPlan plan) {
        em.persist(plan);
    }

    @Override
    public void add(RetentionContact contact) {
        em.persist(contact);
    }

    @Override
    public List<JobActivity> activities(UUID caseId) {
        return em.createQuery("select a from JobActivity a where a.caseId = :c order by a.doneOn desc, a.createdAt desc",
                JobActivity.class).setParameter("c", caseId).getResultList();
    }

    @Override
    public List<Employment> jobs(UUID caseId) {
        return em.createQuery("select e from Employment e where e.caseId = :c order by e.startedOn desc, e.createdAt desc",
                Employment.class).setParameter("c", caseId).getResultList();
    }

    @Override
    public Optional<Employment> job(UUID id) {
        return Optional.ofNullable(em.find(Employment.class, id));
    }

    @Override
    public List<RetentionPlan> plans(UUID caseId) {
        return em.createQuery("select p from RetentionPlan p where p.caseId = :c order by p.startsOn desc, p.createdAt desc",
                RetentionPlan.class).setParameter("c", caseId).getResultList();
    }

    @Override
    public Optional<RetentionPlan> plan(UUID id) {
        return Optional.ofNullable(em.find(RetentionPlan.class, id));
    }

    @Override
    public Optional<RetentionPlan> activePlan(UUID caseId) {
        return em.createQuery("select p from RetentionPlan p where p.caseId = :c and p.status = :s", RetentionPlan.class)
                .setParameter("c", caseId).setParameter("s", RetentionPlan.Status.ACTIVE).getResultStream().findFirst();
    }

    @Override
    public List<RetentionContact> contacts(UUID caseId) {
        return em.createQuery("select r from RetentionContact r where r.caseId = :c order by r.contactedOn desc, r.createdAt desc",
                RetentionContact.class).setParameter("c", caseId).getResultList();
    }

    @Override
    public List<CasePromise> openPromises(UUID planId) {
        return em.createQuery("select p from CasePromise p where p.retentionPlanId = :p and p.doneAt is null order by p.dueAt",
                CasePromise.class).setParameter("p", planId).getResultList();
    }

    @Override
    public List<BoardPlan> activePlans(Instant now) {
        List<BoardPlan> out = new ArrayList<>();
        for (Object row : em.createNativeQuery(BOARD).setParameter(1, Timestamp.from(now)).getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new BoardPlan(uuid(r[0]), uuid(r[1]), (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    (String) r[6], date(r[7]), ((Number) r[8]).intValue(), date(r[9]), instant(r[10]),
                    ((Number) r[11]).intValue()));
        }
        return out;
    }

    @Override
    public List<PlanSigns> signsSince(LocalDate from) {
        List<PlanSigns> out = new ArrayList<>();
        for (Object row : em.createNativeQuery("select r.plan_id, r.contacted_on, r.signs from retention_contact r "
                        + "join retention_plan p on p.id = r.plan_id and p.status = 'ACTIVE' "
                        + "where r.contacted_on >= ? and r.signs <> ''")
                .setParameter(1, Date.valueOf(from)).getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new PlanSigns(uuid(r[0]), new SignsSeen(date(r[1]),
                    CodeListConverter.values(WarningSign.class, new CodeListConverter().convertToEntityAttribute((String) r[2])))));
        }
        return out;
    }

    @Override
    public void recordShare(ReportShare s) {
        em.createNativeQuery("insert into report_share (id, tenant_id, case_id, document, recipient, recipient_name, agency, "
                        + "consent_id, shared_at, shared_by) values (?, current_tenant(), ?, ?, ?, ?, cast(? as varchar), ?, ?, ?)")
                .setParameter(1, s.id()).setParameter(2, s.caseId()).setParameter(3, s.document())
                .setParameter(4, s.recipient().name()).setParameter(5, s.recipientName()).setParameter(6, s.agency())
                .setParameter(7, s.consentId()).setParameter(8, Timestamp.from(s.sharedAt())).setParameter(9, s.sharedBy())
                .executeUpdate();
    }

    @Override
    public List<ReportShare> shares(UUID caseId) {
        List<ReportShare> out = new ArrayList<>();
        for (Object row : em.createNativeQuery("select id, case_id, document, recipient, recipient_name, agency, consent_id, "
                        + "shared_at, shared_by from report_share where case_id = ? order by shared_at desc")
                .setParameter(1, caseId).getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new ReportShare(uuid(r[0]), uuid(r[1]), (String) r[2], ReportSharing.Recipient.valueOf((String) r[3]),
                    (String) r[4], (String) r[5], uuid(r[6]), instant(r[7]), (String) r[8]));
        }
        return out;
    }

    @Override
    public List<EmploymentOutcomes.Job> allJobs() {
        List<EmploymentOutcomes.Job> out = new ArrayList<>();
        for (Object row : em.createNativeQuery("select id, follows, started_on, ended_on, end_kind, wage from employment")
                .getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new EmploymentOutcomes.Job(uuid(r[0]), r[1] == null ? null : uuid(r[1]), date(r[2]), date(r[3]),
                    r[4] == null ? null : JobEndKind.valueOf((String) r[4]), r[5] == null ? null : ((Number) r[5]).intValue()));
        }
        return out;
    }

    @Override
    public HelloWorkShare helloWorkShare() {
        Object[] r = (Object[]) em.createNativeQuery("""
                select count(*), count(s.hello_work_on)
                  from (select case_id from employment_support union select case_id from employment) u
                  left join employment_support s on s.case_id = u.case_id""").getSingleResult();
        return new HelloWorkShare(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
    }



}
