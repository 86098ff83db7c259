-- A demo fidelity self-assessment of みどり野市 made six months ago (issue 10), so the history shows a score
-- per element over time once staff save today's. Its evidence is as it stood then: a few measures only.
insert into fidelity_assessment (id, tenant_id, catalogue, period_from, period_to, ticked, evidence, note, assessed_at, assessed_by)
values ('a9000000-0000-4000-8000-000000000001', current_tenant(), 'seed000-v1',
        (date_trunc('month', current_date) - interval '9 months')::date,
        (date_trunc('month', current_date) - interval '6 months' - interval '1 day')::date,
        'D-4.1,D-4.3,D-5.1,D-5.4,D-7.1,D-7.5,E-1.1,E-1.4,F-1.1',
        'D4_MONTHLY_CASE_MEETING:SUPPORTED:3:3:0;D5_HELLO_WORK_70:NOT_SUPPORTED:3:5:0;D7_HOME_VISIT:NO_RECORDS:0:0:0',
        '前年度下期の振り返り（係内で確認）', now() - interval '6 months', 'chief.midorino');
