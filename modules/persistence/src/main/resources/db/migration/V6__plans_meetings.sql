-- Steps ⑤–⑬ of the national flow: the assessment sheet's answers and their history, strengths, the
-- plan (プラン兼事業等利用申込書) with its revisions, the 支援調整会議, the municipality's 支援決定・確認,
-- monitoring, evaluation (評価シート) and termination or suspension. Every table is tenant-owned
-- under FORCED row-level security like V5; child rows take the tenant from the session.

-- One answer per item and case, versioned per item: two workers filling in different items over
-- several meetings do not conflict; the same item saved from a stale screen does.
create table assessment_answer (
    tenant_id  varchar(40)   not null references tenant (id),
    case_id    uuid          not null references support_case (id),
    item_key   varchar(80)   not null,
    value      varchar(4000),
    form_id    varchar(20)   not null,
    version    bigint        not null default 0,
    updated_at timestamptz   not null,
    updated_by varchar(100)  not null,
    primary key (case_id, item_key)
);
grant select, insert, update on assessment_answer to ${appRole};

-- Append-only: who changed which item when, from what to what.
create table assessment_change (
    id         uuid          primary key,
    tenant_id  varchar(40)   not null references tenant (id),
    case_id    uuid          not null references support_case (id),
    item_key   varchar(80)   not null,
    form_id    varchar(20)   not null,
    old_value  varchar(4000),
    new_value  varchar(4000),
    changed_at timestamptz   not null,
    changed_by varchar(100)  not null
);
create index assessment_change_case on assessment_change (tenant_id, case_id, changed_at);
grant select, insert on assessment_change to ${appRole};

-- Strengths map; a removed strength is kept with who removed it.
create table strength (
    id         uuid         primary key,
    tenant_id  varchar(40)  not null references tenant (id),
    case_id    uuid         not null references support_case (id),
    kind       varchar(20)  not null check (kind in ('ABILITY', 'SUPPORTER', 'OTHER')),
    text       varchar(500) not null,
    created_at timestamptz  not null,
    created_by varchar(100) not null,
    removed_at timestamptz,
    removed_by varchar(100)
);
create index strength_case on strength (tenant_id, case_id) where removed_at is null;
grant select, insert, update on strength to ${appRole};

-- A plan row is one 初回 or 再プラン; revisions (修正) change the row and keep a snapshot below.
create table plan (
    id                      uuid          primary key,
    tenant_id               varchar(40)   not null references tenant (id),
    case_id                 uuid          not null references support_case (id),
    plan_number             integer       not null check (plan_number >= 1),
    revision                integer       not null check (revision >= 0),
    plan_date               date          not null,
    author                  varchar(100)  not null,
    issues                  varchar(4000),
    long_term_goal          varchar(1000),
    plan_target             varchar(1000),
    end_date                date,
    next_monitoring         date          check (extract(day from next_monitoring) = 1),
    consent_date            date,
    applied_services_signed boolean       not null,
    loan_present            boolean       not null,
    loan_text               varchar(1000),
    promotion_present       boolean       not null,
    promotion_text          varchar(1000),
    status                  varchar(20)   not null check (status in ('DRAFT', 'AWAITING_MEETING', 'AWAITING_DECISION',
                                              'IN_DELIVERY', 'CLOSED')),
    version                 bigint        not null default 0,
    created_at              timestamptz   not null,
    created_by              varchar(100)  not null,
    updated_at              timestamptz   not null,
    updated_by              varchar(100)  not null,
    unique (tenant_id, case_id, plan_number)
);
-- A case has at most one plan that is not closed: a re-plan closes the previous one.
create unique index plan_one_open on plan (case_id) where status <> 'CLOSED';
create index plan_tenant_status on plan (tenant_id, status);
grant select, insert, update on plan to ${appRole};

-- ■プラン: the plan's actions in the order written (replaced as a whole on revision).
create table plan_action (
    tenant_id varchar(40)   not null references tenant (id) default current_tenant(),
    plan_id   uuid          not null references plan (id),
    position  integer       not null,
    what      varchar(1000) not null,
    who       varchar(10)   not null check (who in ('PERSON', 'FAMILY', 'AGENCY', 'OTHER_ORG')),
    notes     varchar(1000),
    statutory boolean       not null,
    primary key (plan_id, position)
);
grant select, insert, update, delete on plan_action to ${appRole};

