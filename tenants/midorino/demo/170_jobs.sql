-- Demo partner companies and jobs of みどり野市 (issue 9; fictional). recruiter.midorino keeps the
-- profile of みどり野ロジスティクス株式会社 (approved, linked to the employer list, not trusted: its
-- postings wait for staff); recruiter2.midorino's グリーンフーズみどり野店 waits for review. Three
-- postings are public (they reach the search index through the posting trigger's outbox rows), one
-- waits for staff. ゆい (member.midorino) has said "interested" in the first; a liaison meeting is
-- planned for next month. Row ids: companies c9…, postings ca…, interests cb…, meetings cc….
insert into company (id, tenant_id, account, name, industry, company_size, address, contact_person, phone, description,
                     employed_disability, employed_returners, status, decided_by, decided_at, trusted, employer_id,
                     version, created_at) values
 ('c9000000-0000-4000-8000-000000000001', current_tenant(), 'recruiter.midorino', 'みどり野ロジスティクス株式会社', 'H',
  'UNDER_100', 'みどり野市東町5-1', '人事課 森田', '042-555-3101',
  '地域の物流を支える倉庫と配送センターです。未経験の方も、手順書と先輩の付き添いで少しずつ覚えられます。',
  true, true, 'APPROVED', 'admin.midorino', now() - interval '90 days', false, 'ad000000-0000-4000-8000-000000000001',
  1, now() - interval '95 days'),
 ('c9000000-0000-4000-8000-000000000002', current_tenant(), 'recruiter2.midorino', 'グリーンフーズみどり野店', 'I',
  'UNDER_50', 'みどり野市南台1-8', '店長 大川', '042-555-3102',
  '地域のスーパーです。惣菜づくりと品出しの仲間を募集しています。', false, true, 'PENDING', null, null, false, null,
  0, now() - interval '2 days');

insert into job_posting (id, tenant_id, company_id, title, duties, location, hours, weekly_hours, wage_min, wage_max,
                         wage_unit, employment_type, trial, disability_quota, accommodations, welcomes_returners,
                         closes_on, status, reviewed, decided_by, decided_at, published_at, version, created_at, created_by) values
 ('ca000000-0000-4000-8000-000000000001', current_tenant(), 'c9000000-0000-4000-8000-000000000001',
  '倉庫内の仕分け・検品スタッフ', '入荷した商品を仕分けし、数と傷を確かめます。手順書があり、最初の2週間は先輩が付き添います。',
  'みどり野市東町5-1（みどり野駅から徒歩12分）', '9:00〜14:00（休憩なし）、週4日', 20, 1200, 1350, 'HOUR', 'PART_TIME',
  'COMBINED', false, 'FLEXIBLE_HOURS,GRADUAL_START,WRITTEN_INSTRUCTIONS', true, current_date + 45, 'PUBLISHED', true,
  'worker.midorino', now() - interval '10 days', now() - interval '10 days', 2, now() - interval '11 days', 'recruiter.midorino'),
 ('ca000000-0000-4000-8000-000000000002', current_tenant(), 'c9000000-0000-4000-8000-000000000001',
  '配送センターの事務補助（障害者雇用枠）', '伝票の入力とファイリング、電話の取り次ぎです。静かな席で、指示は書いてお渡しします。',
  'みどり野市東町5-1 事務棟', '10:00〜16:00（休憩60分）、週5日', 25, 1250, null, 'HOUR', 'CONTRACT',
  'DEDICATED', true, 'HOSPITAL_VISITS,JOB_COACH,QUIET_WORKSPACE,WRITTEN_INSTRUCTIONS', true, current_date + 30, 'PUBLISHED', true,
  'worker.midorino', now() - interval '6 days', now() - interval '6 days', 2, now() - interval '7 days', 'recruiter.midorino'),
 ('ca000000-0000-4000-8000-000000000003', current_tenant(), 'c9000000-0000-4000-8000-000000000001',
  'フォークリフト作業員', '倉庫内でフォークリフトを使った荷役作業。免許取得の費用は会社が負担します。',
  'みどり野市東町5-1', '8:30〜17:30（休憩60分）、土日休み', 40, 230000, 260000, 'MONTH', 'FULL_TIME',
  'NONE', false, 'COMMUTE', false, current_date + 60, 'PUBLISHED', true,
  'worker.midorino', now() - interval '3 days', now() - interval '3 days', 2, now() - interval '4 days', 'recruiter.midorino'),
 ('ca000000-0000-4000-8000-000000000004', current_tenant(), 'c9000000-0000-4000-8000-000000000001',
  '夕方の梱包スタッフ', '通販商品の梱包と発送準備です。',
  'みどり野市東町5-1', '17:00〜20:00、週3日から', 9, 1300, null, 'HOUR', 'PART_TIME',
  'NONE', false, 'FLEXIBLE_HOURS', true, current_date + 40, 'PENDING', false,
  null, null, null, 1, now() - interval '1 day', 'recruiter.midorino');

insert into job_interest (id, tenant_id, posting_id, company_id, member_id, message, status, version, created_at) values
 ('cb000000-0000-4000-8000-000000000001', current_tenant(), 'ca000000-0000-4000-8000-000000000001',
  'c9000000-0000-4000-8000-000000000001', 'ce000000-0000-4000-8000-000000000002',
  '午前中だけなら働けそうです。一度相談したいです。', 'NEW', 0, now() - interval '1 day');

insert into liaison_meeting (id, tenant_id, held_on, title, place, note, version, created_by, created_at) values
 ('cc000000-0000-4000-8000-000000000001', current_tenant(), (date_trunc('month', current_date) + interval '1 month 14 days')::date,
  '雇用後の連絡会（物流・小売）', 'みどり野市役所 3階 会議室B', '就職した方の様子と、職場で困っていることを共有します。', 0,
  'worker.midorino', now());
insert into liaison_invitation (meeting_id, company_id, tenant_id) values
 ('cc000000-0000-4000-8000-000000000001', 'c9000000-0000-4000-8000-000000000001', current_tenant());
