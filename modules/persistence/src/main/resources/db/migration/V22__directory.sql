-- The resource directory (issue 8), shaped after Open Referral HSDS: organization → services
-- (social_resource) → locations, a service offered at a location with its own hours or phone.
-- Shared records (national, prefectural: Hello Work offices, 法テラス) have tenant_id NULL: every
-- tenant reads them, none can change them; only the shared loader writes them, in a transaction
-- that says so (tomoni.shared_writer). A tenant may hide a shared record for itself.

create function shared_writer() returns boolean
    language sql stable
    as $$ select coalesce(current_setting('tomoni.shared_writer', true), '') = 'on' $$;

create table directory_organization (
    id           uuid          primary key,
    tenant_id    varchar(40)   references tenant (id),
    name         varchar(200)  not null,
    name_kana    varchar(200),
    description  varchar(4000),
    phone        varchar(20),
    email        varchar(254),
    url          varchar(500),
    version      bigint        not null default 0,
    created_at   timestamptz   not null,
    updated_at   timestamptz   not null
);
create index directory_organization_tenant on directory_organization (tenant_id, name);

create table directory_location (
    id               uuid              primary key,
    tenant_id        varchar(40)       references tenant (id),
    organization_id  uuid              not null references directory_organization (id),
    name             varchar(200)      not null,
    postal_code      varchar(8),
    address          varchar(300),
    district         varchar(60),
    latitude         double precision  check (latitude between -90 and 90),
    longitude        double precision  check (longitude between -180 and 180),
    confidential     boolean           not null default false,
    accessibility    varchar(500),
    hours            varchar(500),
    version          bigint            not null default 0,
    updated_at       timestamptz       not null,
    check ((latitude is null) = (longitude is null))
);
create index directory_location_organization on directory_location (organization_id);

alter table social_resource
    alter column tenant_id drop not null,
    add column name_kana        varchar(200),
    add column areas            text          not null default '',
    add column organization_id  uuid          references directory_organization (id),
    add column eligibility_text varchar(1000),
    add column min_age          smallint      check (min_age between 0 and 130),
    add column max_age          smallint      check (max_age between 0 and 130),
    add column residents_only   boolean       not null default false,
    add column conditions       text          not null default '',
    add column languages        text          not null default '',
    add column hours            varchar(500),
    add column fees             varchar(500),
    add column free             boolean       not null default false,
    add column phone            varchar(20),
    add column email            varchar(254),
    add column url              varchar(500),
    add column accessibility    varchar(500),
    add column visibility       varchar(10)   not null default 'PUBLIC' check (visibility in ('PUBLIC', 'MEMBERS', 'STAFF')),
    add column active           boolean       not null default true,
    add column verified_at      timestamptz,
    add column verified_by      text;
update social_resource set verified_at = created_at, verified_by = created_by;
create index social_resource_verified on social_resource (tenant_id, verified_at) where active;
create index social_resource_organization on social_resource (organization_id);

create table service_at_location (
    resource_id  uuid          not null references social_resource (id),
    location_id  uuid          not null references directory_location (id),
    tenant_id    varchar(40)   references tenant (id),
    hours        varchar(500),
    phone        varchar(20),
    primary key (resource_id, location_id)
);
create index service_at_location_location on service_at_location (location_id);

-- A tenant's own view of the shared records: hidden ones are not found in its searches
create table resource_hidden (
    tenant_id    varchar(40)   not null references tenant (id),
    resource_id  uuid          not null references social_resource (id),
    hidden_at    timestamptz   not null,
    hidden_by    text          not null,
    primary key (tenant_id, resource_id)
);

-- "This information is out of date" from anyone who can see the record; lands in the freshness queue
create table resource_report (
    id           uuid          primary key,
    tenant_id    varchar(40)   not null references tenant (id),
    resource_id  uuid          not null references social_resource (id),
    reported_at  timestamptz   not null,
    reported_by  text          not null,
    reason       varchar(500),
    resolved_at  timestamptz,
    resolved_by  text
);
create index resource_report_open on resource_report (tenant_id, resource_id) where resolved_at is null;

