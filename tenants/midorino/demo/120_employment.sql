-- Demo employment and job-retention support of みどり野市 (fictional people, dated relative to today).
-- Loaded once in demo mode, after 110_plans.sql; it only adds rows to demo cases.
--   佐藤 美和   readiness written, registered with Hello Work, job search and a mock interview
--   松本 拓也   readiness written, not yet registered with Hello Work
--   木村 浩二   started work 40 days ago (6-month retention plan): month 1 done, lateness seen twice
--               in the last weeks → 要対応 on the retention board
--   林 美穂     started work 100 days ago (6-month plan), every contact kept → 安定
-- Row ids: employments ab…, retention plans ac….

insert into employment_support (case_id, tenant_id, strengths, barriers, preferred_work, hours, accommodations,
                                hello_work_on, hello_work_office, version, updated_at, updated_by) values
 ('a2000000-0000-4000-8000-000000000001', current_tenant(), '接客の経験が長く、人と話すのが得意', '小学生の子が2人いて、夕方以降は働けない',
  '事務・販売', '平日9時〜15時', '子どもの急な発熱時に休めること', current_date - 30, 'ハローワークみどり野', 1, now() - interval '30 days', 'worker.midorino'),
 ('a2000000-0000-4000-8000-000000000111', current_tenant(), '食品工場で15年、衛生管理の経験がある', '借入れの返済で気持ちに余裕がない',
  '製造・軽作業', 'フルタイム', null, null, null, 1, now() - interval '20 days', 'worker.midorino');

insert into job_activity (id, tenant_id, case_id, kind, done_on, employer, note, created_at, created_by) values
 (gen_random_uuid(), current_tenant(), 'a2000000-0000-4000-8000-000000000001', 'SEARCH', current_date - 28, null, 'ハローワークで求人検索。事務の求人を5件印刷した', now() - interval '28 days', 'worker.midorino'),
 (gen_random_uuid(), current_tenant(), 'a2000000-0000-4000-8000-000000000001', 'MOCK_INTERVIEW', current_date - 14, null, '就労支援グループで模擬面接。参加者同士で良かった点を伝え合った', now() - interval '14 days', 'worker.midorino'),
 (gen_random_uuid(), current_tenant(), 'a2000000-0000-4000-8000-000000000001', 'APPLICATION', current_date - 7, 'みどり野総合病院（医療事務補助）', '履歴書を一緒に確認して郵送', now() - interval '7 days', 'worker.midorino');

insert into employment (id, tenant_id, case_id, employer, job, hours, started_on, trial, disability, version, created_at, created_by) values
 ('ab000000-0000-4000-8000-000000000113', current_tenant(), 'a2000000-0000-4000-8000-000000000113', 'みどり野ロジスティクス株式会社', '倉庫の仕分け・検品', '平日8時〜16時', current_date - 40, true, false, 1, now() - interval '40 days', 'worker.midorino'),
 ('ab000000-0000-4000-8000-000000000114', current_tenant(), 'a2000000-0000-4000-8000-000000000114', 'グリーンフーズみどり野店', '惣菜の調理補助', '週4日 10時〜15時', current_date - 100, false, false, 1, now() - interval '100 days', 'worker.midorino');

insert into retention_plan (id, tenant_id, case_id, employment_id, starts_on, months, health, money, commuting, owner, status,
                            version, created_at, created_by) values
 ('ac000000-0000-4000-8000-000000000113', current_tenant(), 'a2000000-0000-4000-8000-000000000113', 'ab000000-0000-4000-8000-000000000113',
  current_date - 40, 6, '血圧の薬を毎朝飲む。通院は月1回（土曜）', '給料日に家賃と返済分を先に分ける', '自転車で15分。雨の日はバス', 'worker.midorino', 'ACTIVE',
  1, now() - interval '40 days', 'worker.midorino'),
 ('ac000000-0000-4000-8000-000000000114', current_tenant(), 'a2000000-0000-4000-8000-000000000114', 'ab000000-0000-4000-8000-000000000114',
  current_date - 100, 6, '特になし', '家計簿アプリを一緒に設定した', '徒歩10分', 'worker.midorino', 'ACTIVE',
  1, now() - interval '100 days', 'worker.midorino');

-- The monthly interview and the separate employer visit of each plan month, due on the month's last day
insert into case_promise (id, tenant_id, case_id, kind, description, owner, due_at, done_at, version, created_at, created_by,
                          retention_plan_id)
select gen_random_uuid(), current_tenant(), p.case_id, k.kind,
       case k.kind when 'INTERVIEW' then '定着支援の本人面談（' else '職場訪問（' end || m || 'か月目）',
       p.owner, ((p.starts_on + m * interval '1 month')::date - 1 + time '23:59') at time zone 'Asia/Tokyo',
       case when ((p.starts_on + m * interval '1 month')::date - 1) < current_date
            then ((p.starts_on + m * interval '1 month')::date - 8 + time '15:00') at time zone 'Asia/Tokyo' end,
       1, p.created_at, 'worker.midorino', p.id
  from retention_plan p
 cross join generate_series(1, 6) m
 cross join (values ('INTERVIEW'), ('EMPLOYER_VISIT')) k(kind)
 where p.id in ('ac000000-0000-4000-8000-000000000113', 'ac000000-0000-4000-8000-000000000114');

insert into retention_contact (id, tenant_id, case_id, plan_id, kind, means, contacted_on, signs, note, created_at, created_by) values
 (gen_random_uuid(), current_tenant(), 'a2000000-0000-4000-8000-000000000113', 'ac000000-0000-4000-8000-000000000113', 'INTERVIEW', 'OFFICE', current_date - 18, 'LATENESS_ABSENCE',
  '朝の遅刻が2回あったと本人から。夜更かしが続いている様子', now() - interval '18 days', 'worker.midorino'),
 (gen_random_uuid(), current_tenant(), 'a2000000-0000-4000-8000-000000000113', 'ac000000-0000-4000-8000-000000000113', 'EMPLOYER_VISIT', 'VISIT', current_date - 9, 'LATENESS_ABSENCE,STRESS',
  '現場責任者より：今週も遅刻1回。仕事ぶりは丁寧と評価。繁忙期で疲れが見える', now() - interval '9 days', 'worker.midorino'),
 (gen_random_uuid(), current_tenant(), 'a2000000-0000-4000-8000-000000000114', 'ac000000-0000-4000-8000-000000000114', 'INTERVIEW', 'OFFICE', current_date - 12, '',
  '仕事にも慣れ、同僚とも話せている。来月からシフトを1日増やす予定', now() - interval '12 days', 'worker.midorino'),
 (gen_random_uuid(), current_tenant(), 'a2000000-0000-4000-8000-000000000114', 'ac000000-0000-4000-8000-000000000114', 'EMPLOYER_VISIT', 'VISIT', current_date - 11, '',
  '店長より：欠勤なし。お客様への対応も良い', now() - interval '11 days', 'worker.midorino');

update support_case set next_due = (select min(d) from case_due_dates(id) d)
 where id in ('a2000000-0000-4000-8000-000000000113', 'a2000000-0000-4000-8000-000000000114');
