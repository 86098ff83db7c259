-- National monthly statistics (issue 10). The day of the screening places its outcome in a month
-- (相談・情報提供のみで終了, 他制度・他機関へのつなぎ); cases screened before this migration take their
-- day of receipt. Closed months are kept with a version each, never changed (the app may insert and
-- read them only). Peers are compared by a function that returns averages only, never a tenant's row.

alter table support_case add column screened_on date;
create index support_case_screened on support_case (tenant_id, screened_on) where screened_on is not null;
create index support_case_received on support_case (tenant_id, received_on);

do $$
declare t varchar;
begin
    for t in select id from tenant loop
        perform set_config('tomoni.tenant_id', t, true);
        update support_case set screened_on = received_on where screening is not null and screened_on is null;
    end loop;
    perform set_config('tomoni.tenant_id', '', true);
end $$;

create table statistics_month (
    id                 uuid          primary key,
    tenant_id          varchar(40)   not null references tenant (id),
    month              date          not null check (extract(day from month) = 1),
    report_version     integer       not null check (report_version >= 1),
    figures            varchar(1000) not null,
    population         integer       not null check (population > 0),
    new_consultations  integer       not null check (new_consultations >= 0),
    plans              integer       not null check (plans >= 0),
    employment_targets integer       not null check (employment_targets >= 0),
    note               varchar(500),
    closed_at          timestamptz   not null,
    closed_by          varchar(100)  not null,
    constraint statistics_month_version unique (tenant_id, month, report_version),
    constraint statistics_month_reason check (report_version = 1 or note is not null)
);
grant select, insert on statistics_month to ${appRole};
alter table statistics_month enable row level security;
alter table statistics_month force row level security;
create policy tenant_isolation on statistics_month using (tenant_id = current_tenant())
    with check (tenant_id = current_tenant());

-- The average per 100,000 population of the three figures the survey asks that way, over the latest
-- closed version of the month of every tenant (of one prefecture, or all), and how many contributed.
-- Each tenant is read under its own binding; only the aggregates leave the function.
create function statistics_peers(p_month date, p_prefecture text)
    returns table (tenants integer, new_consultations numeric, plans numeric, employment_targets numeric)
    language plpgsql security definer set search_path = public
    as $$
    declare previous text := current_setting('tomoni.tenant_id', true);
            t record;
            s record;
            n integer := 0;
            a numeric := 0;
            b numeric := 0;
            c numeric := 0;
    begin
        for t in select id from tenant where p_prefecture is null or prefecture = p_prefecture loop
            perform set_config('tomoni.tenant_id', t.id, true);
            select m.population, m.new_consultations, m.plans, m.employment_targets into s
              from statistics_month m where m.tenant_id = t.id and m.month = p_month
             order by m.report_version desc limit 1;
            if found then
                n := n + 1;
                a := a + 100000.0 * s.new_consultations / s.population;
                b := b + 100000.0 * s.plans / s.population;
                c := c + 100000.0 * s.employment_targets / s.population;
            end if;
        end loop;
        perform set_config('tomoni.tenant_id', coalesce(previous, ''), true);
        if n = 0 then
            return query select 0, null::numeric, null::numeric, null::numeric;
        else
            return query select n, round(a / n, 1), round(b / n, 1), round(c / n, 1);
        end if;
    end $$;
revoke all on function statistics_peers(date, text) from public;
grant execute on function statistics_peers(date, text) to ${appRole};
