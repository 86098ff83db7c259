-- Shared directory records are read within a tenant's transaction (or by the shared loader), never by a
-- transaction that has no tenant at all: with no tenant set, the application role sees no rows, as everywhere.
do $$
declare t text;
begin
    foreach t in array array['social_resource', 'directory_organization', 'directory_location', 'service_at_location'] loop
        execute format('drop policy directory_read on %I', t);
        execute format('create policy directory_read on %I for select using '
                       '(tenant_id = current_tenant() or (tenant_id is null and (current_tenant() is not null or shared_writer())))', t);
    end loop;
end $$;
