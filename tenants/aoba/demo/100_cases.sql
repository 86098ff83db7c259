-- Demo cases of あおば市 (fictional people), dated relative to today. Loaded only in demo mode.
insert into client (id, tenant_id, family_name, given_name, family_kana, given_kana, sex, sex_text, birth_date, address, phone_mobile, created_at, updated_at) values
 ('b1000000-0000-4000-8000-000000000001', current_tenant(), '小林', '真由美', 'こばやし', 'まゆみ', 'FEMALE', null, '1979-03-30', 'あおば市若葉町2-3-1', '090-4444-5501', now(), now()),
 ('b1000000-0000-4000-8000-000000000002', current_tenant(), '加藤', '隆', 'かとう', 'たかし', 'MALE', null, '1973-12-01', 'あおば市青葉台6-10-2', '080-5555-6602', now(), now()),
 ('b1000000-0000-4000-8000-000000000003', current_tenant(), '山本', 'ゆい', 'やまもと', 'ゆい', 'OTHER', 'ノンバイナリー', '2001-07-15', 'あおば市緑ヶ丘1-1-7', '070-6666-7703', now(), now());

insert into support_case (id, tenant_id, case_number, client_id, status, worker, received_on, received_by, visitor_kind,
                          problem_areas, main_problem, complaint, wishes, poverty_related, screening, created_at, updated_at) values
 ('b2000000-0000-4000-8000-000000000001', current_tenant(), to_char(current_date - 35, 'YYYY') || '-0001', 'b1000000-0000-4000-8000-000000000001',
  'ASSESSMENT', 'worker.aoba', current_date - 35, 'worker.aoba', 'SELF', 'CARE,INCOME,JOB_SEARCH', 'CARE',
  '母の介護で仕事を辞めた。貯金が底をつきそう。', '介護と両立できる仕事をしたい。', true, 'PLAN', now() - interval '35 days', now()),
 ('b2000000-0000-4000-8000-000000000002', current_tenant(), to_char(current_date - 12, 'YYYY') || '-0002', 'b1000000-0000-4000-8000-000000000002',
  'INTAKE', 'worker.aoba', current_date - 12, 'worker.aoba', 'SELF', 'HOUSING,INCOME,JOB_SEARCH', 'HOUSING',
  '寮付きの派遣の仕事が終わり、今月末で寮を出なければならない。', '住む場所と仕事を確保したい。', true, null, now() - interval '12 days', now()),
 ('b2000000-0000-4000-8000-000000000003', current_tenant(), to_char(current_date - 3, 'YYYY') || '-0003', 'b1000000-0000-4000-8000-000000000003',
  'INTAKE', 'worker.aoba', current_date - 3, 'worker.aoba', 'SELF', 'FAMILY,HOUSING,INCOME', 'FAMILY',
  '家族との関係がつらく、家を出たいがお金がない。', '一人で暮らせるようになりたい。', true, null, now() - interval '3 days', now());

insert into consent (id, tenant_id, case_id, agencies, purposes, given_on, method, explained_by, recorded_by, recorded_at) values
 ('b3000000-0000-4000-8000-000000000001', current_tenant(), 'b2000000-0000-4000-8000-000000000001', 'aoba-shakyo,hellowork-aoba', 'INFORMATION_SHARING,PLAN', current_date - 35, 'PAPER', '青木 陽介', 'worker.aoba', now() - interval '35 days'),
 ('b3000000-0000-4000-8000-000000000002', current_tenant(), 'b2000000-0000-4000-8000-000000000002', 'hellowork-aoba', 'INFORMATION_SHARING,PLAN', current_date - 12, 'PAPER', '青木 陽介', 'worker.aoba', now() - interval '12 days');

insert into referral (id, tenant_id, case_id, destination, destination_name, reason, sent_on, due_on, status, updated_by, created_at) values
 ('b5000000-0000-4000-8000-000000000001', current_tenant(), 'b2000000-0000-4000-8000-000000000001', 'ELDERLY_CARE', 'あおば市地域包括支援センター',
  '母親の介護サービス利用の見直し（介護負担の軽減）', current_date - 20, current_date + 5, 'SENT', 'worker.aoba', now() - interval '20 days');

insert into progress_note (id, tenant_id, case_id, occurred_at, means, staff, counterpart, body, created_at, created_by) values
 ('b6000000-0000-4000-8000-000000000001', current_tenant(), 'b2000000-0000-4000-8000-000000000001', now() - interval '35 days', 'OFFICE', 'worker.aoba', '本人',
  '初回面談。母（要介護2）と二人暮らし。離職後の収入は母の年金のみ。', now() - interval '35 days', 'worker.aoba'),
 ('b6000000-0000-4000-8000-000000000002', current_tenant(), 'b2000000-0000-4000-8000-000000000002', now() - interval '12 days', 'PHONE', 'worker.aoba', '本人',
  '退寮日が月末と確認。住居確保給付金と一時生活支援事業について説明。', now() - interval '12 days', 'worker.aoba');

insert into case_assignment (case_id, from_worker, to_worker, at, by_actor)
select id, null, worker, created_at, received_by from support_case;

insert into case_counter (year, last)
select cast(split_part(case_number, '-', 1) as integer), max(cast(split_part(case_number, '-', 2) as integer))
  from support_case group by 1
on conflict (tenant_id, year) do update set last = greatest(case_counter.last, excluded.last);

update support_case c set next_due = (select min(d) from case_due_dates(c.id) d);