-- The tenant's directory settings: months before a record must be verified again; its own synonyms
create table directory_setting (
    tenant_id            varchar(40)   primary key references tenant (id),
    verify_every_months  smallint      not null default 12 check (verify_every_months between 1 and 60),
    synonyms             text[]        not null default '{}',
    version              bigint        not null default 0,
    updated_at           timestamptz   not null,
    updated_by           text          not null
);

-- Full reindexes of a tenant's index, with progress for the admin
create table search_reindex (
    id           uuid          primary key,
    tenant_id    varchar(40)   not null references tenant (id),
    index_name   varchar(120)  not null,
    state        varchar(10)   not null check (state in ('BUILDING', 'DONE', 'FAILED')),
    total        integer       not null default 0,
    done         integer       not null default 0,
    started_at   timestamptz   not null,
    started_by   text          not null,
    finished_at  timestamptz,
    error        varchar(1000)
);
create unique index search_reindex_one_building on search_reindex (tenant_id) where state = 'BUILDING';

grant select, insert, update on directory_organization, directory_location, service_at_location to ${appRole};
grant delete on service_at_location to ${appRole};
grant select, insert, delete on resource_hidden to ${appRole};
grant select, insert, update on resource_report, directory_setting, search_reindex to ${appRole};

-- Tenant-owned tables: the usual isolation
do $$
declare t text;
begin
    foreach t in array array['resource_hidden', 'resource_report', 'directory_setting', 'search_reindex'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = current_tenant()) '
                       'with check (tenant_id = current_tenant())', t);
    end loop;
end $$;

-- Directory tables: own rows, and shared rows to read; shared rows written by the shared loader only
drop policy tenant_isolation on social_resource;
do $$
declare t text;
begin
    foreach t in array array['social_resource', 'directory_organization', 'directory_location', 'service_at_location'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy directory_read on %I for select using '
                       '(tenant_id = current_tenant() or tenant_id is null)', t);
        execute format('create policy directory_insert on %I for insert with check '
                       '(tenant_id = current_tenant() or (tenant_id is null and shared_writer()))', t);
        execute format('create policy directory_update on %I for update using '
                       '(tenant_id = current_tenant() or (tenant_id is null and shared_writer())) with check '
                       '(tenant_id = current_tenant() or (tenant_id is null and shared_writer()))', t);
        execute format('create policy directory_delete on %I for delete using '
                       '(tenant_id = current_tenant() or (tenant_id is null and shared_writer()))', t);
    end loop;
end $$;

-- Records of other kinds that the one search box finds: every change leaves an outbox row in the
-- same transaction, so the index follows without each service having to remember it.
create function directory_outbox() returns trigger
    language plpgsql
    as $$
    begin
        if NEW.tenant_id is not null then
            insert into outbox (tenant_id, aggregate_type, aggregate_id, event_type)
            values (NEW.tenant_id, TG_ARGV[0], NEW.id, lower(TG_OP));
        end if;
        return NEW;
    end $$;
create trigger community_group_outbox after insert or update on community_group
    for each row execute function directory_outbox('community_group');
create trigger study_group_outbox after insert or update on study_group
    for each row execute function directory_outbox('study_group');
create trigger study_material_outbox after insert or update of title, subject, grade_from, grade_to, file_name, removed_at
    on study_material for each row execute function directory_outbox('study_material');

-- A location or organization changed: the services shown there are indexed again
create function directory_location_outbox() returns trigger
    language plpgsql
    as $$
    begin
        if NEW.tenant_id is not null then
            insert into outbox (tenant_id, aggregate_type, aggregate_id, event_type)
            select NEW.tenant_id, 'social_resource', s.resource_id, 'location'
              from service_at_location s where s.location_id = NEW.id;
        end if;
        return NEW;
    end $$;
create trigger directory_location_outbox after update on directory_location
    for each row execute function directory_location_outbox();

create function directory_organization_outbox() returns trigger
    language plpgsql
    as $$
    begin
        if NEW.tenant_id is not null then
            insert into outbox (tenant_id, aggregate_type, aggregate_id, event_type)
            select NEW.tenant_id, 'social_resource', r.id, 'organization'
              from social_resource r where r.organization_id = NEW.id and r.tenant_id = NEW.tenant_id;
        end if;
        return NEW;
    end $$;
create trigger directory_organization_outbox after update on directory_organization
    for each row execute function directory_organization_outbox();
