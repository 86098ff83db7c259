-- Roles for Tomoni, run once per PostgreSQL cluster by a superuser (the launcher does this for the
-- embedded database; a managed database's operator runs it by hand or from the Helm chart's job).
--   tomoni_owner  owns the schema; Flyway migrates as this role.
--   tomoni_app    the application: not owner, not superuser, no BYPASSRLS, so row-level security binds it.
-- ${OWNER_PASSWORD} and ${APP_PASSWORD} are replaced before running.
do $$
begin
    if not exists (select from pg_roles where rolname = 'tomoni_owner') then
        create role tomoni_owner login password '${OWNER_PASSWORD}' nosuperuser nocreatedb nocreaterole;
    end if;
    if not exists (select from pg_roles where rolname = 'tomoni_app') then
        create role tomoni_app login password '${APP_PASSWORD}' nosuperuser nocreatedb nocreaterole nobypassrls noinherit;
    end if;
end $$;
