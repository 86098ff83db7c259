-- A fixture for the national figures of April and May 2025 in the test town かえで町 (kaede, 9,800
-- people), run as the owner bound to kaede. People A–I (clients c…0A–0I); the expected figures are
-- worked out by hand in StatisticsApiIT.
insert into client (id, tenant_id, family_name, given_name, created_at, updated_at) values
 ('5a000000-0000-4000-8000-00000000000a', 'kaede', '統計', 'あ', now(), now()),
 ('5a000000-0000-4000-8000-00000000000b', 'kaede', '統計', 'い', now(), now()),
 ('5a000000-0000-4000-8000-00000000000c', 'kaede', '統計', 'う', now(), now()),
 ('5a000000-0000-4000-8000-00000000000d', 'kaede', '統計', 'え', now(), now()),
 ('5a000000-0000-4000-8000-00000000000e', 'kaede', '統計', 'お', now(), now()),
 ('5a000000-0000-4000-8000-00000000000f', 'kaede', '統計', 'か', now(), now()),
 ('5a000000-0000-4000-8000-000000000010', 'kaede', '統計', 'き', now(), now()),
 ('5a000000-0000-4000-8000-000000000011', 'kaede', '統計', 'く', now(), now()),
 ('5a000000-0000-4000-8000-000000000012', 'kaede', '統計', 'け', now(), now());

insert into support_case (id, tenant_id, case_number, client_id, status, worker, received_on, received_by, visitor_kind,
                          problem_areas, main_problem, complaint, poverty_related, screening, screened_on, created_at, updated_at)
select v.id::uuid, 'kaede', v.num, v.client::uuid, v.status, 'chief.kaede', v.received::date, 'chief.kaede', 'SELF',
       'INCOME', 'INCOME', '収入が少なく生活が苦しい', true, v.screening, v.screened::date, now(), now()
  from (values
 ('5b000000-0000-4000-8000-0000000000a1', '2025-S01', '5a000000-0000-4000-8000-00000000000a', 'IN_SUPPORT', '2025-04-03', 'PLAN', '2025-04-05'),
 ('5b000000-0000-4000-8000-0000000000a2', '2025-S02', '5a000000-0000-4000-8000-00000000000a', 'ASSESSMENT', '2025-04-25', null, null),
 ('5b000000-0000-4000-8000-0000000000b1', '2025-S03', '5a000000-0000-4000-8000-00000000000b', 'INFO_ONLY', '2025-04-10', 'INFO_ONLY', '2025-04-12'),
 ('5b000000-0000-4000-8000-0000000000c1', '2025-S04', '5a000000-0000-4000-8000-00000000000c', 'REFERRED', '2025-04-15', 'REFERRED', '2025-04-16'),
 ('5b000000-0000-4000-8000-0000000000d1', '2025-S05', '5a000000-0000-4000-8000-00000000000d', 'IN_SUPPORT', '2025-03-20', 'PLAN', '2025-03-22'),
 ('5b000000-0000-4000-8000-0000000000e1', '2025-S06', '5a000000-0000-4000-8000-00000000000e', 'IN_SUPPORT', '2025-05-02', 'PLAN', '2025-05-03'),
 ('5b000000-0000-4000-8000-0000000000f1', '2025-S07', '5a000000-0000-4000-8000-00000000000f', 'IN_SUPPORT', '2025-02-01', 'PLAN', '2025-02-03'),
 ('5b000000-0000-4000-8000-000000000101', '2025-S08', '5a000000-0000-4000-8000-000000000010', 'INFO_ONLY', '2025-05-31', 'INFO_ONLY', '2025-05-31'),
 ('5b000000-0000-4000-8000-000000000102', '2025-S09', '5a000000-0000-4000-8000-000000000010', 'ASSESSMENT', '2025-05-01', null, null),
 ('5b000000-0000-4000-8000-000000000111', '2025-S10', '5a000000-0000-4000-8000-000000000011', 'IN_SUPPORT', '2025-01-10', 'PLAN', '2025-01-12'),
 ('5b000000-0000-4000-8000-000000000121', '2025-S11', '5a000000-0000-4000-8000-000000000012', 'REFERRED', '2025-05-02', 'REFERRED', '2025-05-03')
) v(id, num, client, status, received, screening, screened);

insert into referral (id, tenant_id, case_id, destination, sent_on, due_on, status, updated_by, created_at) values
 (gen_random_uuid(), 'kaede', '5b000000-0000-4000-8000-0000000000c1', 'PUBLIC_ASSISTANCE', '2025-04-16', '2025-04-30', 'ACCEPTED', 'chief.kaede', now()),
 (gen_random_uuid(), 'kaede', '5b000000-0000-4000-8000-000000000121', 'HELLO_WORK', '2025-05-03', '2025-05-17', 'ACCEPTED', 'chief.kaede', now());

