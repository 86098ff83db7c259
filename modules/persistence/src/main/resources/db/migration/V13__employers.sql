-- Employers as partners (seed 000 D-5: links with companies; liaison meetings with employers after
-- hiring; company visits across many industries; contact with the chamber of commerce at least
-- monthly). Both tables are tenant-owned and under forced row-level security.

-- A company the agency works with; the industry is the division (大分類) of the Japan Standard
-- Industrial Classification, by its letter
create table employer (
    id              uuid           primary key,
    tenant_id       varchar(40)    not null references tenant (id),
    name            varchar(200)   not null,
    industry        varchar(2)     not null check (industry in ('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J',
                                                               'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T')),
    contact_person  varchar(100),
    phone           varchar(20),
    address         varchar(300),
    agreement       varchar(500),
    note            varchar(1000),
    version         bigint         not null default 0,
    created_at      timestamptz    not null,
    created_by      varchar(100)   not null,
    constraint employer_tenant_name unique (tenant_id, name)
);

-- A visit, a liaison meeting after hiring, or a contact with the chamber of commerce or Hello Work;
-- the last two need not be with one employer
create table employer_contact (
    id            uuid           primary key,
    tenant_id     varchar(40)    not null references tenant (id),
    employer_id   uuid           references employer (id),
    kind          varchar(20)    not null check (kind in ('VISIT', 'LIAISON_MEETING', 'CHAMBER_OF_COMMERCE', 'HELLO_WORK')),
    contacted_on  date           not null,
    summary       varchar(1000)  not null,
    created_at    timestamptz    not null,
    created_by    varchar(100)   not null,
    check (employer_id is not null or kind in ('CHAMBER_OF_COMMERCE', 'HELLO_WORK'))
);
create index employer_contact_recent on employer_contact (tenant_id, contacted_on);
create index employer_contact_employer on employer_contact (employer_id, contacted_on) where employer_id is not null;

grant select, insert, update on employer, employer_contact to ${appRole};
alter table employer enable row level security;
alter table employer force row level security;
create policy tenant_isolation on employer using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
alter table employer_contact enable row level security;
alter table employer_contact force row level security;
create policy tenant_isolation on employer_contact using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
