-- Casework (自立相談支援): the person, their case from intake on, consent, outreach, referrals,
-- progress records, promises and the assessment sheet. Every table is tenant-owned under FORCED
-- row-level security like the rest; the audit trail becomes a per-tenant hash chain.

-- Partner agencies (ハローワーク, clinics, NPOs…) a person may agree to share their case with. The
-- alias is the agency's Keycloak organization alias: that is how a signed-in partner is recognised.
create table agency (
    tenant_id varchar(40)  not null references tenant (id) default current_tenant(),
    alias     varchar(64)  not null,
    name      varchar(100) not null,
    kind      varchar(20)  not null check (kind in ('HELLO_WORK', 'CLINIC', 'NPO', 'SCHOOL', 'SHAKYO', 'WELFARE_OFFICE', 'OTHER')),
    primary key (tenant_id, alias)
);
grant select, insert, update on agency to ${appRole};

create table client (
    id           uuid         primary key,
    tenant_id    varchar(40)  not null references tenant (id),
    family_name  varchar(50)  not null,
    given_name   varchar(50),
    family_kana  varchar(50),
    given_kana   varchar(50),
    sex          varchar(10)  check (sex in ('MALE', 'FEMALE', 'OTHER')),
    sex_text     varchar(30),
    birth_date   date,
    postal_code  varchar(8),
    address      varchar(300),
    phone_home   varchar(20),
    phone_mobile varchar(20),
    email        varchar(254),
    version      bigint       not null default 0,
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null
);
grant select, insert, update on client to ${appRole};

-- Case numbers are per tenant and year: 2026-0001, …
create table case_counter (
    tenant_id varchar(40) not null references tenant (id) default current_tenant(),
    year      integer     not null,
    last      integer     not null,
    primary key (tenant_id, year)
);
grant select, insert, update on case_counter to ${appRole};

create table support_case (
    id               uuid         primary key,
    tenant_id        varchar(40)  not null references tenant (id),
    case_number      varchar(20)  not null,
    client_id        uuid         not null references client (id),
    status           varchar(20)  not null check (status in ('INTAKE', 'ASSESSMENT', 'PLANNING', 'IN_SUPPORT',
                                      'REFERRED', 'INFO_ONLY', 'TERMINATED', 'SUSPENDED')),
    worker           varchar(100) not null,
    received_on      date         not null,
    received_by      varchar(100) not null,
    visitor_kind     varchar(10)  not null check (visitor_kind in ('SELF', 'FAMILY', 'OTHER')),
    visitor_name     varchar(100),
    visitor_phone    varchar(20),
    visitor_relation varchar(50),
    problem_areas    varchar(400) not null,
    main_problem     varchar(30)  not null,
    problem_other    varchar(200),
    complaint        varchar(4000) not null,
    wishes           varchar(4000),
    poverty_related  boolean      not null,
    screening        varchar(10)  check (screening in ('INFO_ONLY', 'REFERRED', 'PLAN')),
    outreach_id      uuid,
    next_due         date,
    version          bigint       not null default 0,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    unique (tenant_id, case_number)
);
create index support_case_tenant_status_due on support_case (tenant_id, status, next_due);
create index support_case_tenant_worker_due on support_case (tenant_id, worker, next_due);
create index support_case_tenant_due on support_case (tenant_id, next_due, case_number);
grant select, insert, update on support_case to ${appRole};

-- Consent is its own record: who may see the case (agency aliases) and for what, how and when it
-- was given, who explained it. Revoking sets revoked_at; nothing is deleted.
create table consent (
    id           uuid          primary key,
    tenant_id    varchar(40)   not null references tenant (id),
    case_id      uuid          not null references support_case (id),
    agencies     varchar(1000) not null,
    purposes     varchar(400)  not null,
    given_on     date          not null,
    method       varchar(10)   not null check (method in ('PAPER', 'IN_APP')),
    explained_by varchar(100)  not null,
    recorded_by  varchar(100)  not null,
    recorded_at  timestamptz   not null,
    revoked_at   timestamptz,
    revoked_by   varchar(100),
    version      bigint        not null default 0
);
create index consent_case on consent (tenant_id, case_id) where revoked_at is null;
grant select, insert, update on consent to ${appRole};

create table outreach (
    id         uuid          primary key,
    tenant_id  varchar(40)   not null references tenant (id),
    found_on   date          not null,
    route      varchar(20)   not null check (route in ('HOME_VISIT', 'PARTNER_REFERRAL', 'EVENT', 'OTHER')),
    place      varchar(200)  not null,
    found_by   varchar(100)  not null,
    person     varchar(100)  not null,
    summary    varchar(4000),
    follow_up  varchar(4000),
    case_id    uuid          references support_case (id),
    version    bigint        not null default 0,
    created_at timestamptz   not null,
    created_by varchar(100)  not null
);
create index outreach_tenant_found on outreach (tenant_id, found_on desc);
grant select, insert, update on outreach to ${appRole};

create table referral (
    id               uuid          primary key,
    tenant_id        varchar(40)   not null references tenant (id),
    case_id          uuid          not null references support_case (id),
    destination      varchar(20)   not null,
    destination_name varchar(100),
    reason           varchar(4000),
    sent_on          date          not null,
    due_on           date          not null,
    status           varchar(10)   not null check (status in ('SENT', 'ACCEPTED', 'DECLINED', 'COMPLETED')),
    outcome          varchar(4000),
    updated_by       varchar(100)  not null,
    version          bigint        not null default 0,
    created_at       timestamptz   not null,
    check (due_on >= sent_on)
);
create index referral_case on referral (tenant_id, case_id);
grant select, insert, update on referral to ${appRole};

