-- The community portal (seed 000 F-1, F-2; seed 003): peer groups run by former recipients, group
-- programmes and places to belong, posts with reports, blocks and moderation, and anonymous
-- feedback. Separate from casework: no table here refers to a case or a client. Every table is
-- tenant-owned and under forced row-level security.

-- A person in the community: their account, the name others see (a nickname is allowed) and what
-- they allowed. The e-mail address is for notifications and is never shown to anyone.
create table community_member (
    id                     uuid          primary key,
    tenant_id              varchar(40)   not null references tenant (id),
    account                varchar(100)  not null,
    shown_name             varchar(20)   not null,
    email                  varchar(254),
    share_with_caseworker  boolean       not null default false,
    notify_approvals       boolean       not null default true,
    notify_messages        boolean       not null default true,
    notify_reminders       boolean       not null default true,
    approved_posts         integer       not null default 0 check (approved_posts >= 0),
    version                bigint        not null default 0,
    created_at             timestamptz   not null,
    constraint community_member_account unique (tenant_id, account)
);

-- A peer group, a group programme or a place to belong. Proposed by a former recipient (or created
-- by staff), approved by staff, who may attach a staff facilitator (seed 000 F-2).
create table community_group (
    id                 uuid          primary key,
    tenant_id          varchar(40)   not null references tenant (id),
    kind               varchar(20)   not null check (kind in ('PEER_SUPPORT', 'WORKING_EXCHANGE', 'MOCK_INTERVIEW',
                                                              'LIFE_SKILLS', 'PLACE_TO_BELONG')),
    title              varchar(60)   not null,
    description        text          not null,  -- safe HTML; its typed length is checked by the application
    place              varchar(200),
    online_url         varchar(500),
    capacity           smallint      check (capacity between 1 and 200),
    status             varchar(10)   not null check (status in ('PROPOSED', 'APPROVED', 'REJECTED', 'CLOSED')),
    proposed_by        uuid          references community_member (id),
    staff_facilitator  varchar(100),
    decided_by         varchar(100),
    decided_at         timestamptz,
    decision_reason    varchar(500),
    version            bigint        not null default 0,
    created_at         timestamptz   not null,
    created_by         varchar(100)  not null
);
create index community_group_status on community_group (tenant_id, status, kind);

create table community_session (
    id          uuid          primary key,
    tenant_id   varchar(40)   not null references tenant (id),
    group_id    uuid          not null references community_group (id),
    starts_at   timestamptz   not null,
    minutes     smallint      not null check (minutes between 15 and 480),
    place       varchar(200),
    online_url  varchar(500),
    capacity    smallint      check (capacity between 1 and 200),
    cancelled   boolean       not null default false,
    created_at  timestamptz   not null,
    created_by  varchar(100)  not null
);
create index community_session_upcoming on community_session (tenant_id, starts_at);
create index community_session_group on community_session (group_id, starts_at);

create table community_membership (
    group_id    uuid          not null references community_group (id),
    member_id   uuid          not null references community_member (id),
    tenant_id   varchar(40)   not null references tenant (id),
    joined_at   timestamptz   not null,
    left_at     timestamptz,
    primary key (group_id, member_id)
);
create index community_membership_member on community_membership (tenant_id, member_id);

-- A seat in one session; attendance is recorded by the facilitators or staff
create table community_booking (
    session_id    uuid          not null references community_session (id),
    member_id     uuid          not null references community_member (id),
    tenant_id     varchar(40)   not null references tenant (id),
    booked_at     timestamptz   not null,
    cancelled_at  timestamptz,
    attended      boolean,
    primary key (session_id, member_id)
);
create index community_booking_member on community_booking (tenant_id, member_id);