-- ■法に基づく事業等 1–6. Amount only for 1, use status only for 1 and 2, training type only for 5;
-- application_attached: the own application of 1 or 2 is attached to the plan (a file name may be noted).
create table plan_service (
    tenant_id            varchar(40)   not null references tenant (id) default current_tenant(),
    plan_id              uuid          not null references plan (id),
    position             integer       not null,
    service_number       integer       not null check (service_number between 1 and 6),
    present              boolean       not null,
    period_from          date,
    period_to            date,
    amount_per_month     integer       check (amount_per_month is null or (service_number = 1 and amount_per_month >= 0)),
    use_status           varchar(10)   check (use_status is null or (service_number = 1 and use_status in ('APPLYING', 'RECEIVED', 'PLANNED'))
                                                                 or (service_number = 2 and use_status in ('APPLYING', 'USED', 'PLANNED'))),
    training_type        varchar(15)   check (training_type is null or (service_number = 5 and training_type in ('EMPLOYED', 'NON_EMPLOYED'))),
    notes                varchar(1000),
    application_attached boolean       not null default false,
    application_file     varchar(200),
    primary key (plan_id, position)
);
grant select, insert, update, delete on plan_service to ${appRole};

-- The plan as it was before each revision, as JSON.
create table plan_revision_history (
    id         uuid         primary key,
    tenant_id  varchar(40)  not null references tenant (id),
    plan_id    uuid         not null references plan (id),
    revision   integer      not null,
    snapshot   text         not null,
    revised_at timestamptz  not null,
    revised_by varchar(100) not null,
    unique (plan_id, revision)
);
grant select, insert on plan_revision_history to ${appRole};

-- 支援決定 (services 3, 4, 5) and/or 確認, recorded by a municipal officer; once per plan.
create table plan_decision (
    id                uuid         primary key,
    tenant_id         varchar(40)  not null references tenant (id),
    case_id           uuid         not null references support_case (id),
    plan_id           uuid         not null unique references plan (id),
    decided_services  varchar(20)  not null,
    confirmation      boolean      not null,
    decided_on        date         not null,
    recorded_by       varchar(100) not null,
    recorded_at       timestamptz  not null
);
grant select, insert on plan_decision to ${appRole};

create table monitoring (
    id              uuid          primary key,
    tenant_id       varchar(40)   not null references tenant (id),
    case_id         uuid          not null references support_case (id),
    plan_id         uuid          not null references plan (id),
    monitored_on    date          not null,
    goal_progress   varchar(4000) not null,
    notes           varchar(4000),
    next_monitoring date          check (extract(day from next_monitoring) = 1),
    created_at      timestamptz   not null,
    created_by      varchar(100)  not null
);
create index monitoring_case on monitoring (tenant_id, case_id, monitored_on);
grant select, insert on monitoring to ${appRole};

-- 評価シート
create table evaluation (
    id                uuid          primary key,
    tenant_id         varchar(40)   not null references tenant (id),
    case_id           uuid          not null references support_case (id),
    plan_id           uuid          references plan (id),
    evaluated_on      date          not null,
    person_attainment varchar(15)   not null check (person_attainment in ('ACHIEVED', 'PARTLY', 'NOT_ACHIEVED')),
    worker_attainment varchar(15)   not null check (worker_attainment in ('ACHIEVED', 'PARTLY', 'NOT_ACHIEVED')),
    person_comment    varchar(4000),
    worker_comment    varchar(4000),
    improvements      varchar(2000) not null,
    next_policy       varchar(4000),
    created_at        timestamptz   not null,
    created_by        varchar(100)  not null
);
create index evaluation_case on evaluation (tenant_id, case_id, evaluated_on);
grant select, insert on evaluation to ${appRole};

