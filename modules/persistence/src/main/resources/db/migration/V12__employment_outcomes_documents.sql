-- Employment outcomes, documents and the follow-up after public assistance ends (issue 5).

-- The wage of a job (yen per month), so a job change can show an income increase
alter table employment add column wage integer check (wage is null or wage between 0 and 10000000);

-- 保護廃止後のフォローアップ (E-3): when public assistance ended, and for how many months letters,
-- calls and interviews follow
alter table employment_support add column assistance_ended_on date;
alter table employment_support add column follow_up_months smallint check (follow_up_months between 1 and 36);

-- The consultation desk a person may call any time (printed on letters)
alter table tenant add column desk_name varchar(100);
alter table tenant add column desk_phone varchar(20);
alter table tenant add column desk_hours varchar(100);

-- Every support report or hand-over that left the agency: to whom, under which consent, by whom
create table report_share (
    id             uuid          primary key,
    tenant_id      varchar(40)   not null references tenant (id),
    case_id        uuid          not null references support_case (id),
    document       varchar(16)   not null check (document in ('SUPPORT_REPORT', 'HAND_OVER')),
    recipient      varchar(8)    not null check (recipient in ('EMPLOYER', 'FAMILY', 'AGENCY')),
    recipient_name varchar(200)  not null,
    agency         varchar(64),
    consent_id     uuid          not null references consent (id),
    shared_at      timestamptz   not null,
    shared_by      varchar(100)  not null
);
create index report_share_case on report_share (tenant_id, case_id, shared_at);
grant select, insert on report_share to ${appRole};
alter table report_share enable row level security;
alter table report_share force row level security;
create policy tenant_isolation on report_share using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
