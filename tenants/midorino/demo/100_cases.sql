-- Demo cases of みどり野市 (fictional people), dated relative to today so the demo never ages.
-- Loaded once, only when TOMONI_DEMO_DATA=true (the launcher's default).
insert into client (id, tenant_id, family_name, given_name, family_kana, given_kana, sex, birth_date, postal_code,
                    address, phone_mobile, created_at, updated_at) values
 ('a1000000-0000-4000-8000-000000000001', current_tenant(), '佐藤', '美和', 'さとう', 'みわ', 'FEMALE', '1982-06-03', '190-0001', 'みどり野市中央3-12-5 コーポ緑202', '090-1111-2201', now(), now()),
 ('a1000000-0000-4000-8000-000000000002', current_tenant(), '高橋', '健一', 'たかはし', 'けんいち', 'MALE', '1968-11-20', '190-0012', 'みどり野市東町1-4-8', '080-2222-3302', now(), now()),
 ('a1000000-0000-4000-8000-000000000003', current_tenant(), '伊藤', '翔', 'いとう', 'しょう', 'MALE', '1998-02-14', '190-0023', 'みどり野市北原5-2-1', null, now(), now()),
 ('a1000000-0000-4000-8000-000000000004', current_tenant(), '渡辺', '幸子', 'わたなべ', 'さちこ', 'FEMALE', '1951-09-09', '190-0004', 'みどり野市南台2-7-3', '042-555-0404', now(), now()),
 ('a1000000-0000-4000-8000-000000000005', current_tenant(), '中村', '大輔', 'なかむら', 'だいすけ', 'MALE', '1990-04-27', '190-0015', 'みどり野市西口4-1-9', '070-3333-4405', now(), now());

insert into outreach (id, tenant_id, found_on, route, place, found_by, person, summary, follow_up, created_at, created_by) values
 ('a4000000-0000-4000-8000-000000000001', current_tenant(), current_date - 30, 'PARTNER_REFERRAL', '北原地区（民生委員の訪問）', '社会福祉協議会 地区担当', '伊藤さんの長男',
  '20代の長男が数年自宅から出ていない。母親の年金だけで暮らしていて、家賃の滞納が始まっている。', '母親に相談窓口を案内し、一緒に来所してもらう。', now(), 'worker.midorino'),
 ('a4000000-0000-4000-8000-000000000002', current_tenant(), current_date - 5, 'EVENT', '駅前フードパントリー（毎月第2土曜）', 'worker.midorino', '30代くらいの女性（名前は聞けず）',
  '子ども2人連れ。「今月は食費が足りない」と話していた。連絡先は聞けなかった。', '次回のパントリーで声をかけ、相談窓口のチラシを渡す。', now(), 'worker.midorino');

insert into support_case (id, tenant_id, case_number, client_id, status, worker, received_on, received_by, visitor_kind,
                          visitor_name, visitor_relation, problem_areas, main_problem, complaint, wishes, poverty_related,
                          screening, outreach_id, created_at, updated_at) values
 ('a2000000-0000-4000-8000-000000000001', current_tenant(), to_char(current_date - 45, 'YYYY') || '-0001', 'a1000000-0000-4000-8000-000000000001',
  'ASSESSMENT', 'worker.midorino', current_date - 45, 'worker.midorino', 'SELF', null, null,
  'CHILDCARE,INCOME,JOB_SEARCH,RENT_LOANS', 'RENT_LOANS', 'パートの勤務時間が減り、家賃を2か月滞納している。小学生の子が2人いる。',
  '子どもの学校を変えずに、今の家に住み続けたい。正社員の仕事を探したい。', true, 'PLAN', null, now() - interval '45 days', now()),
 ('a2000000-0000-4000-8000-000000000002', current_tenant(), to_char(current_date - 20, 'YYYY') || '-0002', 'a1000000-0000-4000-8000-000000000002',
  'INTAKE', 'worker.midorino', current_date - 20, 'worker.midorino', 'SELF', null, null,
  'DEBT,HEALTH,INCOME', 'DEBT', '会社を辞めてから消費者金融の借入れが増え、返済に追われている。腰を痛めて重い仕事ができない。',
  '借金を整理して、体に合う仕事を見つけたい。', true, null, null, now() - interval '20 days', now()),
 ('a2000000-0000-4000-8000-000000000003', current_tenant(), to_char(current_date - 25, 'YYYY') || '-0003', 'a1000000-0000-4000-8000-000000000003',
  'INTAKE', 'worker.midorino', current_date - 25, 'worker.midorino', 'FAMILY', '伊藤 和子', '母',
  'INCOME,RENT_LOANS,WITHDRAWAL', 'WITHDRAWAL', '（母より）息子が5年ほど家から出られない。私の年金だけでは家賃が払えなくなってきた。',
  '息子が少しずつでも外に出られるようになってほしい。', true, null, 'a4000000-0000-4000-8000-000000000001', now() - interval '25 days', now()),
 ('a2000000-0000-4000-8000-000000000004', current_tenant(), to_char(current_date - 60, 'YYYY') || '-0004', 'a1000000-0000-4000-8000-000000000004',
  'REFERRED', 'worker.midorino', current_date - 60, 'worker.midorino', 'SELF', null, null,
  'HEALTH,INCOME,NO_FOOD', 'NO_FOOD', '夫を亡くし、年金が少なく食べるものにも困っている。持病の薬代も払えない。',
  '安心してご飯が食べられるようにしたい。', true, 'REFERRED', null, now() - interval '60 days', now()),
 ('a2000000-0000-4000-8000-000000000005', current_tenant(), to_char(current_date - 10, 'YYYY') || '-0005', 'a1000000-0000-4000-8000-000000000005',
  'INFO_ONLY', 'worker.midorino', current_date - 10, 'worker.midorino', 'SELF', null, null,
  'TAXES_BILLS', 'TAXES_BILLS', '住民税の分割納付ができるか知りたい。', null, true, 'INFO_ONLY', null, now() - interval '10 days', now());

update outreach set case_id = 'a2000000-0000-4000-8000-000000000003' where id = 'a4000000-0000-4000-8000-000000000001';

-- 伊藤さん: no consent yet (the mother came; the son has not been asked), so the case may not be shared.
insert into consent (id, tenant_id, case_id, agencies, purposes, given_on, method, explained_by, recorded_by, recorded_at) values
 ('a3000000-0000-4000-8000-000000000001', current_tenant(), 'a2000000-0000-4000-8000-000000000001', 'hellowork-midorino,tomoni-net', 'INFORMATION_SHARING,PLAN', current_date - 45, 'PAPER', '森田 健太', 'worker.midorino', now() - interval '45 days'),
 ('a3000000-0000-4000-8000-000000000002', current_tenant(), 'a2000000-0000-4000-8000-000000000002', 'hellowork-midorino,midorino-clinic', 'INFORMATION_SHARING,PLAN', current_date - 20, 'PAPER', '森田 健太', 'worker.midorino', now() - interval '20 days'),
 ('a3000000-0000-4000-8000-000000000003', current_tenant(), 'a2000000-0000-4000-8000-000000000004', 'midorino-welfare-office', 'INFORMATION_SHARING,PLAN', current_date - 60, 'PAPER', '森田 健太', 'worker.midorino', now() - interval '60 days'),
 ('a3000000-0000-4000-8000-000000000004', current_tenant(), 'a2000000-0000-4000-8000-000000000005', '', 'PLAN', current_date - 10, 'IN_APP', '森田 健太', 'worker.midorino', now() - interval '10 days');

insert into referral (id, tenant_id, case_id, destination, destination_name, reason, sent_on, due_on, status, outcome, updated_by, version, created_at) values
 ('a5000000-0000-4000-8000-000000000001', current_tenant(), 'a2000000-0000-4000-8000-000000000001', 'HELLO_WORK', 'ハローワークみどり野 マザーズコーナー',
  '子育てと両立できる正社員求人の紹介', current_date - 30, current_date - 16, 'ACCEPTED', null, 'worker.midorino', 1, now() - interval '30 days'),
 ('a5000000-0000-4000-8000-000000000002', current_tenant(), 'a2000000-0000-4000-8000-000000000002', 'LEGAL_AID', '法テラスみどり野',
  '債務整理の相談（任意整理か自己破産か）', current_date - 14, current_date - 3, 'SENT', null, 'worker.midorino', 0, now() - interval '14 days'),
 ('a5000000-0000-4000-8000-000000000003', current_tenant(), 'a2000000-0000-4000-8000-000000000004', 'PUBLIC_ASSISTANCE', 'みどり野市福祉事務所',
  '所持金がほとんどなく、生活保護の申請が必要', current_date - 59, current_date - 52, 'COMPLETED', '申請に同行。保護開始決定（医療扶助を含む）。', 'worker.midorino', 2, now() - interval '59 days');

insert into progress_note (id, tenant_id, case_id, occurred_at, means, staff, counterpart, body, created_at, created_by) values
 ('a6000000-0000-4000-8000-000000000001', current_tenant(), 'a2000000-0000-4000-8000-000000000001', now() - interval '45 days', 'OFFICE', 'worker.midorino', '本人',
  '初回面談。パート収入が月8万円に減少。家賃6.2万円を2か月滞納。住居確保給付金の要件を説明。', now() - interval '45 days', 'worker.midorino'),
 ('a6000000-0000-4000-8000-000000000002', current_tenant(), 'a2000000-0000-4000-8000-000000000001', now() - interval '30 days', 'ACCOMPANY', 'worker.midorino', '本人・ハローワーク',
  'ハローワークへ同行し求職登録。マザーズコーナーの担当者と顔合わせ。', now() - interval '30 days', 'worker.midorino'),
 ('a6000000-0000-4000-8000-000000000003', current_tenant(), 'a2000000-0000-4000-8000-000000000003', now() - interval '25 days', 'OFFICE', 'worker.midorino', '母',
  '母親が来所。本人とは玄関越しに話せる程度。まずは訪問の了解を得ることを目標にした。', now() - interval '25 days', 'worker.midorino'),
 ('a6000000-0000-4000-8000-000000000004', current_tenant(), 'a2000000-0000-4000-8000-000000000003', now() - interval '11 days', 'VISIT', 'worker.midorino', '本人・母',
  '自宅訪問。本人が居間に出てきて5分ほど話せた。好きなゲームの話。次回も訪問してよいとのこと。', now() - interval '11 days', 'worker.midorino'),
 ('a6000000-0000-4000-8000-000000000005', current_tenant(), 'a2000000-0000-4000-8000-000000000002', now() - interval '20 days', 'OFFICE', 'worker.midorino', '本人',
  '初回面談。借入れは3社で約180万円。法テラスへつなぐことに同意。腰痛で通院中。', now() - interval '20 days', 'worker.midorino');

insert into case_assignment (case_id, from_worker, to_worker, at, by_actor)
select id, null, worker, created_at, received_by from support_case;

insert into case_counter (year, last)
select cast(split_part(case_number, '-', 1) as integer), max(cast(split_part(case_number, '-', 2) as integer))
  from support_case group by 1
on conflict (tenant_id, year) do update set last = greatest(case_counter.last, excluded.last);

update support_case c set next_due = (select min(d) from case_due_dates(c.id) d);
