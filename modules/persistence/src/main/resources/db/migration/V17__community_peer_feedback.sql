-- Structured peer feedback of a mock interview (模擬面接会): after a session has started, each member
-- who booked it may write to each other member who booked it, once per pair and session: what went
-- well first (required), then one thing to try next time (optional). Plain text, never HTML. The
-- recipient reads it without the giver's name; staff and the group's runners see it with names.
create table community_peer_feedback (
    id                uuid          primary key,
    tenant_id         varchar(40)   not null references tenant (id),
    session_id        uuid          not null references community_session (id),
    from_member       uuid          not null references community_member (id),
    to_member         uuid          not null references community_member (id),
    strengths         varchar(500)  not null,
    one_thing_to_try  varchar(500),
    created_at        timestamptz   not null,
    constraint community_peer_feedback_once unique (session_id, from_member, to_member),
    check (from_member <> to_member)
);
create index community_peer_feedback_recipient on community_peer_feedback (tenant_id, to_member, created_at);

grant select, insert on community_peer_feedback to ${appRole};

do $$
declare t text;
begin
    foreach t in array array['community_peer_feedback'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = current_tenant()) '
                       'with check (tenant_id = current_tenant())', t);
    end loop;
end $$;
