package jp.tomoni.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tomoni.domain.casework.Client;
import jp.tomoni.domain.casework.SupportCase;
import jp.tomoni.domain.casework.plan.Closure;
import jp.tomoni.domain.casework.plan.Evaluation;
import jp.tomoni.domain.casework.plan.Monitoring;
import jp.tomoni.domain.casework.plan.Plan;
import jp.tomoni.domain.casework.plan.PlanDecision;
import jp.tomoni.domain.casework.plan.PlanRepository;
import jp.tomoni.domain.casework.plan.PlanRevision;
import jp.tomoni.domain.casework.plan.PlanStatus;

/** Plans and what follows them in PostgreSQL, under the transaction's tenant. */
@ApplicationScoped
public class JpaPlanRepository implements PlanRepository {
    @PersistenceContext(unitName = "tomoni")
    EntityManager em;

    @Override
    public List<Plan> plans(UUID caseId) {
        return em.createQuery("select p from Plan p where p.caseId = :c order by p.planNumber", Plan.class)
                .setParameter("c", caseId).getResultList();
    }

    @Override
    public Optional<Plan> find(UUID planId) {
        return Optional.ofNullable(em.find(Plan.class, planId));
    }

    @Override
    public List<Plan> withStatus(PlanStatus status) {
        return em.createQuery("select p from Plan p where p.status = :s order by p.updatedAt", Plan.class)
                .setParameter("s", status).getResultList();
    }

    @Override
    public List<PlanRevision> revisions(UUID planId) {
        return em.createQuery("select r from PlanRevision r where r.planId = :p order by r.revision", PlanRevision.class)
                .setParameter("p", planId).getResultList();
    }

    @Override
    public List<PlanRevision> revisionsOfCase(UUID caseId) {
        return em.createQuery("select r from PlanRevision r where r.planId in "
                + "(select p.id from Plan p where p.caseId = :c) order by r.revisedAt", PlanRevision.class)
                .setParameter("c", caseId).getResultList();
    }

    @Override
    public Optional<PlanDecision> decision(UUID planId) {
        return em.createQuery("select d from PlanDecision d where d.planId = :p", PlanDecision.class)
                .setParameter("p", planId).getResultStream().findFirst();
    }

    @Override
    public List<PlanDecision> decisionsOfCase(UUID caseId) {
        return em.createQuery("select d from PlanDecision d where d.caseId = :c order by d.recordedAt", PlanDecision.class)
                .setParameter("c", caseId).getResultList();
    }

    @Override
    public List<Monitoring> monitoring(UUID caseId) {
        return em.createQuery("select m from Monitoring m where m.caseId = :c order by m.monitoredOn, m.createdAt",
                Monitoring.class).setParameter("c", caseId).getResultList();
    }

    @Override
    public List<Evaluation> evaluations(UUID caseId) {
        return em.createQuery("select e from Evaluation e where e.caseId = :c order by e.evaluatedOn, e.createdAt",
                Evaluation.class).setParameter("c", caseId).getResultList();
    }

    @Override
    public List<Closure> closures(UUID caseId) {
        return em.createQuery("select c from Closure c where c.caseId = :c order by c.createdAt", Closure.class)
                .setParameter("c", caseId).getResultList();
    }

    @Override
    public Optional<Closure> closure(UUID closureId) {
        return Optional.ofNullable(em.find(Closure.class, closureId));
    }

    @Override
    public List<Closure> proposedClosures() {
        return em.createQuery("select c from Closure c where c.status = :s order by c.createdAt", Closure.class)
                .setParameter("s", Closure.Status.PROPOSED).getResultList();
    }

    /** Mirrors {@link jp.tomoni.domain.casework.plan.MonitoringSchedule#isDue}, as case_due_dates (V10) does. */
    @Override
    public List<MonitoringDue> monitoringDueOf(String worker, LocalDate today) {
        List<MonitoringDue> out = new ArrayList<>();
        for (Object[] r : em.createQuery("select p, c, k from Plan p, SupportCase c, Client k "
                        + "where c.id = p.caseId and k.id = c.clientId and c.worker = :w and p.status = :s "
                        + "and p.nextMonitoring is not null and p.nextMonitoring <= :t and not exists "
                        + "(select m from Monitoring m where m.planId = p.id and m.monitoredOn >= p.nextMonitoring) "
                        + "order by p.nextMonitoring, c.caseNumber", Object[].class)
                .setParameter("w", worker).setParameter("s", PlanStatus.IN_DELIVERY)
                .setParameter("t", today.withDayOfMonth(1)).getResultList()) {
            Plan p = (Plan) r[0];
            SupportCase c = (SupportCase) r[1];
            out.add(new MonitoringDue(c.id(), c.caseNumber(), ((Client) r[2]).details().fullName(), p.nextMonitoring()));
        }
        return out;
    }
}
