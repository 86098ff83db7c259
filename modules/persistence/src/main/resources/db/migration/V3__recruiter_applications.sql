-- A company recruiter's self-registration waits here for the municipality's decision; the account
-- itself lives in Keycloak (user_id) and holds no role in the tenant until it is approved.
create table recruiter_application (
    id               uuid         primary key,
    tenant_id        varchar(40)  not null references tenant (id),
    user_id          varchar(64)  not null,
    company_name     varchar(100) not null,
    corporate_number char(13)     check (corporate_number ~ '^[0-9]{13}$'),
    status           varchar(10)  not null default 'PENDING' check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    applied_at       timestamptz  not null,
    decided_at       timestamptz,
    decided_by       text,
    version          bigint       not null default 0,
    check ((status = 'PENDING') = (decided_at is null and decided_by is null))
);
-- one open application per person and tenant
create unique index recruiter_application_one_pending on recruiter_application (tenant_id, user_id)
    where status = 'PENDING';
create index recruiter_application_tenant_status on recruiter_application (tenant_id, status, applied_at);
-- decisions are updates; nothing is ever deleted
grant select, insert, update on recruiter_application to ${appRole};

alter table recruiter_application enable row level security;
alter table recruiter_application force row level security;
create policy tenant_isolation on recruiter_application
    using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