-- A post in a group: sanitised text; waits for approval while its author is new; hidden
-- automatically after two members' reports are pending review
create table community_post (
    id                 uuid          primary key,
    tenant_id          varchar(40)   not null references tenant (id),
    group_id           uuid          not null references community_group (id),
    author_id          uuid          not null references community_member (id),
    announcement       boolean       not null default false,
    body               text          not null,  -- safe HTML; its typed length is checked by the application
    status             varchar(10)   not null check (status in ('PENDING', 'VISIBLE', 'HIDDEN', 'REMOVED')),
    moderated_by       varchar(100),
    moderated_at       timestamptz,
    moderation_reason  varchar(500),
    version            bigint        not null default 0,
    created_at         timestamptz   not null
);
create index community_post_group on community_post (group_id, created_at);
create index community_post_author on community_post (tenant_id, author_id, created_at);
create index community_post_status on community_post (tenant_id, status) where status in ('PENDING', 'HIDDEN');

-- A report on a post, a message or a profile; one per reporter and target
create table community_report (
    id               uuid          primary key,
    tenant_id        varchar(40)   not null references tenant (id),
    target_kind      varchar(10)   not null check (target_kind in ('POST', 'MESSAGE', 'PROFILE')),
    target_id        uuid          not null,
    reporter_id      uuid          not null references community_member (id),
    reason           varchar(24)   not null check (reason in ('SPAM', 'HARASSMENT', 'PERSONAL_INFORMATION',
                                                              'DISCRIMINATION', 'CRISIS', 'OTHER')),
    note             varchar(500),
    status           varchar(10)   not null check (status in ('PENDING', 'UPHELD', 'DISMISSED')),
    created_at       timestamptz   not null,
    decided_by       varchar(100),
    decided_at       timestamptz,
    decision_reason  varchar(500),
    constraint community_report_once unique (target_kind, target_id, reporter_id)
);
create index community_report_pending on community_report (tenant_id, status, created_at);
create index community_report_reporter on community_report (tenant_id, reporter_id, created_at);

-- A silent block: the blocker no longer sees the blocked member anywhere; the blocked member is not told
create table community_block (
    blocker_id  uuid          not null references community_member (id),
    blocked_id  uuid          not null references community_member (id),
    tenant_id   varchar(40)   not null references tenant (id),
    created_at  timestamptz   not null,
    primary key (blocker_id, blocked_id),
    check (blocker_id <> blocked_id)
);
create index community_block_blocked on community_block (tenant_id, blocked_id);

-- Anonymous feedback (seed 003): no account, no time of day; the topic is 'agency' or 'group:<id>'
create table community_feedback (
    id           uuid          primary key,
    tenant_id    varchar(40)   not null references tenant (id),
    topic        varchar(60)   not null,
    rating       smallint      check (rating between 1 and 5),
    comment      varchar(1000),
    received_on  date          not null,
    check (rating is not null or comment is not null)
);
create index community_feedback_topic on community_feedback (tenant_id, topic);

-- Who has answered about a topic, so each member answers once; written in its own transaction,
-- apart from the answer, and with nothing that leads to it
create table community_feedback_giver (
    tenant_id   varchar(40)   not null references tenant (id),
    topic       varchar(60)   not null,
    member_id   uuid          not null references community_member (id),
    primary key (tenant_id, topic, member_id)
);

-- "You said, we did": the agency's published answer to the feedback on a topic
create table community_feedback_response (
    id            uuid          primary key,
    tenant_id     varchar(40)   not null references tenant (id),
    topic         varchar(60)   not null,
    body          varchar(2000) not null,
    published_by  varchar(100)  not null,
    published_at  timestamptz   not null
);
create index community_feedback_response_topic on community_feedback_response (tenant_id, topic, published_at);

grant select, insert, update on community_member, community_group, community_session, community_membership,
    community_booking, community_post, community_report to ${appRole};
grant select, insert, delete on community_block to ${appRole};
grant select, insert on community_feedback, community_feedback_giver, community_feedback_response to ${appRole};

do $$
declare t text;
begin
    foreach t in array array['community_member', 'community_group', 'community_session', 'community_membership',
                             'community_booking', 'community_post', 'community_report', 'community_block',
                             'community_feedback', 'community_feedback_giver', 'community_feedback_response'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = current_tenant()) '
                       'with check (tenant_id = current_tenant())', t);
    end loop;
end $$;
