-- V6 added the plan's next monitoring to the case's due dates; V7 (promises) replaced the function
-- without it, so this puts all three sources together. Later migrations: keep every branch.
create or replace function case_due_dates(p_case uuid) returns setof date
    language sql stable
    as $$ select due_on from referral where case_id = p_case and status in ('SENT', 'ACCEPTED')
          union all
          select (due_at at time zone 'Asia/Tokyo')::date from case_promise where case_id = p_case and done_at is null
          union all
          select next_monitoring from plan where case_id = p_case and status = 'IN_DELIVERY'
                                             and next_monitoring is not null $$;
