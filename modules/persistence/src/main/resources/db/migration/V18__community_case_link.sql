-- Participation is separate from casework: the one bridge between them. A member shows a short
-- one-time sharing code and hands it to their caseworker in person; the caseworker enters it on the
-- case, which links the member to that case. The caseworker then sees the member's participation only
-- while the member allows it (community_member.share_with_caseworker). Nothing here lets the member's
-- side read the case. Both tables are tenant-owned and under forced row-level security.

-- A member's current sharing code: only its SHA-256 (hex), never the code; a new code replaces the
-- old one; taken (deleted) when used
create table community_share_code (
    member_id   uuid          primary key references community_member (id),
    tenant_id   varchar(40)   not null references tenant (id),
    code_hash   varchar(64)   not null,
    expires_at  timestamptz   not null,
    constraint community_share_code_hash unique (tenant_id, code_hash)
);

-- A member linked to a case: one case per member at most (linking again replaces the link)
create table community_case_link (
    member_id  uuid          primary key references community_member (id),
    tenant_id  varchar(40)   not null references tenant (id),
    case_id    uuid          not null references support_case (id),
    linked_by  varchar(100)  not null,
    linked_at  timestamptz   not null,
    constraint community_case_link_case unique (tenant_id, case_id, member_id)
);

grant select, insert, update, delete on community_share_code, community_case_link to ${appRole};

do $$
declare t text;
begin
    foreach t in array array['community_share_code', 'community_case_link'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = current_tenant()) '
                       'with check (tenant_id = current_tenant())', t);
    end loop;
end $$;