-- 終結 or 中断: proposed, reported to (and heard by) a meeting, then confirmed; follow-up decided at the end.
create table closure (
    id              uuid          primary key,
    tenant_id       varchar(40)   not null references tenant (id),
    case_id         uuid          not null references support_case (id),
    plan_id         uuid          references plan (id),
    kind            varchar(15)   not null check (kind in ('TERMINATION', 'SUSPENSION')),
    wish_confirmed  boolean       not null,
    wish_text       varchar(4000),
    reason          varchar(4000) not null,
    status          varchar(10)   not null check (status in ('PROPOSED', 'REPORTED', 'CONFIRMED')),
    proposed_on     date          not null,
    proposed_by     varchar(100)  not null,
    reported_on     date,
    meeting_id      uuid,
    confirmed_on    date,
    confirmed_by    varchar(100),
    follow_up       varchar(10)   check (follow_up in ('FOLLOW_UP', 'NONE')),
    follow_up_until date,
    version         bigint        not null default 0,
    created_at      timestamptz   not null
);
create unique index closure_one_pending on closure (case_id) where status <> 'CONFIRMED';
grant select, insert, update on closure to ${appRole};

-- 支援調整会議: tenant-level; the cases it hears are in meeting_case.
create table meeting (
    id         uuid         primary key,
    tenant_id  varchar(40)  not null references tenant (id),
    kind       varchar(10)  not null check (kind in ('REGULAR', 'AD_HOC')),
    held_on    date         not null,
    place      varchar(200),
    status     varchar(10)  not null check (status in ('SCHEDULED', 'HELD')),
    version    bigint       not null default 0,
    created_at timestamptz  not null,
    created_by varchar(100) not null,
    updated_at timestamptz  not null,
    updated_by varchar(100) not null
);
create index meeting_tenant_held on meeting (tenant_id, held_on desc);
grant select, insert, update on meeting to ${appRole};
alter table closure add foreign key (meeting_id) references meeting (id);

create table meeting_attendee (
    tenant_id    varchar(40)  not null references tenant (id) default current_tenant(),
    meeting_id   uuid         not null references meeting (id),
    position     integer      not null,
    name         varchar(100) not null,
    organization varchar(100),
    municipal    boolean      not null,
    primary key (meeting_id, position)
);
grant select, insert, update, delete on meeting_attendee to ${appRole};

create table meeting_case (
    id         uuid          primary key,
    tenant_id  varchar(40)   not null references tenant (id),
    meeting_id uuid          not null references meeting (id),
    case_id    uuid          not null references support_case (id),
    plan_id    uuid          references plan (id),
    closure_id uuid          references closure (id),
    trigger    varchar(15)   not null check (trigger in ('PLAN_CREATION', 'REPLAN', 'TERMINATION', 'SUSPENSION')),
    outcome    varchar(20)   check (outcome in ('APPROVED', 'TO_REVISE', 'APPROVED_AFTER_FACT')),
    minutes    varchar(8000),
    check ((plan_id is not null) <> (closure_id is not null)),
    unique (meeting_id, case_id, trigger)
);
create index meeting_case_case on meeting_case (tenant_id, case_id);
create index meeting_case_plan on meeting_case (plan_id) where plan_id is not null;
grant select, insert, update, delete on meeting_case to ${appRole};

-- 不足する社会資源 noted at a meeting, listed across meetings for resource development.
create table meeting_missing_resource (
    tenant_id  varchar(40)  not null references tenant (id) default current_tenant(),
    meeting_id uuid         not null references meeting (id),
    position   integer      not null,
    text       varchar(500) not null,
    primary key (meeting_id, position)
);
grant select, insert, update, delete on meeting_missing_resource to ${appRole};

do $$
declare t text;
begin
    foreach t in array array['assessment_answer', 'assessment_change', 'strength', 'plan', 'plan_action',
                             'plan_service', 'plan_revision_history', 'plan_decision', 'monitoring', 'evaluation',
                             'closure', 'meeting', 'meeting_attendee', 'meeting_case', 'meeting_missing_resource'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = current_tenant()) '
                       'with check (tenant_id = current_tenant())', t);
    end loop;
end $$;

-- Due dates now include the next monitoring month of the plan in delivery.
create or replace function case_due_dates(p_case uuid) returns setof date
    language sql stable
    as $$ select due_on from referral where case_id = p_case and status in ('SENT', 'ACCEPTED')
          union all
          select next_monitoring from plan where case_id = p_case and status = 'IN_DELIVERY'
                                             and next_monitoring is not null $$;
