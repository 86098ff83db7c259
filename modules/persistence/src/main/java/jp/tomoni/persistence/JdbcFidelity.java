package jp.tomoni.persistence;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tomoni.domain.employment.AfterAssistanceSchedule;
import jp.tomoni.domain.fidelity.FidelityAssessment;
import jp.tomoni.domain.fidelity.FidelityFacts;
import jp.tomoni.domain.fidelity.FidelityRepository;

/**
 * What the records of the transaction's tenant show over a period for the fidelity self-assessment,
 * in one statement; and the saved assessments (insert-only). Days are Japanese days; sessions count once
 * they have started; a week or month counts when the practice happened inside the period. The follow-up
 * after public assistance ended (E-3) runs from the day it ended for its months; a letter is a done
 * 保護廃止後のお手紙 promise or a follow-up contact by mail.
 */
@ApplicationScoped
public class JdbcFidelity implements FidelityRepository {
    static final String FACTS = """
            with p as (select cast(? as date) as f, cast(? as date) as t, now() as n, cast(? as integer) as dm,
                     cast(? as text) as letter, cast(? as text[]) as after_assistance),
            wk as (select generate_series(date_trunc('week', p.f), p.t, interval '7 days')::date as w from p),
            mo as (select generate_series(date_trunc('month', p.f), p.t, interval '1 month')::date as m from p),
            es as (select distinct c.client_id, s.hello_work_on
                     from (select case_id from employment_support union select case_id from employment) u
                     join support_case c on c.id = u.case_id left join employment_support s on s.case_id = u.case_id, p
                    where c.received_on <= p.t and c.status not in ('INFO_ONLY', 'REFERRED')
                      and not exists (select 1 from closure z where z.case_id = c.id and z.kind = 'TERMINATION'
                                         and z.status = 'CONFIRMED' and z.confirmed_on < p.f)),
            fu as (select c.client_id, bool_and(x.done_at is not null and x.done_at <= x.due_at + interval '3 days') as on_time
                     from case_promise x join support_case c on c.id = x.case_id, p
                    where x.kind = 'FOLLOW_UP' and x.due_at < p.n and not (x.description like any (p.after_assistance))
                      and (x.due_at at time zone 'Asia/Tokyo')::date between p.f and p.t
                    group by c.client_id),
            ap as (select x.case_id, x.due_at, x.outcome in ('MISSED', 'CANCELLED') as unkept,
                          lag(x.outcome in ('MISSED', 'CANCELLED'), 1) over w as prev1,
                          lag(x.outcome in ('MISSED', 'CANCELLED'), 2) over w as prev2
                     from case_promise x where x.kind = 'APPOINTMENT' and x.outcome is not null
                   window w as (partition by x.case_id order by x.due_at)),
            rc as (select ap.case_id, ap.due_at from ap, p
                    where ap.unkept and ap.prev1 and not coalesce(ap.prev2, false)
                      and (ap.due_at at time zone 'Asia/Tokyo')::date between p.f and p.t),
            lv as (select e.case_id, e.ended_on from employment e, p where e.end_kind = 'LEAVING' and e.ended_on between p.f and p.t),
            rp as (select r.* from retention_plan r, p where r.starts_on between p.f and p.t),
            ended as (select distinct s.case_id, c.client_id, s.assistance_ended_on as confirmed_on
                         from employment_support s join support_case c on c.id = s.case_id, p
                        where s.assistance_ended_on <= p.t
                          and s.assistance_ended_on + make_interval(months => coalesce(s.follow_up_months, p.dm)) >= p.f),
            cs as (select s.id, g.kind, g.proposed_by, g.staff_facilitator, g.id as group_id,
                          (s.starts_at at time zone 'Asia/Tokyo')::date as d
                     from community_session s join community_group g on g.id = s.group_id, p
                    where not s.cancelled and s.starts_at < p.n
                      and (s.starts_at at time zone 'Asia/Tokyo')::date between p.f and p.t),
            helper as (select h.kind from community_helper h, p where h.status = 'APPROVED'
                         and exists (select 1 from community_match m where m.helper_id = h.id
                                       and (m.status in ('ACCEPTED', 'ACTIVE')
                                            or exists (select 1 from community_match_session ms where ms.match_id = m.id
                                                          and ms.held_on between p.f and p.t))))
            select
             (select count(*) from wk),
             (select count(*) from wk, p where exists (select 1 from meeting x where x.status = 'HELD'
                 and x.held_on between wk.w and wk.w + 6 and x.held_on between p.f and p.t)),
             (select count(*) from mo),
             (select count(*) from mo, p where exists (select 1 from meeting x where x.status = 'HELD'
                 and date_trunc('month', x.held_on) = mo.m and x.held_on between p.f and p.t)),
             (select count(distinct client_id) from es),
             (select count(distinct es.client_id) from es, p where es.hello_work_on <= p.t),
             (select count(*) from mo, p where exists (select 1 from employer_contact x where x.kind = 'LIAISON_MEETING'
                 and date_trunc('month', x.contacted_on) = mo.m and x.contacted_on between p.f and p.t)),
             (select count(*) from mo, p where exists (select 1 from employer_contact x where x.kind = 'CHAMBER_OF_COMMERCE'
                 and date_trunc('month', x.contacted_on) = mo.m and x.contacted_on between p.f and p.t)),
             (select count(*) from mo, p where exists (select 1 from employer_contact x where x.kind = 'HELLO_WORK'
                 and date_trunc('month', x.contacted_on) = mo.m and x.contacted_on between p.f and p.t)),
             (select count(distinct e.industry) from employer_contact x join employer e on e.id = x.employer_id, p
               where x.kind = 'VISIT' and x.contacted_on between p.f and p.t),
             (select count(*) from study_session s, p where not s.cancelled and s.starts_at < p.n
                 and (s.starts_at at time zone 'Asia/Tokyo')::date between p.f and p.t),
             (select count(*) from study_material m, p where (m.uploaded_at at time zone 'Asia/Tokyo')::date <= p.t
                 and (m.removed_at is null or (m.removed_at at time zone 'Asia/Tokyo')::date >= p.f)),
             (select count(*) from study_consult_slot s, p where s.kind = 'SCHOOL_REFUSAL' and not s.cancelled
                 and s.family_id is not null and s.starts_at < p.n
                 and (s.starts_at at time zone 'Asia/Tokyo')::date between p.f and p.t),
             (select count(*) from study_school_visit v, p where v.visited_on between p.f and p.t),
             (select count(*) from study_consult_slot s, p where s.kind = 'CAREER' and not s.cancelled
                 and s.family_id is not null and s.starts_at < p.n
                 and (s.starts_at at time zone 'Asia/Tokyo')::date between p.f and p.t),
             (select count(*) from fu),
             (select count(*) from fu where on_time),
             (select count(*) from rc),
             (select count(*) from rc where exists (select 1 from progress_note n where n.case_id = rc.case_id
                      and n.means = 'VISIT' and n.occurred_at between rc.due_at and rc.due_at + interval '14 days')
                  or exists (select 1 from case_promise h where h.case_id = rc.case_id and h.kind = 'HOME_VISIT'
                      and h.done_at between rc.due_at and rc.due_at + interval '14 days')),
             (select count(*) from lv),
             (select count(*) from lv where exists (select 1 from plan x where x.case_id = lv.case_id and x.plan_date >= lv.ended_on)
                  or exists (select 1 from plan_revision_history h join plan x on x.id = h.plan_id
                              where x.case_id = lv.case_id and (h.revised_at at time zone 'Asia/Tokyo')::date >= lv.ended_on)),
             (select count(*) from rp),
             (select count(*) from rp where months >= 6),
             (select count(*) from rp where months >= 3),
             (select count(*) from rp where coalesce(trim(health), '') <> '' and coalesce(trim(money), '') <> ''
                 and coalesce(trim(commuting), '') <> ''),
             (select count(distinct client_id) from ended),
             (select count(distinct ended.client_id) from ended, p where exists (select 1 from retention_contact x
                 where x.case_id = ended.case_id and x.kind = 'FOLLOW_UP' and x.means = 'MAIL'
                   and x.contacted_on >= ended.confirmed_on and x.contacted_on between p.f and p.t)
                 or exists (select 1 from case_promise x where x.case_id = ended.case_id and x.kind = 'FOLLOW_UP'
                   and x.description like p.letter || '%' and x.done_at is not null
                   and (x.done_at at time zone 'Asia/Tokyo')::date between p.f and p.t)),
             (select count(distinct ended.client_id) from ended, p where exists (select 1 from retention_contact x
                 where x.case_id = ended.case_id and x.kind = 'FOLLOW_UP' and x.means = 'VISIT'
                   and x.contacted_on >= ended.confirmed_on and x.contacted_on between p.f and p.t)
                 or exists (select 1 from progress_note n where n.case_id = ended.case_id and n.means = 'VISIT'
                   and (n.occurred_at at time zone 'Asia/Tokyo')::date >= ended.confirmed_on
                   and (n.occurred_at at time zone 'Asia/Tokyo')::date between p.f and p.t)),
             (select count(*) from cs),
             (select count(*) from cs where kind = 'MOCK_INTERVIEW'
                 and exists (select 1 from community_peer_feedback b where b.session_id = cs.id)),
             (select count(*) from cs where kind = 'PLACE_TO_BELONG'),
             (select count(*) from cs where kind = 'LIFE_SKILLS'),
             (select count(*) from mo where exists (select 1 from cs where cs.kind = 'WORKING_EXCHANGE'
                 and date_trunc('month', cs.d) = mo.m)),
             (select count(*) from helper where kind = 'TUTOR'),
             (select count(*) from helper where kind = 'MENTOR'),
             (select count(distinct group_id) from cs where proposed_by is not null and staff_facilitator is not null)
            """;

