-- How far Keycloak's sign-in events have been copied into the audit trails (AuthEventRelay).
-- Platform bookkeeping, not tenant data: one row, no tenant_id. A new installation starts at the
-- moment of this migration, so older events of a reused Keycloak are not copied.
create table auth_event_cursor (
    id           integer primary key check (id = 1),
    after_millis bigint  not null
);
insert into auth_event_cursor (id, after_millis) values (1, (extract(epoch from now()) * 1000)::bigint);
grant select, update on auth_event_cursor to ${appRole};
