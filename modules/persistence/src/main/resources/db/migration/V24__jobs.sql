-- Partner companies and jobs (issue 9; seed 000 D-5, E-3; seeds 002, 004). Every table is
-- tenant-owned and under forced row-level security; the application decides who of the tenant sees
-- what (a company only its own postings and consented candidates).

-- A company's profile, written by its recruiter and reviewed by the tenant
create table company (
    id                   uuid          primary key,
    tenant_id            varchar(40)   not null references tenant (id),
    account              varchar(100)  not null,
    name                 varchar(200)  not null,
    industry             varchar(1)    not null,
    company_size         varchar(10)   not null check (company_size in ('UNDER_10', 'UNDER_50', 'UNDER_100', 'UNDER_300', 'FROM_300')),
    address              varchar(300)  not null,
    contact_person       varchar(100)  not null,
    phone                varchar(20)   not null,
    description          varchar(2000),
    employed_disability  boolean       not null default false,
    employed_returners   boolean       not null default false,
    status               varchar(10)   not null check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    decision_reason      varchar(500),
    decided_by           varchar(100),
    decided_at           timestamptz,
    trusted              boolean       not null default false,
    employer_id          uuid          references employer (id),
    version              bigint        not null default 0,
    created_at           timestamptz   not null,
    constraint company_account unique (tenant_id, account),
    constraint company_trusted_approved check (not trusted or status = 'APPROVED'),
    constraint company_reason check (status <> 'REJECTED' or decision_reason is not null)
);

create table job_posting (
    id                  uuid          primary key,
    tenant_id           varchar(40)   not null references tenant (id),
    company_id          uuid          not null references company (id),
    title               varchar(80)   not null,
    duties              varchar(2000) not null,
    location            varchar(200)  not null,
    hours               varchar(200)  not null,
    weekly_hours        integer       not null check (weekly_hours between 1 and 40),
    wage_min            integer       not null check (wage_min > 0),
    wage_max            integer       check (wage_max >= wage_min),
    wage_unit           varchar(5)    not null check (wage_unit in ('HOUR', 'DAY', 'MONTH')),
    employment_type     varchar(10)   not null check (employment_type in ('FULL_TIME', 'CONTRACT', 'PART_TIME', 'DISPATCH', 'OTHER')),
    trial               varchar(10)   not null check (trial in ('NONE', 'DEDICATED', 'COMBINED')),
    disability_quota    boolean       not null,
    accommodations      varchar(200)  not null default '',
    welcomes_returners  boolean       not null,
    closes_on           date,
    status              varchar(10)   not null check (status in ('DRAFT', 'PENDING', 'PUBLISHED', 'REJECTED', 'CLOSED')),
    reviewed            boolean       not null default false,
    decision_reason     varchar(500),
    decided_by          varchar(100),
    decided_at          timestamptz,
    published_at        timestamptz,
    version             bigint        not null default 0,
    created_at          timestamptz   not null,
    created_by          varchar(100)  not null,
    constraint job_posting_public_dated check (status not in ('PENDING', 'PUBLISHED') or closes_on is not null),
    constraint job_posting_reason check (status <> 'REJECTED' or decision_reason is not null)
);
create index job_posting_company on job_posting (tenant_id, company_id);
create index job_posting_open on job_posting (tenant_id, closes_on) where status = 'PUBLISHED';

-- "Interested": to the person's employment supporter first, to the company only with consent
create table job_interest (
    id              uuid          primary key,
    tenant_id       varchar(40)   not null references tenant (id),
    posting_id      uuid          not null references job_posting (id),
    company_id      uuid          not null references company (id),
    member_id       uuid          not null references community_member (id),
    case_id         uuid          references support_case (id),
    message         varchar(500),
    status          varchar(10)   not null check (status in ('NEW', 'PASSED', 'NOT_PASSED', 'WITHDRAWN')),
    supporter_note  varchar(1000),
    consent_on      date,
    consent_method  varchar(10)   check (consent_method in ('PAPER', 'IN_APP')),
    handled_by      varchar(100),
    handled_at      timestamptz,
    outcome         varchar(10)   check (outcome in ('HIRED', 'NOT_HIRED', 'DECLINED')),
    outcome_on      date,
    starts_on       date,
    withdrawn_at    timestamptz,
    employment_id   uuid          references employment (id),
    version         bigint        not null default 0,
    created_at      timestamptz   not null,
    constraint job_interest_consent check (status <> 'PASSED' or (consent_on is not null and consent_method is not null
                                                                  and case_id is not null)),
    constraint job_interest_hire check (outcome is distinct from 'HIRED' or starts_on is not null)
);
create index job_interest_member on job_interest (tenant_id, member_id);
create index job_interest_company on job_interest (tenant_id, company_id) where status = 'PASSED';
create unique index job_interest_once on job_interest (posting_id, member_id) where status in ('NEW', 'PASSED');

