-- Sign-ins, failed sign-ins, sign-outs and tenant switches belong to every tenant the person holds
-- a role in, whatever tenant (if any) the request was bound to: written through this one function.
create function record_auth_event(p_tenant varchar, p_actor text, p_action text, p_detail text, p_denied boolean)
    returns void
    language plpgsql security definer set search_path = public
    as $$
    declare previous text := current_setting('tomoni.tenant_id', true);
    begin
        if p_action not like 'auth.%' then
            raise exception 'record_auth_event only writes auth.* actions, not %', p_action;
        end if;
        if exists (select 1 from tenant where id = p_tenant) then
            perform set_config('tomoni.tenant_id', p_tenant, true);
            insert into audit_log (tenant_id, actor, action, entity_type, entity_id, outcome)
            values (p_tenant, p_actor, p_action, 'session', left(p_detail, 300),
                    case when p_denied then 'denied' else 'ok' end);
            perform set_config('tomoni.tenant_id', coalesce(previous, ''), true);
        end if;
    end $$;
revoke all on function record_auth_event(varchar, text, text, text, boolean) from public;
grant execute on function record_auth_event(varchar, text, text, text, boolean) to ${appRole};
