-- Runs as the owner role. The application role (${appRole}) gets only the rights it needs;
-- every tenant-owned table has tenant_id NOT NULL and FORCED row-level security on the
-- transaction-local setting tomoni.tenant_id (empty or unset: no rows at all).

create function current_tenant() returns varchar
    language sql stable
    as $$ select nullif(current_setting('tomoni.tenant_id', true), '') $$;

-- The platform's tenant list (not tenant-owned: names are shown to every signed-in person).
create table tenant (
    id          varchar(40) primary key,
    code        char(6)     not null unique,
    name_ja     text        not null,
    name_en     text        not null,
    prefecture  text        not null,
    population  integer     not null check (population > 0),
    colour      varchar(7)  not null,
    features    text[]      not null default '{}',
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);
grant select on tenant to ${appRole};

create table social_resource (
    id          uuid         primary key,
    tenant_id   varchar(40)  not null references tenant (id),
    name        varchar(200) not null,
    category    varchar(40)  not null,
    description varchar(4000),
    address     varchar(300),
    version     bigint       not null default 0,
    created_at  timestamptz  not null,
    created_by  text         not null,
    updated_at  timestamptz  not null
);
create index social_resource_tenant_updated on social_resource (tenant_id, updated_at desc);
grant select, insert, update on social_resource to ${appRole};

create table outbox (
    id             bigint generated always as identity primary key,
    tenant_id      varchar(40) not null references tenant (id) default current_tenant(),
    aggregate_type text        not null,
    aggregate_id   uuid        not null,
    event_type     text        not null,
    created_at     timestamptz not null default now(),
    processed_at   timestamptz,
    attempts       integer     not null default 0,
    last_error     text
);
create index outbox_pending on outbox (tenant_id, id) where processed_at is null;
grant select, insert, update on outbox to ${appRole};

create table audit_log (
    id          bigint generated always as identity primary key,
    tenant_id   varchar(40) not null references tenant (id),
    at          timestamptz not null default now(),
    actor       text        not null,
    action      text        not null,
    entity_type text        not null,
    entity_id   text,
    outcome     varchar(10) not null default 'ok' check (outcome in ('ok', 'denied'))
);
create index audit_log_tenant_at on audit_log (tenant_id, at desc);
-- Insert and read only: the application can never change what happened.
grant select, insert on audit_log to ${appRole};

create function audit_log_is_append_only() returns trigger
    language plpgsql
    as $$ begin raise exception 'audit_log is append-only'; end $$;
create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function audit_log_is_append_only();

do $$
declare t text;
begin
    foreach t in array array['social_resource', 'outbox', 'audit_log'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = current_tenant()) '
                       'with check (tenant_id = current_tenant())', t);
    end loop;
end $$;

-- A refused attempt is written to the attacked tenant's trail, whatever tenant the caller had.
create function record_access_denied(p_tenant varchar, p_actor text, p_what text) returns void
    language plpgsql security definer set search_path = public
    as $$
    declare previous text := current_setting('tomoni.tenant_id', true);
    begin
        if exists (select 1 from tenant where id = p_tenant) then
            perform set_config('tomoni.tenant_id', p_tenant, true);
            insert into audit_log (tenant_id, actor, action, entity_type, entity_id, outcome)
            values (p_tenant, p_actor, 'access', 'tenant', left(p_what, 300), 'denied');
            perform set_config('tomoni.tenant_id', coalesce(previous, ''), true);
        end if;
    end $$;
revoke all on function record_access_denied(varchar, text, text) from public;
grant execute on function record_access_denied(varchar, text, text) to ${appRole};
