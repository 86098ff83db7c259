package jp.tomoni.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tomoni.domain.dashboard.DashboardRepository;

/** The dashboard's counts under the transaction's tenant, each one grouped statement on an existing index. */
@ApplicationScoped
public class JdbcDashboard implements DashboardRepository {
    @PersistenceContext(unitName = "tomoni")
    EntityManager em;

    private NativeSql sql() {
        return new NativeSql(em);
    }

    private static int n(Object o) {
        return ((Number) o).intValue();
    }

    @Override
    public List<WorkerLoad> caseload() {
        List<WorkerLoad> out = new ArrayList<>();
        for (Object[] r : sql().rows("""
                select worker, count(*) filter (where status in ('INTAKE', 'ASSESSMENT')),
                       count(*) filter (where status = 'PLANNING'), count(*) filter (where status = 'IN_SUPPORT')
                  from support_case where status in ('INTAKE', 'ASSESSMENT', 'PLANNING', 'IN_SUPPORT')
                 group by worker order by count(*) desc, worker""")) {
            out.add(new WorkerLoad((String) r[0], n(r[1]), n(r[2]), n(r[3])));
        }
        return out;
    }

    @Override
    public List<Overdue> overduePromises(Instant now) {
        List<Overdue> out = new ArrayList<>();
        for (Object[] r : sql().rows("""
                select x.owner, count(*) filter (where x.kind = 'APPOINTMENT'), count(*) filter (where x.kind <> 'APPOINTMENT')
                  from case_promise x join support_case c on c.id = x.case_id
                 where x.done_at is null and x.due_at < ?
                   and c.status in ('INTAKE', 'ASSESSMENT', 'PLANNING', 'IN_SUPPORT')
                 group by x.owner order by count(*) desc, x.owner""", now)) {
            out.add(new Overdue((String) r[0], n(r[1]), n(r[2])));
        }
        return out;
    }

    @Override
    public List<OpenReferrals> openReferrals(LocalDate today) {
        List<OpenReferrals> out = new ArrayList<>();
        for (Object[] r : sql().rows("""
                select destination, count(*) filter (where due_on >= ?), count(*) filter (where due_on < ?)
                  from referral where status in ('SENT', 'ACCEPTED')
                 group by destination order by count(*) desc, destination""", today, today)) {
            out.add(new OpenReferrals((String) r[0], n(r[1]), n(r[2])));
        }
        return out;
    }
}
