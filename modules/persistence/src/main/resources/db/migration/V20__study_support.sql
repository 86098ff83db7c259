-- Children's study support (seed 000 D-6): families, study groups run by partner NPOs, bookings
-- with a waitlist, calendar feeds, attendance and learning notes, materials, one-to-one
-- consultations, and schools as partners. Children have no accounts: a family's guardians (community
-- members) act for them. Apart from casework: nothing here refers to a case. Every table is
-- tenant-owned and under forced row-level security.

-- A family: its guardians book for its children. The guardians decide whether repeated absence may
-- be told to the family's worker (through the guardian's community link to a case, V18).
create table study_family (
    id                  uuid          primary key,
    tenant_id           varchar(40)   not null references tenant (id),
    absence_to_worker   boolean       not null default false,
    invite_hash         varchar(64),  -- SHA-256 of the one-time code a second guardian enters
    invite_expires_at   timestamptz,
    version             bigint        not null default 0,
    created_at          timestamptz   not null
);
create unique index study_family_invite on study_family (tenant_id, invite_hash) where invite_hash is not null;

-- A guardian belongs to one family
create table study_guardian (
    member_id  uuid          primary key references community_member (id),
    family_id  uuid          not null references study_family (id),
    tenant_id  varchar(40)   not null references tenant (id),
    joined_at  timestamptz   not null
);
create index study_guardian_family on study_guardian (family_id);

-- A child: only what study support needs. grade: 1-6 小1-小6, 7-9 中1-中3, 10-12 高1-高3
create table study_child (
    id          uuid          primary key,
    tenant_id   varchar(40)   not null references tenant (id),
    family_id   uuid          not null references study_family (id),
    name        varchar(40)   not null,
    furigana    varchar(60)   not null,
    school      varchar(60),
    grade       smallint      not null check (grade between 1 and 12),
    removed_at  timestamptz,
    version     bigint        not null default 0,
    created_at  timestamptz   not null
);
create index study_child_family on study_child (family_id);

-- A study group of a partner NPO (agency alias) for a span of grades, meeting weekly
create table study_group (
    id                    uuid          primary key,
    tenant_id             varchar(40)   not null references tenant (id),
    agency                varchar(64)   not null,
    title                 varchar(60)   not null,
    grade_from            smallint      not null check (grade_from between 1 and 12),
    grade_to              smallint      not null check (grade_to between 1 and 12),
    place                 varchar(200)  not null,
    capacity              smallint      not null check (capacity between 1 and 40),
    cutoff_hours          smallint      not null check (cutoff_hours between 0 and 168),
    reminder_hours        smallint      not null check (reminder_hours between 1 and 168),
    weekday               smallint      not null check (weekday between 1 and 7),
    start_time            time          not null,
    minutes               smallint      not null check (minutes between 15 and 480),
    closed                boolean       not null default false,
    version               bigint        not null default 0,
    created_at            timestamptz   not null,
    created_by            varchar(100)  not null,
    check (grade_from <= grade_to),
    foreign key (tenant_id, agency) references agency (tenant_id, alias)
);
create index study_group_agency on study_group (tenant_id, agency);

-- One date of a group's series. series_date is the date the series gave it; a moved session keeps
-- it (so the series is unbroken and the move is visible); a cancelled one stays, marked.
create table study_session (
    id           uuid          primary key,
    tenant_id    varchar(40)   not null references tenant (id),
    group_id     uuid          not null references study_group (id),
    series_date  date          not null,
    starts_at    timestamptz   not null,
    minutes      smallint      not null check (minutes between 15 and 480),
    place        varchar(200)  not null,
    capacity     smallint      not null check (capacity between 1 and 40),
    cancelled    boolean       not null default false,
    sequence     integer       not null default 0,  -- iCalendar SEQUENCE: raised on every change
    version      bigint        not null default 0,
    constraint study_session_series unique (group_id, series_date)
);
create index study_session_upcoming on study_session (tenant_id, starts_at);

-- A child's place in a session. A confirmed booking holds a seat number 1..capacity; the unique
-- seat index and the check trigger are the database's own guarantee against overbooking, and the
-- partial unique index against a child booked twice. arrival orders the waitlist.
create sequence study_booking_arrival;
create table study_booking (
    id            uuid          primary key,
    tenant_id     varchar(40)   not null references tenant (id),
    session_id    uuid          not null references study_session (id),
    child_id      uuid          not null references study_child (id),
    status        varchar(14)   not null check (status in ('CONFIRMED', 'WAITLISTED', 'CANCELLED', 'LATE_CANCELLED')),
    seat          smallint      check ((status = 'CONFIRMED') = (seat is not null)),
    arrival       bigint        not null default nextval('study_booking_arrival'),
    booked_by     varchar(100)  not null,
    requested_at  timestamptz   not null,
    confirmed_at  timestamptz,
    cancelled_at  timestamptz,
    attended      boolean,
    note          varchar(500),  -- a short learning note, for the child's guardians
    version       bigint        not null default 0
);
create unique index study_booking_once on study_booking (session_id, child_id) where status in ('CONFIRMED', 'WAITLISTED');
create unique index study_booking_seat on study_booking (session_id, seat) where status = 'CONFIRMED';
create index study_booking_waitlist on study_booking (session_id, arrival) where status = 'WAITLISTED';
create index study_booking_child on study_booking (tenant_id, child_id);

create function study_booking_seat_in_capacity() returns trigger language plpgsql as $$
begin
    if new.seat is not null and new.seat > (select capacity from study_session where id = new.session_id) then
        raise exception 'seat % beyond the session''s capacity', new.seat using errcode = 'check_violation';
    end if;
    return new;