-- 支援経過記録: entries are never edited; a correction is a new entry.
create table progress_note (
    id          uuid          primary key,
    tenant_id   varchar(40)   not null references tenant (id),
    case_id     uuid          not null references support_case (id),
    occurred_at timestamptz   not null,
    means       varchar(10)   not null check (means in ('OFFICE', 'PHONE', 'VISIT', 'ACCOMPANY', 'EMAIL', 'MEETING')),
    staff       varchar(100)  not null,
    counterpart varchar(100),
    body        varchar(8000) not null,
    created_at  timestamptz   not null,
    created_by  varchar(100)  not null
);
create index progress_note_case on progress_note (tenant_id, case_id, occurred_at);
grant select, insert on progress_note to ${appRole};

create table case_assignment (
    id          bigint generated always as identity primary key,
    tenant_id   varchar(40)  not null references tenant (id) default current_tenant(),
    case_id     uuid         not null references support_case (id),
    from_worker varchar(100),
    to_worker   varchar(100) not null,
    at          timestamptz  not null default now(),
    by_actor    varchar(100) not null
);
create index case_assignment_case on case_assignment (tenant_id, case_id, at);
grant select, insert on case_assignment to ${appRole};

do $$
declare t text;
begin
    foreach t in array array['agency', 'client', 'case_counter', 'support_case', 'consent', 'outreach', 'referral',
                             'progress_note', 'case_assignment'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = current_tenant()) '
                       'with check (tenant_id = current_tenant())', t);
    end loop;
end $$;

-- The audit trail becomes a hash chain per tenant: each row's hash covers its own fields and the
-- previous row's hash, so a row edited or removed behind the application's back is detectable.
alter table audit_log add column case_id uuid;
alter table audit_log add column seq bigint;
alter table audit_log add column prev_hash bytea;
alter table audit_log add column hash bytea;
create index audit_log_case on audit_log (tenant_id, case_id, at desc) where case_id is not null;

create function audit_log_row_hash(prev bytea, r audit_log) returns bytea
    language sql immutable
    as $$ select sha256(prev || convert_to(concat_ws('|', r.tenant_id, r.seq,
              (extract(epoch from r.at) * 1000000)::bigint, r.actor, r.action, r.entity_type,
              coalesce(r.entity_id, ''), r.outcome, coalesce(r.case_id::text, '')), 'UTF8')) $$;

-- Existing rows are chained once, in id order, before the chain trigger exists.
alter table audit_log disable trigger audit_log_append_only;
do $$
declare r audit_log; prev bytea; last_tenant text := null; n bigint := 0;
begin
    for r in select * from audit_log order by tenant_id, id loop
        if last_tenant is distinct from r.tenant_id then
            prev := '\x'::bytea; n := 0; last_tenant := r.tenant_id;
        end if;
        n := n + 1;
        r.seq := n;
        update audit_log set seq = n, prev_hash = prev, hash = audit_log_row_hash(prev, r) where id = r.id;
        prev := audit_log_row_hash(prev, r);
    end loop;
end $$;
alter table audit_log enable trigger audit_log_append_only;
alter table audit_log alter column seq set not null;
alter table audit_log alter column hash set not null;
alter table audit_log alter column prev_hash set not null;
create unique index audit_log_tenant_seq on audit_log (tenant_id, seq);

-- One writer per tenant at a time (until its transaction ends) keeps the chain a line.
create function audit_log_chain() returns trigger
    language plpgsql
    as $$
    declare last audit_log;
    begin
        perform pg_advisory_xact_lock(hashtext('tomoni.audit:' || new.tenant_id));
        select * into last from audit_log where tenant_id = new.tenant_id order by seq desc limit 1;
        new.seq := coalesce(last.seq, 0) + 1;
        new.prev_hash := coalesce(last.hash, '\x'::bytea);
        new.hash := audit_log_row_hash(new.prev_hash, new);
        return new;
    end $$;
create trigger audit_log_chain before insert on audit_log for each row execute function audit_log_chain();

-- The first row (by seq) of the current tenant whose hash does not follow from its fields and
-- its predecessor; null when the chain is whole.
create function audit_log_first_broken() returns bigint
    language plpgsql stable
    as $$
    declare r audit_log; prev bytea := '\x'::bytea; expected bigint := 1;
    begin
        for r in select * from audit_log where tenant_id = current_tenant() order by seq loop
            if r.seq <> expected or r.prev_hash <> prev or r.hash <> audit_log_row_hash(prev, r) then
                return r.seq;
            end if;
            prev := r.hash;
            expected := expected + 1;
        end loop;
        return null;
    end $$;
grant execute on function audit_log_first_broken() to ${appRole};

-- Every due date of a case that is still open; later migrations replace this function to add
-- promises and monitoring. support_case.next_due is the minimum, kept by the application.
create function case_due_dates(p_case uuid) returns setof date
    language sql stable
    as $$ select due_on from referral where case_id = p_case and status in ('SENT', 'ACCEPTED') $$;
grant execute on function case_due_dates(uuid) to ${appRole};

-- Tenant data files (tenants/<slug>/data/*.sql, and demo/*.sql in demo mode) run once each, as the
-- owner with the tenant set; this table remembers which ran. Not visible to the application role.
create table tenant_data_file (
    tenant_id  varchar(40) not null references tenant (id),
    file       text        not null,
    applied_at timestamptz not null default now(),
    primary key (tenant_id, file)
);