create table job_interview (
    id           uuid          primary key,
    tenant_id    varchar(40)   not null references tenant (id),
    interest_id  uuid          not null references job_interest (id),
    starts_at    timestamptz   not null,
    place        varchar(200)  not null,
    note         varchar(500),
    created_by   varchar(100)  not null,
    created_at   timestamptz   not null
);
create index job_interview_interest on job_interview (tenant_id, interest_id);

-- An employer's consultation after a hire: a contact for the retention support to answer
create table support_request (
    id           uuid          primary key,
    tenant_id    varchar(40)   not null references tenant (id),
    interest_id  uuid          not null references job_interest (id),
    company_id   uuid          not null references company (id),
    case_id      uuid          not null references support_case (id),
    question     varchar(1000) not null,
    asked_by     varchar(100)  not null,
    asked_at     timestamptz   not null,
    answer       varchar(1000),
    answered_by  varchar(100),
    answered_at  timestamptz,
    version      bigint        not null default 0
);
create index support_request_case on support_request (tenant_id, case_id);
create index support_request_company on support_request (tenant_id, company_id);

create table liaison_meeting (
    id           uuid          primary key,
    tenant_id    varchar(40)   not null references tenant (id),
    held_on      date          not null,
    title        varchar(100)  not null,
    place        varchar(200),
    note         varchar(2000),
    recorded_at  timestamptz,
    version      bigint        not null default 0,
    created_by   varchar(100)  not null,
    created_at   timestamptz   not null
);

create table liaison_invitation (
    meeting_id  uuid          not null references liaison_meeting (id),
    company_id  uuid          not null references company (id),
    tenant_id   varchar(40)   not null references tenant (id),
    attended    boolean,
    primary key (meeting_id, company_id)
);

-- Saved job searches of people looking for work, with e-mail alerts of new postings
create table saved_job_search (
    id          uuid          primary key,
    tenant_id   varchar(40)   not null references tenant (id),
    member_id   uuid          not null references community_member (id),
    label       varchar(60)   not null,
    query       varchar(1000) not null,
    alert       boolean       not null default true,
    last_sent   timestamptz,
    created_at  timestamptz   not null
);
create index saved_job_search_member on saved_job_search (tenant_id, member_id);

grant select, insert, update on company, job_posting, job_interest, job_interview, support_request, liaison_meeting,
    liaison_invitation, saved_job_search to ${appRole};
grant delete on liaison_invitation, saved_job_search to ${appRole};

do $$
declare t text;
begin
    foreach t in array array['company', 'job_posting', 'job_interest', 'job_interview', 'support_request',
                             'liaison_meeting', 'liaison_invitation', 'saved_job_search'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = current_tenant()) '
                       'with check (tenant_id = current_tenant())', t);
    end loop;
end $$;

-- Public postings join the one search box: each change leaves an outbox row in its transaction
create trigger job_posting_outbox after insert or update on job_posting
    for each row execute function directory_outbox('job_posting');
-- A company's new name reaches its postings in the index
create function company_directory_outbox() returns trigger
    language plpgsql
    as $$
    begin
        if NEW.name is distinct from OLD.name or NEW.industry is distinct from OLD.industry then
            insert into outbox (tenant_id, aggregate_type, aggregate_id, event_type)
            select p.tenant_id, 'job_posting', p.id, 'update' from job_posting p
             where p.company_id = NEW.id and p.status = 'PUBLISHED';
        end if;
        return NEW;
    end $$;
create trigger company_directory_outbox after update on company
    for each row execute function company_directory_outbox();