end $$;
create trigger study_booking_seat_in_capacity before insert or update of seat on study_booking
    for each row execute function study_booking_seat_in_capacity();

-- A volunteer tutor's safeguarding record. The tutor registers; staff record the training and the
-- check and approve. Only approved tutors (not withdrawn) may be assigned to children's groups.
create table study_tutor (
    member_id      uuid          primary key references community_member (id),
    tenant_id      varchar(40)   not null references tenant (id),
    registered_at  timestamptz   not null,
    trained_on     date,
    checked_on     date,
    approved_by    varchar(100),
    approved_at    timestamptz,
    revoked_at     timestamptz,
    version        bigint        not null default 0,
    check ((approved_at is null) = (approved_by is null)),
    check (approved_at is null or (trained_on is not null and checked_on is not null))
);

create table study_group_tutor (
    group_id   uuid          not null references study_group (id),
    member_id  uuid          not null references study_tutor (member_id),
    tenant_id  varchar(40)   not null references tenant (id),
    primary key (group_id, member_id)
);
create index study_group_tutor_member on study_group_tutor (tenant_id, member_id);

-- A family's calendar feed: only the SHA-256 of its secret token; revoking makes the link dead
create table study_calendar_feed (
    token_hash  varchar(64)   primary key,
    tenant_id   varchar(40)   not null references tenant (id),
    family_id   uuid          not null references study_family (id),
    created_at  timestamptz   not null,
    revoked_at  timestamptz
);
create index study_calendar_feed_family on study_calendar_feed (family_id);

-- Reminder mails sent, once per booking
create table study_reminder_sent (
    booking_id  uuid          primary key references study_booking (id),
    tenant_id   varchar(40)   not null references tenant (id),
    sent_at     timestamptz   not null
);

-- Materials (教材・問題集) of a partner NPO by grade and subject; downloads counted
create table study_material (
    id            uuid          primary key,
    tenant_id     varchar(40)   not null references tenant (id),
    agency        varchar(64)   not null,
    title         varchar(80)   not null,
    subject       varchar(12)   not null check (subject in ('JAPANESE', 'MATH', 'ENGLISH', 'SCIENCE', 'SOCIAL', 'OTHER')),
    grade_from    smallint      not null check (grade_from between 1 and 12),
    grade_to      smallint      not null check (grade_to between 1 and 12),
    file_name     varchar(120)  not null,
    content_type  varchar(80)   not null,
    bytes         bytea         not null,
    size          integer       not null check (size > 0),
    downloads     integer       not null default 0,
    uploaded_by   varchar(100)  not null,
    uploaded_at   timestamptz   not null,
    removed_at    timestamptz,
    check (grade_from <= grade_to),
    foreign key (tenant_id, agency) references agency (tenant_id, alias)
);
create index study_material_grades on study_material (tenant_id, grade_from, grade_to) where removed_at is null;

-- One-to-one consultation slots: 進路相談 for 中3 pupils and their guardians, and consultations for
-- guardians of children who refuse school. The outcome is private to the expert and staff.
create table study_consult_slot (
    id           uuid          primary key,
    tenant_id    varchar(40)   not null references tenant (id),
    kind         varchar(16)   not null check (kind in ('CAREER', 'SCHOOL_REFUSAL')),
    expert       varchar(100)  not null,  -- the expert's account
    expert_name  varchar(40)   not null,
    starts_at    timestamptz   not null,
    minutes      smallint      not null check (minutes between 15 and 240),
    place        varchar(200)  not null,
    family_id    uuid          references study_family (id),
    child_id     uuid          references study_child (id),
    booked_at    timestamptz,
    outcome      varchar(2000),
    cancelled    boolean       not null default false,
    version      bigint        not null default 0,
    created_at   timestamptz   not null
);
create index study_consult_slot_time on study_consult_slot (tenant_id, kind, starts_at);
create index study_consult_slot_family on study_consult_slot (tenant_id, family_id) where family_id is not null;

-- Schools as partners, with visit notes (D-6 「学校への訪問」); for staff only
create table study_school (
    id          uuid          primary key,
    tenant_id   varchar(40)   not null references tenant (id),
    name        varchar(80)   not null,
    kind        varchar(12)   not null check (kind in ('ELEMENTARY', 'JUNIOR_HIGH', 'HIGH', 'OTHER')),
    contact     varchar(200),
    version     bigint        not null default 0,
    created_at  timestamptz   not null,
    constraint study_school_name unique (tenant_id, name)
);

create table study_school_visit (
    id          uuid          primary key,
    tenant_id   varchar(40)   not null references tenant (id),
    school_id   uuid          not null references study_school (id),
    visited_on  date          not null,
    visited_by  varchar(100)  not null,
    note        varchar(2000) not null,
    created_at  timestamptz   not null
);
create index study_school_visit_school on study_school_visit (school_id, visited_on);

grant select, insert, update on study_family, study_child, study_group, study_session, study_booking,
    study_tutor, study_calendar_feed, study_material, study_consult_slot, study_school to ${appRole};
grant select, insert on study_guardian, study_reminder_sent, study_school_visit to ${appRole};
grant select, insert, delete on study_group_tutor to ${appRole};
grant usage on sequence study_booking_arrival to ${appRole};

do $$
declare t text;
begin
    foreach t in array array['study_family', 'study_guardian', 'study_child', 'study_group', 'study_session',
                             'study_booking', 'study_tutor', 'study_group_tutor', 'study_calendar_feed',
                             'study_reminder_sent', 'study_material', 'study_consult_slot', 'study_school',
                             'study_school_visit'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = current_tenant()) '
                       'with check (tenant_id = current_tenant())', t);
    end loop;
end $$;
