-- The fidelity self-assessment (効果的な援助要素の自己点検, seed 000): what the office ticked over a
-- period, against which version of the shipped list, and the evidence the records gave when it was
-- saved. Insert-only: a later assessment is a new row, so the score can be followed over time.
create table fidelity_assessment (
    id           uuid          primary key,
    tenant_id    varchar(40)   not null references tenant (id),
    catalogue    varchar(40)   not null,
    period_from  date          not null,
    period_to    date          not null,
    ticked       varchar(2000) not null,
    evidence     varchar(4000) not null,
    note         varchar(500),
    assessed_at  timestamptz   not null,
    assessed_by  varchar(100)  not null,
    check (period_from <= period_to)
);
create index fidelity_assessment_tenant_at on fidelity_assessment (tenant_id, assessed_at);
grant select, insert on fidelity_assessment to ${appRole};
alter table fidelity_assessment enable row level security;
alter table fidelity_assessment force row level security;
create policy tenant_isolation on fidelity_assessment using (tenant_id = current_tenant())
    with check (tenant_id = current_tenant());
