-- Graduate mentors, peer tutors and 1:1 messages in the community (seed 000 F-1; seed 003).
-- Every table is tenant-owned and under forced row-level security.

-- Whether the member's account holds a staff role (kept current at each visit) and whether they are
-- a minor: nobody messages a minor
alter table community_member add column staff boolean not null default false;
-- addresses are read from Keycloak when a mail is sent, never kept here
alter table community_member drop column email;
alter table community_member add column minor boolean not null default false;

-- When the reminder of a booked session was mailed (once per booking)
alter table community_booking add column reminded_at timestamptz;

-- A former recipient's offer to mentor, or a (former) recipient's offer to tutor a topic. Mentors are
-- approved by staff once training and a recent supervision are recorded; tutors are listed at once
-- (staff approve each pairing instead).
create table community_helper (
    id                     uuid          primary key,
    tenant_id              varchar(40)   not null references tenant (id),
    member_id              uuid          not null references community_member (id),
    kind                   varchar(8)    not null check (kind in ('MENTOR', 'TUTOR')),
    topics                 varchar(200)  not null,
    area                   varchar(100),
    experience             varchar(500),
    about                  varchar(1000),
    training_completed_on  date,
    last_supervision_on    date,
    status                 varchar(10)   not null check (status in ('APPLIED', 'APPROVED', 'WITHDRAWN')),
    decided_by             varchar(100),
    decided_at             timestamptz,
    version                bigint        not null default 0,
    created_at             timestamptz   not null,
    constraint community_helper_once unique (member_id, kind)
);
create index community_helper_listing on community_helper (tenant_id, kind, status);

-- A mentee and a mentor, or a learner and a tutor: the helper accepts, staff approve every match
create table community_match (
    id              uuid          primary key,
    tenant_id       varchar(40)   not null references tenant (id),
    helper_id       uuid          not null references community_helper (id),
    seeker_id       uuid          not null references community_member (id),
    request         varchar(500)  not null,
    status          varchar(10)   not null check (status in ('REQUESTED', 'ACCEPTED', 'ACTIVE', 'DECLINED', 'REJECTED', 'ENDED')),
    decided_by      varchar(100),
    decided_at      timestamptz,
    reason          varchar(500),
    version         bigint        not null default 0,
    created_at      timestamptz   not null
);
create index community_match_helper on community_match (tenant_id, helper_id, status);
create index community_match_seeker on community_match (tenant_id, seeker_id, status);
create index community_match_status on community_match (tenant_id, status);

-- A tutoring or mentoring session as recorded by either of the two
create table community_match_session (
    id           uuid          primary key,
    tenant_id    varchar(40)   not null references tenant (id),
    match_id     uuid          not null references community_match (id),
    held_on      date          not null,
    minutes      smallint      not null check (minutes between 5 and 480),
    note         varchar(500),
    recorded_by  uuid          not null references community_member (id),
    created_at   timestamptz   not null
);
create index community_match_session_match on community_match_session (match_id, held_on);

-- A 1:1 message: between the two of an active match, or between a member and staff. Safe HTML.
create table community_message (
    id            uuid          primary key,
    tenant_id     varchar(40)   not null references tenant (id),
    sender_id     uuid          not null references community_member (id),
    recipient_id  uuid          not null references community_member (id),
    body          text          not null,
    status        varchar(10)   not null default 'VISIBLE' check (status in ('VISIBLE', 'HIDDEN', 'REMOVED')),
    created_at    timestamptz   not null,
    read_at       timestamptz,
    check (sender_id <> recipient_id)
);
create index community_message_pair on community_message (tenant_id, sender_id, recipient_id, created_at);
create index community_message_inbox on community_message (tenant_id, recipient_id, created_at);

grant select, insert, update on community_helper, community_match, community_match_session, community_message to ${appRole};

do $$
declare t text;
begin
    foreach t in array array['community_helper', 'community_match', 'community_match_session', 'community_message'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = current_tenant()) '
                       'with check (tenant_id = current_tenant())', t);
    end loop;
end $$;