insert into plan (id, tenant_id, case_id, plan_number, revision, plan_date, author, applied_services_signed, loan_present,
                  promotion_present, status, created_at, created_by, updated_at, updated_by)
select v.id::uuid, 'kaede', v.c::uuid, v.n, 0, v.d::date, 'chief.kaede', true, false, v.promotion, v.status, now(), 'chief.kaede',
       now(), 'chief.kaede'
  from (values
 ('5c000000-0000-4000-8000-0000000000a1', '5b000000-0000-4000-8000-0000000000a1', 1, '2025-04-20', false, 'IN_DELIVERY'),
 ('5c000000-0000-4000-8000-0000000000d1', '5b000000-0000-4000-8000-0000000000d1', 1, '2025-03-25', true, 'CLOSED'),
 ('5c000000-0000-4000-8000-0000000000d2', '5b000000-0000-4000-8000-0000000000d1', 2, '2025-05-05', false, 'IN_DELIVERY'),
 ('5c000000-0000-4000-8000-0000000000e1', '5b000000-0000-4000-8000-0000000000e1', 1, '2025-05-15', false, 'IN_DELIVERY'),
 ('5c000000-0000-4000-8000-0000000000f1', '5b000000-0000-4000-8000-0000000000f1', 1, '2025-06-01', false, 'IN_DELIVERY'),
 ('5c000000-0000-4000-8000-000000000111', '5b000000-0000-4000-8000-000000000111', 1, '2025-04-10', false, 'DRAFT')
) v(id, c, n, d, promotion, status);

insert into plan_service (tenant_id, plan_id, position, service_number, present) values
 ('kaede', '5c000000-0000-4000-8000-0000000000a1', 0, 4, true),
 ('kaede', '5c000000-0000-4000-8000-0000000000a1', 1, 1, true),
 ('kaede', '5c000000-0000-4000-8000-0000000000d2', 0, 6, true),
 ('kaede', '5c000000-0000-4000-8000-0000000000e1', 0, 5, true),
 ('kaede', '5c000000-0000-4000-8000-0000000000f1', 0, 4, true),
 ('kaede', '5c000000-0000-4000-8000-000000000111', 0, 4, true);

insert into employment (id, tenant_id, case_id, employer, job, started_on, wage, follows, ended_on, end_kind, created_at, created_by) values
 ('5d000000-0000-4000-8000-0000000000a1', 'kaede', '5b000000-0000-4000-8000-0000000000a1', 'かえで製作所', '検品', '2025-05-10', null, null, null, null, now(), 'chief.kaede'),
 ('5d000000-0000-4000-8000-0000000000d1', 'kaede', '5b000000-0000-4000-8000-0000000000d1', 'かえで運輸', '仕分け', '2025-04-28', 150000, null, '2025-05-20', 'CHANGE', now(), 'chief.kaede'),
 ('5d000000-0000-4000-8000-0000000000d2', 'kaede', '5b000000-0000-4000-8000-0000000000d1', 'かえで物流', '配送補助', '2025-05-21', 180000, '5d000000-0000-4000-8000-0000000000d1', null, null, now(), 'chief.kaede'),
 ('5d000000-0000-4000-8000-0000000000e1', 'kaede', '5b000000-0000-4000-8000-0000000000e1', 'かえで農園', '農作業', '2025-05-30', null, null, null, null, now(), 'chief.kaede'),
 ('5d000000-0000-4000-8000-0000000000f1', 'kaede', '5b000000-0000-4000-8000-0000000000f1', 'かえで商店', '品出し', '2025-04-05', null, null, null, null, now(), 'chief.kaede');

insert into evaluation (id, tenant_id, case_id, plan_id, evaluated_on, person_attainment, worker_attainment, improvements, created_at, created_by) values
 (gen_random_uuid(), 'kaede', '5b000000-0000-4000-8000-0000000000e1', '5c000000-0000-4000-8000-0000000000e1', '2025-05-30', 'ACHIEVED', 'ACHIEVED', 'incomeIncreased,motivationImproved', now(), 'chief.kaede'),
 (gen_random_uuid(), 'kaede', '5b000000-0000-4000-8000-0000000000f1', null, '2025-05-01', 'PARTLY', 'PARTLY', 'incomeIncreased', now(), 'chief.kaede');
