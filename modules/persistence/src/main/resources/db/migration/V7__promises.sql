-- Promises made to the person (appointments, call-backs, documents): each has an owner and a due
-- time, so nothing promised is forgotten; appointments keep whether they were kept, missed or
-- cancelled, so repeated missed appointments are counted.
create table case_promise (
    id          uuid         primary key,
    tenant_id   varchar(40)  not null references tenant (id),
    case_id     uuid         not null references support_case (id),
    kind        varchar(12)  not null check (kind in ('APPOINTMENT', 'CALL_BACK', 'DOCUMENT')),
    description varchar(500) not null,
    owner       varchar(100) not null,
    due_at      timestamptz  not null,
    done_at     timestamptz,
    outcome     varchar(10)  check (outcome in ('KEPT', 'MISSED', 'CANCELLED')),
    version     bigint       not null default 0,
    created_at  timestamptz  not null,
    created_by  varchar(100) not null,
    check (outcome is null or kind = 'APPOINTMENT'),
    check ((done_at is null) = (outcome is null) or kind <> 'APPOINTMENT')
);
create index case_promise_owner_open on case_promise (tenant_id, owner, due_at) where done_at is null;
create index case_promise_case on case_promise (tenant_id, case_id, due_at);
grant select, insert, update on case_promise to ${appRole};
alter table case_promise enable row level security;
alter table case_promise force row level security;
create policy tenant_isolation on case_promise using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());

create or replace function case_due_dates(p_case uuid) returns setof date
    language sql stable
    as $$ select due_on from referral where case_id = p_case and status in ('SENT', 'ACCEPTED')
          union all
          select (due_at at time zone 'Asia/Tokyo')::date from case_promise where case_id = p_case and done_at is null $$;
