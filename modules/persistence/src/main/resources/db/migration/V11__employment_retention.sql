-- Employment and job-retention support (就労支援・就労定着支援; seed 000 D-5, D-7, E-1..E-3;
-- seeds 002 and 004). Every table is tenant-owned and under forced row-level security.

-- The tenant's own rule of D-7: after this many cancelled appointments in a row, a home visit
alter table tenant add column home_visit_after_cancellations smallint not null default 2
    check (home_visit_after_cancellations between 1 and 10);

-- Employment support on a case: readiness and Hello Work registration (one row per case)
create table employment_support (
    case_id          uuid          primary key references support_case (id),
    tenant_id        varchar(40)   not null references tenant (id),
    strengths        varchar(1000),
    barriers         varchar(1000),
    preferred_work   varchar(500),
    hours            varchar(200),
    accommodations   varchar(500),
    hello_work_on    date,
    hello_work_office varchar(100),
    version          bigint        not null default 0,
    updated_at       timestamptz   not null,
    updated_by       varchar(100)  not null
);
create index employment_support_tenant on employment_support (tenant_id);

-- Job search activities, applications, interviews, mock interviews and placements
create table job_activity (
    id          uuid          primary key,
    tenant_id   varchar(40)   not null references tenant (id),
    case_id     uuid          not null references support_case (id),
    kind        varchar(16)   not null check (kind in ('SEARCH', 'APPLICATION', 'INTERVIEW', 'MOCK_INTERVIEW',
                                                       'PREPARATION', 'TRAINING')),
    done_on     date          not null,
    employer    varchar(200),
    note        varchar(1000),
    created_at  timestamptz   not null,
    created_by  varchar(100)  not null
);
create index job_activity_case on job_activity (tenant_id, case_id, done_on);

-- A job the person started; a job change links the new job to the one it followed
create table employment (
    id            uuid          primary key,
    tenant_id     varchar(40)   not null references tenant (id),
    case_id       uuid          not null references support_case (id),
    employer      varchar(200)  not null,
    job           varchar(200)  not null,
    hours         varchar(100),
    started_on    date          not null,
    trial         boolean       not null default false,
    disability    boolean       not null default false,
    follows       uuid          references employment (id),
    ended_on      date,
    end_kind      varchar(8)    check (end_kind in ('LEAVING', 'CHANGE')),
    end_reason    varchar(500),
    version       bigint        not null default 0,
    created_at    timestamptz   not null,
    created_by    varchar(100)  not null,
    check ((ended_on is null) = (end_kind is null)),
    check (ended_on is null or ended_on >= started_on)
);
create index employment_case on employment (tenant_id, case_id, started_on);
create index employment_started on employment (tenant_id, started_on);

-- The retention plan opened when work starts: agreed period, the start conference (health,
-- money, commuting), and whose it is
create table retention_plan (
    id             uuid          primary key,
    tenant_id      varchar(40)   not null references tenant (id),
    case_id        uuid          not null references support_case (id),
    employment_id  uuid          not null references employment (id),
    starts_on      date          not null,
    months         smallint      not null check (months between 1 and 36),
    health         varchar(1000),
    money          varchar(1000),
    commuting      varchar(1000),
    owner          varchar(100)  not null,
    status         varchar(8)    not null check (status in ('ACTIVE', 'ENDED')),
    ended_on       date,
    end_note       varchar(1000),
    version        bigint        not null default 0,
    created_at     timestamptz   not null,
    created_by     varchar(100)  not null
);
create unique index retention_plan_one_active on retention_plan (case_id) where status = 'ACTIVE';
create index retention_plan_board on retention_plan (tenant_id, status, owner);

-- Each contact with the person or the employer, with the warning signs seen
create table retention_contact (
    id            uuid           primary key,
    tenant_id     varchar(40)    not null references tenant (id),
    case_id       uuid           not null references support_case (id),
    plan_id       uuid           references retention_plan (id),
    kind          varchar(16)    not null check (kind in ('INTERVIEW', 'EMPLOYER_VISIT', 'FOLLOW_UP')),
    means         varchar(8)     not null check (means in ('VISIT', 'OFFICE', 'PHONE', 'MAIL')),
    contacted_on  date           not null,
    signs         varchar(200)   not null default '',
    note          varchar(2000),
    created_at    timestamptz    not null,
    created_by    varchar(100)   not null
);
create index retention_contact_case on retention_contact (tenant_id, case_id, contacted_on);
create index retention_contact_recent on retention_contact (tenant_id, contacted_on) include (plan_id, signs);
create index retention_contact_plan on retention_contact (plan_id, contacted_on);

-- Scheduled interviews, employer visits, fortnightly contacts after a job loss and home visits
-- are promises like any other (owner, due time), tied to the plan they belong to
alter table case_promise alter column kind type varchar(16);
alter table case_promise drop constraint case_promise_kind_check;
alter table case_promise add constraint case_promise_kind_check
    check (kind in ('APPOINTMENT', 'CALL_BACK', 'DOCUMENT', 'INTERVIEW', 'EMPLOYER_VISIT', 'FOLLOW_UP', 'HOME_VISIT'));
alter table case_promise add column retention_plan_id uuid references retention_plan (id);
create index case_promise_retention_open on case_promise (tenant_id, retention_plan_id, due_at)
    where done_at is null and retention_plan_id is not null;

grant select, insert, update on employment_support, job_activity, employment, retention_plan, retention_contact to ${appRole};
alter table employment_support enable row level security;
alter table employment_support force row level security;
create policy tenant_isolation on employment_support using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
alter table job_activity enable row level security;
alter table job_activity force row level security;
create policy tenant_isolation on job_activity using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
alter table employment enable row level security;
alter table employment force row level security;
create policy tenant_isolation on employment using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
alter table retention_plan enable row level security;
alter table retention_plan force row level security;
create policy tenant_isolation on retention_plan using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
alter table retention_contact enable row level security;
alter table retention_contact force row level security;
create policy tenant_isolation on retention_contact using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
