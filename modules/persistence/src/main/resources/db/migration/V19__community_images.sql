-- Pictures in community posts: stored re-encoded (so no EXIF, no location, no camera data survives),
-- visible to their owner until attached to a post, then to whoever may see the post.
create table community_image (
    id            uuid          primary key,
    tenant_id     varchar(40)   not null references tenant (id),
    owner_id      uuid          not null references community_member (id),
    post_id       uuid          references community_post (id),
    content_type  varchar(20)   not null check (content_type in ('image/jpeg', 'image/png')),
    bytes         bytea         not null,
    width         integer       not null,
    height        integer       not null,
    created_at    timestamptz   not null
);
create index community_image_post on community_image (post_id) where post_id is not null;
create index community_image_owner on community_image (tenant_id, owner_id, created_at);

grant select, insert, update on community_image to ${appRole};
alter table community_image enable row level security;
alter table community_image force row level security;
create policy tenant_isolation on community_image using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