    /** The follow-ups after public assistance ended (E-3), told apart from the fortnightly ones of D-7. */
    private static final String AFTER_ASSISTANCE = java.util.Arrays.stream(AfterAssistanceSchedule.Step.values())
            .map(s -> s.labelJa() + "%").collect(java.util.stream.Collectors.joining(",", "{", "}"));

    @PersistenceContext(unitName = "tomoni")
    EntityManager em;

    @Override
    public FidelityFacts facts(LocalDate from, LocalDate to) {
        Object[] r = new NativeSql(em).row(FACTS, from, to, AfterAssistanceSchedule.DEFAULT_MONTHS,
                AfterAssistanceSchedule.Step.LETTER.labelJa(), AFTER_ASSISTANCE).orElseThrow();
        int[] n = new int[r.length];
        for (int i = 0; i < r.length; i++) {
            n[i] = ((Number) r[i]).intValue();
        }
        return new FidelityFacts(from, to, n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8], n[9], n[10], n[11],
                n[12], n[13], n[14], n[15], n[16], n[17], n[18], n[19], n[20], n[21], n[22], n[23], n[24], n[25],
                n[26], n[27], n[28], n[29], n[30], n[31], n[32], n[33], n[34], n[35]);
    }

    @Override
    public void add(FidelityAssessment assessment) {
        em.persist(assessment);
        em.flush();
    }

    @Override
    public List<FidelityAssessment> assessments() {
        return em.createQuery("select a from FidelityAssessment a order by a.assessedAt", FidelityAssessment.class)
                .getResultList();
    }
}
