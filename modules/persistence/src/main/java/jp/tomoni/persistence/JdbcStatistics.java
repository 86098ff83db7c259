package jp.tomoni.persistence;

import static jp.tomoni.persistence.Columns.date;
import static jp.tomoni.persistence.Columns.uuid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tomoni.domain.statistics.ClosedMonth;
import jp.tomoni.domain.statistics.Figure;
import jp.tomoni.domain.statistics.ImprovementFigures;
import jp.tomoni.domain.statistics.PersonEvent;
import jp.tomoni.domain.statistics.PersonEvent.Kind;
import jp.tomoni.domain.statistics.StatisticsRepository;

/**
 * The person events of the national figures, read from the records in one statement under the
 * transaction's tenant (each branch on its own index): intakes by day of receipt; first plans that left
 * the draft; plans with an employment service (4 就労準備支援, 5 認定就労訓練, 6 機関の就労支援) or the
 * 就労自立促進事業 as employment-support targets; jobs that start a run of work (not a job change);
 * income raised by a better-paid job change or an evaluation's 就労収入増加; screenings by their day, with
 * the public-assistance window for a referred case that was sent there.
 */
@ApplicationScoped
public class JdbcStatistics implements StatisticsRepository {
    public static final String EVENTS = """
            select c.client_id, c.id, 'INTAKE', c.received_on from support_case c where c.received_on between ? and ?
            union all
            select c.client_id, c.id, 'FIRST_PLAN', p.plan_date from plan p join support_case c on c.id = p.case_id
             where p.plan_number = 1 and p.status <> 'DRAFT' and p.plan_date between ? and ?
            union all
            select c.client_id, c.id, 'EMPLOYMENT_TARGET', p.plan_date from plan p join support_case c on c.id = p.case_id
             where p.status <> 'DRAFT' and p.plan_date <= ?
               and (p.promotion_present or exists (select 1 from plan_service s where s.plan_id = p.id and s.present
                                                       and s.service_number in (4, 5, 6)))
            union all
            select c.client_id, c.id, 'EMPLOYED', e.started_on from employment e join support_case c on c.id = e.case_id
             where e.follows is null and e.started_on between ? and ?
            union all
            select c.client_id, c.id, 'INCOME_UP', e.ended_on from employment e join employment n on n.follows = e.id
              join support_case c on c.id = e.case_id
             where e.end_kind = 'CHANGE' and n.wage > e.wage and e.ended_on between ? and ?
            union all
            select c.client_id, c.id, 'INCOME_UP', v.evaluated_on from evaluation v join support_case c on c.id = v.case_id
             where (',' || v.improvements || ',') like '%,incomeIncreased,%' and v.evaluated_on between ? and ?
            union all
            select c.client_id, c.id, case c.screening when 'INFO_ONLY' then 'INFO_ONLY' else 'REFERRED' end, c.screened_on
              from support_case c where c.screening in ('INFO_ONLY', 'REFERRED') and c.screened_on between ? and ?
            union all
            select c.client_id, c.id, 'REFERRED_TO_WELFARE', c.screened_on from support_case c
             where c.screening = 'REFERRED' and c.screened_on between ? and ?
               and exists (select 1 from referral r where r.case_id = c.id and r.destination = 'PUBLIC_ASSISTANCE')
            """;

    @PersistenceContext(unitName = "tomoni")
    EntityManager em;

    private NativeSql sql() {
        return new NativeSql(em);
    }

    @Override
    public List<PersonEvent> events(LocalDate from, LocalDate to) {
        List<Object[]> rows = sql().rows(EVENTS, from, to, from, to, to, from, to, from, to, from, to, from, to, from, to);
        List<PersonEvent> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new PersonEvent(uuid(r[0]), uuid(r[1]), Kind.valueOf((String) r[2]), date(r[3])));
        }
        return out;
    }

    @Override
    public List<ImprovementFigures.Evaluated> evaluations(LocalDate from, LocalDate to) {
        List<ImprovementFigures.Evaluated> out = new ArrayList<>();
        for (Object[] r : sql().rows("select c.client_id, v.evaluated_on, v.improvements from evaluation v"
                + " join support_case c on c.id = v.case_id where v.evaluated_on between ? and ?", from, to)) {
            String codes = (String) r[2];
            out.add(new ImprovementFigures.Evaluated(uuid(r[0]), date(r[1]), codes == null || codes.isEmpty()
                    ? java.util.Set.of() : java.util.Set.of(codes.split(","))));
        }
        return out;
    }

    @Override
    public void add(ClosedMonth closed) {
        em.persist(closed);
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            if (JpaEmployerRepository.isUniqueViolation(e)) {
                // another closer took this version number first
                throw new jp.tomoni.domain.shared.InvalidInputException(List.of(
                        jp.tomoni.domain.shared.FieldViolation.of("month", "statistics.closedMeanwhile")));
            }
            throw e;
        }
    }

    @Override
    public List<ClosedMonth> versions(YearMonth month) {
        return em.createQuery("select m from ClosedMonth m where m.month = :m order by m.reportVersion desc",
                ClosedMonth.class).setParameter("m", month.atDay(1)).getResultList();
    }

    @Override
    public List<ClosedMonth> closed(YearMonth from, YearMonth to) {
        List<ClosedMonth> all = em.createQuery("select m from ClosedMonth m where m.month between :f and :t"
                + " order by m.month, m.reportVersion desc", ClosedMonth.class)
                .setParameter("f", from.atDay(1)).setParameter("t", to.atDay(1)).getResultList();
        Map<YearMonth, ClosedMonth> latest = new java.util.LinkedHashMap<>();
        all.forEach(m -> latest.putIfAbsent(m.month(), m));
        return List.copyOf(latest.values());
    }

    @Override
    public List<CaseLine> cases(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        List<CaseLine> out = new ArrayList<>();
        for (Object[] r : sql().rows("""
                select c.id, c.case_number, trim(cl.family_name || ' ' || coalesce(cl.given_name, '')), c.worker
                  from support_case c join client cl on cl.id = c.client_id
                 where c.id = any(cast(? as uuid[])) order by c.case_number""",
                caseIds.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")))) {
            out.add(new CaseLine(uuid(r[0]), (String) r[1], (String) r[2], (String) r[3]));
        }
        return out;
    }

    @Override
    public Peers peers(YearMonth month, String prefecture) {
        Object[] r = sql().row("select tenants, new_consultations, plans, employment_targets from statistics_peers(cast(? as date), cast(? as text))",
                month.atDay(1), prefecture).orElseThrow();
        Map<Figure, BigDecimal> per100k = new EnumMap<>(Figure.class);
        if (r[1] != null) {
            per100k.put(Figure.NEW_CONSULTATIONS, (BigDecimal) r[1]);
            per100k.put(Figure.PLANS, (BigDecimal) r[2]);
            per100k.put(Figure.EMPLOYMENT_TARGETS, (BigDecimal) r[3]);
        }
        return new Peers(((Number) r[0]).intValue(), per100k);
    }
}
