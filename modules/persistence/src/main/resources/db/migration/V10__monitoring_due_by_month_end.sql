-- A monitoring month is due until its last day, and a monitoring recorded in or after the month
-- ends it (MonitoringSchedule). Keeps all three sources of V8: referrals, promises, monitoring.
create or replace function case_due_dates(p_case uuid) returns setof date
    language sql stable
    as $$ select due_on from referral where case_id = p_case and status in ('SENT', 'ACCEPTED')
          union all
          select (due_at at time zone 'Asia/Tokyo')::date from case_promise where case_id = p_case and done_at is null
          union all
          select (p.next_monitoring + interval '1 month' - interval '1 day')::date from plan p
           where p.case_id = p_case and p.status = 'IN_DELIVERY' and p.next_monitoring is not null
             and not exists (select 1 from monitoring m where m.plan_id = p.id and m.monitored_on >= p.next_monitoring) $$;
