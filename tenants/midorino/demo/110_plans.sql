-- Demo casework of みどり野市 after the assessment: plans, 支援調整会議, 支援決定・確認, monitoring,
-- evaluation, 終結 and 中断 (fictional people), dated relative to today. Loaded once in demo mode,
-- after 100_cases.sql. New people only: the cases of 100_cases.sql may have been moved on by hand in
-- a running demo, and a failing file would stop the start. Case numbers are drawn from the tenant's
-- counter like the application does, so cases made in the meantime keep theirs.
--   松本 拓也  PLANNING    assessment ※ items and strengths done, first plan DRAFT (not yet signed)
--   井上 恵    PLANNING    plan approved at the last 定例会議 (AWAITING_DECISION): the officer decides next
--   木村 浩二  IN_SUPPORT  再プラン (2nd plan, revised once) decided and in delivery, monitored, promises open
--   林 美穂    IN_SUPPORT  evaluated; 終結 heard at the last meeting (REPORTED), waiting for confirmation
--   山口 正    TERMINATED  終結 confirmed, follow-up by phone until a date
--   斎藤 翼    SUSPENDED   contact lost after moving; 中断 heard and confirmed
-- Row ids: clients a1…0111–0116, cases a2…0111–0116, plans a7…, meetings a8…, closures aa….

-- A meeting day falls on a weekday: Saturday and Sunday move back to Friday (session-local helper).
create or replace function pg_temp.weekday(d date) returns date language sql immutable
    as $$ select d - case extract(isodow from d)::int when 6 then 1 when 7 then 2 else 0 end $$;

insert into client (id, tenant_id, family_name, given_name, family_kana, given_kana, sex, birth_date, postal_code,
                    address, phone_mobile, version, created_at, updated_at) values
 ('a1000000-0000-4000-8000-000000000111', current_tenant(), '松本', '拓也', 'まつもと', 'たくや', 'MALE', '1984-08-19', '190-0031', 'みどり野市緑町2-8-14 ハイツ若葉103', '090-2345-6711', 1, now() - interval '38 days', now() - interval '38 days'),
 ('a1000000-0000-4000-8000-000000000112', current_tenant(), '井上', '恵', 'いのうえ', 'めぐみ', 'FEMALE', '1995-01-23', '190-0023', 'みどり野市北原2-15-6', '080-3456-7812', 1, now() - interval '50 days', now() - interval '50 days'),
 ('a1000000-0000-4000-8000-000000000113', current_tenant(), '木村', '浩二', 'きむら', 'こうじ', 'MALE', '1976-05-08', '190-0012', 'みどり野市東町3-9-2 東町ハイツ201', '090-4567-8913', 1, now() - interval '170 days', now() - interval '170 days'),
 ('a1000000-0000-4000-8000-000000000114', current_tenant(), '林', '美穂', 'はやし', 'みほ', 'FEMALE', '1978-10-12', '190-0004', 'みどり野市南台4-3-11', '070-5678-9014', 1, now() - interval '200 days', now() - interval '200 days'),
 ('a1000000-0000-4000-8000-000000000115', current_tenant(), '山口', '正', 'やまぐち', 'ただし', 'MALE', '1962-03-03', '190-0015', 'みどり野市西口1-6-20 西口コーポ305', '042-555-1215', 1, now() - interval '230 days', now() - interval '230 days'),
 ('a1000000-0000-4000-8000-000000000116', current_tenant(), '斎藤', '翼', 'さいとう', 'つばさ', 'MALE', '1999-12-07', '190-0001', 'みどり野市中央1-2-3 メゾン中央402', '080-6789-0116', 1, now() - interval '190 days', now() - interval '190 days');

-- Case numbers: the next ones of each year's counter, in order of receipt (as if taken at intake).
insert into support_case (id, tenant_id, case_number, client_id, status, worker, received_on, received_by, visitor_kind,
                          visitor_name, visitor_relation, problem_areas, main_problem, complaint, wishes, poverty_related,
                          screening, version, created_at, updated_at)
select v.id, current_tenant(),
       to_char(v.received_on, 'YYYY') || '-' || lpad((coalesce(k.last, 0) + row_number() over (
           partition by extract(year from v.received_on) order by v.received_on, v.id))::text, 4, '0'),
       v.client_id, v.status, 'worker.midorino', v.received_on, 'worker.midorino', v.visitor_kind, v.visitor_name,
       v.visitor_relation, v.areas, v.main, v.complaint, v.wishes, true, 'PLAN', v.version,
       now() - (current_date - v.received_on) * interval '1 day', now() - v.updated_days * interval '1 day'
  from (values
 ('a2000000-0000-4000-8000-000000000111'::uuid, 'a1000000-0000-4000-8000-000000000111'::uuid, 'PLANNING', current_date - 38, 'SELF', null, null,
  'DEBT,INCOME,JOB_SEARCH,RENT_LOANS', 'RENT_LOANS',
  '勤めていた食品工場が閉鎖になり離職した。失業手当が終わり、家賃を1か月滞納している。カードローンの返済もある。',
  '今のアパートに住み続けながら、早く次の仕事を見つけたい。', 3, 2),
 ('a2000000-0000-4000-8000-000000000112', 'a1000000-0000-4000-8000-000000000112', 'PLANNING', current_date - 50, 'FAMILY', '井上 和代', '母',
  'HEALTH,INCOME,JOB_SEARCH,WITHDRAWAL', 'JOB_SEARCH',
  '前の職場で体調を崩して退職してから2年、ほとんど家から出ていない。親の収入に頼っているが、父は来年定年になる。',
  '少しずつ生活のリズムを整えて、いつかは働けるようになりたい。', 3, 14),
 ('a2000000-0000-4000-8000-000000000113', 'a1000000-0000-4000-8000-000000000113', 'IN_SUPPORT', current_date - 170, 'SELF', null, null,
  'HOUSING,INCOME,JOB_SEARCH,RENT_LOANS', 'RENT_LOANS',
  '運送会社を腰痛で退職した。家賃が払えず、大家から退去を求められそうになっている。',
  '住まいを失わずに、体に合った仕事でまた働けるようになりたい。', 4, 60),
 ('a2000000-0000-4000-8000-000000000114', 'a1000000-0000-4000-8000-000000000114', 'IN_SUPPORT', current_date - 200, 'SELF', null, null,
  'CHILDCARE,INCOME,JOB_SEARCH,TAXES_BILLS', 'INCOME',
  '離婚後、パート収入だけでは生活が苦しい。高校生の息子の学費や、国民健康保険料の支払いも心配。',
  '介護の資格を活かして正社員で働き、息子を進学させてあげたい。', 4, 150),
 ('a2000000-0000-4000-8000-000000000115', 'a1000000-0000-4000-8000-000000000115', 'TERMINATED', current_date - 230, 'SELF', null, null,
  'DEBT,INCOME,TAXES_BILLS', 'DEBT',
  '年金と警備のアルバイトで暮らしているが、クレジットカードのリボ払いと住民税の滞納が膨らんで、督促が怖い。',
  '借金を整理して、年金とアルバイトの範囲で安心して暮らしたい。', 5, 30),
 ('a2000000-0000-4000-8000-000000000116', 'a1000000-0000-4000-8000-000000000116', 'SUSPENDED', current_date - 190, 'SELF', null, null,
  'INCOME,JOB_SEARCH,WORK_TROUBLE', 'JOB_SEARCH',
  '派遣の仕事を転々としている。職場の人間関係がうまくいかず、どこも長続きしない。貯金がほとんどない。',
  '自分に合う仕事を見つけて、長く働きたい。', 5, 31)
  ) v(id, client_id, status, received_on, visitor_kind, visitor_name, visitor_relation, areas, main, complaint, wishes, version, updated_days)
  left join case_counter k on k.year = extract(year from v.received_on)::int;

insert into consent (id, tenant_id, case_id, agencies, purposes, given_on, method, explained_by, recorded_by, recorded_at, version) values
 (gen_random_uuid(), current_tenant(), 'a2000000-0000-4000-8000-000000000111', 'hellowork-midorino,midorino-shakyo', 'INFORMATION_SHARING,PLAN', current_date - 38, 'PAPER', '森田 健太', 'worker.midorino', now() - interval '38 days', 1),
 (gen_random_uuid(), current_tenant(), 'a2000000-0000-4000-8000-000000000112', 'midorino-clinic,tomoni-net', 'INFORMATION_SHARING,PLAN', current_date - 50, 'PAPER', '森田 健太', 'worker.midorino', now() - interval '50 days', 1),
 (gen_random_uuid(), current_tenant(), 'a2000000-0000-4000-8000-000000000113', 'hellowork-midorino,tomoni-net', 'INFORMATION_SHARING,PLAN', current_date - 170, 'PAPER', '森田 健太', 'worker.midorino', now() - interval '170 days', 1),
 (gen_random_uuid(), current_tenant(), 'a2000000-0000-4000-8000-000000000114', 'hellowork-midorino,midorino-shakyo', 'INFORMATION_SHARING,PLAN', current_date - 200, 'PAPER', '森田 健太', 'worker.midorino', now() - interval '200 days', 1),
 (gen_random_uuid(), current_tenant(), 'a2000000-0000-4000-8000-000000000115', 'midorino-shakyo', 'INFORMATION_SHARING,PLAN', current_date - 230, 'PAPER', '森田 健太', 'worker.midorino', now() - interval '230 days', 1),
 (gen_random_uuid(), current_tenant(), 'a2000000-0000-4000-8000-000000000116', 'hellowork-midorino,tomoni-net', 'INFORMATION_SHARING,PLAN', current_date - 190, 'IN_APP', '森田 健太', 'worker.midorino', now() - interval '190 days', 1);

-- ⑤ アセスメント: every ※ item (route.path, housing.type, health.status, work.status, income.sources,
-- issues.factors, screening.result) as option keys of assessment-h27.txt, plus what was learnt over the meetings.
insert into assessment_answer (tenant_id, case_id, item_key, value, form_id, version, updated_at, updated_by)
select current_tenant(), v.case_id::uuid, v.item_key, v.value, 'H27', 1, now() - v.days * interval '1 day', 'worker.midorino'
  from (values
 ('a2000000-0000-4000-8000-000000000111', 'route.path', 'self', 38),
 ('a2000000-0000-4000-8000-000000000111', 'route.circumstances', '市の広報紙で相談窓口を知り、家賃の督促状を持って本人が来所。', 38),
 ('a2000000-0000-4000-8000-000000000111', 'household.size', '1', 38),
 ('a2000000-0000-4000-8000-000000000111', 'household.livingAlone', 'yes', 38),
 ('a2000000-0000-4000-8000-000000000111', 'household.members', '本人のみ。両親は県外（秋田）在住、弟（36歳・会社員）が市内に住んでいる。', 30),
 ('a2000000-0000-4000-8000-000000000111', 'housing.type', 'rented', 38),
 ('a2000000-0000-4000-8000-000000000111', 'housing.rent', '52000', 38),
 ('a2000000-0000-4000-8000-000000000111', 'housing.atRisk', 'yes', 38),
 ('a2000000-0000-4000-8000-000000000111', 'housing.notes', '家賃1か月分を滞納。管理会社からは、今月中に支払いの見通しを示せば退去は求めないと言われている。', 30),
 ('a2000000-0000-4000-8000-000000000111', 'health.status', 'good', 38),
 ('a2000000-0000-4000-8000-000000000111', 'health.disabilityCertificate', 'none', 30),
 ('a2000000-0000-4000-8000-000000000111', 'health.insurance', 'national', 30),
 ('a2000000-0000-4000-8000-000000000111', 'work.status', 'unemployed', 38),
 ('a2000000-0000-4000-8000-000000000111', 'work.history', '高校卒業後、食品工場で18年間勤務（製造ライン、フォークリフトでの出荷作業）。工場閉鎖により離職。', 30),
 ('a2000000-0000-4000-8000-000000000111', 'work.wishes', '体を動かす仕事がよい。フォークリフトの資格を活かしたい。夜勤は避けたい。', 30),
 ('a2000000-0000-4000-8000-000000000111', 'work.helloWorkRegistered', 'no', 30),
 ('a2000000-0000-4000-8000-000000000111', 'income.sources', 'none', 38),
 ('a2000000-0000-4000-8000-000000000111', 'income.monthly', '0', 38),
 ('a2000000-0000-4000-8000-000000000111', 'income.savings', '30000', 30),
 ('a2000000-0000-4000-8000-000000000111', 'debt.hasDebt', 'yes', 38),
 ('a2000000-0000-4000-8000-000000000111', 'debt.total', '600000', 30),
 ('a2000000-0000-4000-8000-000000000111', 'debt.arrears', 'rent,socialInsurance,loan', 30),
 ('a2000000-0000-4000-8000-000000000111', 'history.life', 'みどり野市で育つ。高校卒業後に就職し、20歳から一人暮らし。', 30),
 ('a2000000-0000-4000-8000-000000000111', 'issues.factors', 'unstableHousing,financialHardship,multipleDebt,jobSearch', 30),
 ('a2000000-0000-4000-8000-000000000111', 'issues.summary', '離職と失業手当の終了で収入が途絶え、家賃の滞納とカードローンの返済が重なっている。就労意欲は高く、職歴と資格もあるため、住まいを守りながら早期の再就職を目指す。家計の見直しも並行して行う。', 30),
 ('a2000000-0000-4000-8000-000000000111', 'screening.result', 'plan', 38),
 ('a2000000-0000-4000-8000-000000000111', 'screening.employmentSupportTarget', 'yes', 30),

 ('a2000000-0000-4000-8000-000000000112', 'route.path', 'familyOrAcquaintance', 50),
 ('a2000000-0000-4000-8000-000000000112', 'route.circumstances', '母親が公民館で相談窓口のチラシを見て本人に勧め、二人で来所。', 50),
 ('a2000000-0000-4000-8000-000000000112', 'household.size', '3', 50),
 ('a2000000-0000-4000-8000-000000000112', 'housing.type', 'owned', 50),
 ('a2000000-0000-4000-8000-000000000112', 'health.status', 'underTreatment', 50),
 ('a2000000-0000-4000-8000-000000000112', 'health.notes', 'うつ病でみどり野こころのクリニックに月1回通院、服薬中。主治医からは「短時間の通所から始めてよい」との意見。', 35),
 ('a2000000-0000-4000-8000-000000000112', 'work.status', 'unemployed', 50),
 ('a2000000-0000-4000-8000-000000000112', 'work.history', '短大卒業後、事務職として4年勤務。長時間労働で体調を崩し退職。', 35),
 ('a2000000-0000-4000-8000-000000000112', 'income.sources', 'familySupport', 50),
 ('a2000000-0000-4000-8000-000000000112', 'issues.factors', 'otherMentalHealth,jobSearch,dailyRhythm,socialIsolation', 35),
 ('a2000000-0000-4000-8000-000000000112', 'issues.summary', '退職後2年間ほぼ外出がなく、昼夜逆転気味。通院は続けられている。まずは生活リズムと外出の習慣づくりから。', 35),
 ('a2000000-0000-4000-8000-000000000112', 'screening.result', 'plan', 50),
 ('a2000000-0000-4000-8000-000000000112', 'screening.employmentSupportTarget', 'yes', 35),

 ('a2000000-0000-4000-8000-000000000113', 'route.path', 'self', 170),
 ('a2000000-0000-4000-8000-000000000113', 'household.size', '1', 170),
 ('a2000000-0000-4000-8000-000000000113', 'household.livingAlone', 'yes', 170),
 ('a2000000-0000-4000-8000-000000000113', 'housing.type', 'rented', 170),
 ('a2000000-0000-4000-8000-000000000113', 'housing.rent', '48000', 170),
 ('a2000000-0000-4000-8000-000000000113', 'housing.atRisk', 'yes', 170),
 ('a2000000-0000-4000-8000-000000000113', 'health.status', 'underTreatment', 170),
 ('a2000000-0000-4000-8000-000000000113', 'health.notes', '腰椎椎間板ヘルニアで整形外科に通院。重い荷物の運搬は医師から止められている。', 165),
 ('a2000000-0000-4000-8000-000000000113', 'work.status', 'unemployed', 170),
 ('a2000000-0000-4000-8000-000000000113', 'work.history', '運送会社でトラック運転手として15年勤務。腰痛が悪化して退職。', 165),
 ('a2000000-0000-4000-8000-000000000113', 'income.sources', 'none', 170),
 ('a2000000-0000-4000-8000-000000000113', 'debt.arrears', 'rent', 170),
 ('a2000000-0000-4000-8000-000000000113', 'issues.factors', 'illness,unstableHousing,financialHardship,jobSearch,communication', 165),
 ('a2000000-0000-4000-8000-000000000113', 'screening.result', 'plan', 170),
 ('a2000000-0000-4000-8000-000000000113', 'screening.employmentSupportTarget', 'yes', 165),

 ('a2000000-0000-4000-8000-000000000114', 'route.path', 'self', 200),
 ('a2000000-0000-4000-8000-000000000114', 'household.size', '2', 200),
 ('a2000000-0000-4000-8000-000000000114', 'household.members', '長男（16歳・高校1年）と二人暮らし。', 200),
 ('a2000000-0000-4000-8000-000000000114', 'housing.type', 'publicHousing', 200),
 ('a2000000-0000-4000-8000-000000000114', 'health.status', 'good', 200),
 ('a2000000-0000-4000-8000-000000000114', 'work.status', 'nonRegular', 200),
 ('a2000000-0000-4000-8000-000000000114', 'work.history', '介護職員初任者研修修了。スーパーのレジ（週4日パート）。', 200),
 ('a2000000-0000-4000-8000-000000000114', 'income.sources', 'earnings,childAllowance', 200),
 ('a2000000-0000-4000-8000-000000000114', 'income.monthly', '142000', 200),
 ('a2000000-0000-4000-8000-000000000114', 'debt.arrears', 'socialInsurance', 195),
 ('a2000000-0000-4000-8000-000000000114', 'issues.factors', 'financialHardship,budgeting,jobSearch,singleParent,childRearing', 195),
 ('a2000000-0000-4000-8000-000000000114', 'screening.result', 'plan', 200),
 ('a2000000-0000-4000-8000-000000000114', 'screening.employmentSupportTarget', 'yes', 195),

 ('a2000000-0000-4000-8000-000000000115', 'route.path', 'self', 230),
 ('a2000000-0000-4000-8000-000000000115', 'household.size', '1', 230),
 ('a2000000-0000-4000-8000-000000000115', 'household.livingAlone', 'yes', 230),
 ('a2000000-0000-4000-8000-000000000115', 'housing.type', 'rented', 230),
 ('a2000000-0000-4000-8000-000000000115', 'housing.rent', '45000', 230),
 ('a2000000-0000-4000-8000-000000000115', 'health.status', 'concerns', 230),
 ('a2000000-0000-4000-8000-000000000115', 'work.status', 'nonRegular', 230),
 ('a2000000-0000-4000-8000-000000000115', 'income.sources', 'earnings,pension', 230),
 ('a2000000-0000-4000-8000-000000000115', 'income.monthly', '168000', 230),
 ('a2000000-0000-4000-8000-000000000115', 'debt.hasDebt', 'yes', 230),
 ('a2000000-0000-4000-8000-000000000115', 'debt.total', '1450000', 225),
 ('a2000000-0000-4000-8000-000000000115', 'debt.arrears', 'tax,loan', 225),
 ('a2000000-0000-4000-8000-000000000115', 'issues.factors', 'financialHardship,multipleDebt,budgeting', 225),
 ('a2000000-0000-4000-8000-000000000115', 'screening.result', 'plan', 230),
 ('a2000000-0000-4000-8000-000000000115', 'screening.employmentSupportTarget', 'no', 225),

 ('a2000000-0000-4000-8000-000000000116', 'route.path', 'agencyReferral', 190),
 ('a2000000-0000-4000-8000-000000000116', 'route.referringAgency', 'ハローワークみどり野', 190),
 ('a2000000-0000-4000-8000-000000000116', 'household.size', '1', 190),
 ('a2000000-0000-4000-8000-000000000116', 'housing.type', 'rented', 190),
 ('a2000000-0000-4000-8000-000000000116', 'health.status', 'unknown', 190),
 ('a2000000-0000-4000-8000-000000000116', 'work.status', 'unemployed', 190),
 ('a2000000-0000-4000-8000-000000000116', 'income.sources', 'none', 190),
 ('a2000000-0000-4000-8000-000000000116', 'issues.factors', 'jobRetention,communication,dailyRhythm', 185),
 ('a2000000-0000-4000-8000-000000000116', 'screening.result', 'plan', 190),
 ('a2000000-0000-4000-8000-000000000116', 'screening.employmentSupportTarget', 'yes', 185)
  ) v(case_id, item_key, value, days);

-- Each answer's history entry, as the application keeps one for every save that changed an item.
insert into assessment_change (id, tenant_id, case_id, item_key, form_id, old_value, new_value, changed_at, changed_by)
select gen_random_uuid(), tenant_id, case_id, item_key, form_id, null, value, updated_at, updated_by
  from assessment_answer where case_id::text like 'a2000000-0000-4000-8000-0000000001%';

-- ストレングス (strengths map)
insert into strength (id, tenant_id, case_id, kind, text, created_at, created_by) values
 (gen_random_uuid(), current_tenant(), 'a2000000-0000-4000-8000-000000000111', 'ABILITY', 'フォークリフト運転技能講習を修了。18年間ほとんど休まず勤めた真面目さ。', now() - interval '30 days', 'worker.midorino'),
 (gen_random_uuid(), current_tenant(), 'a2000000-0000-4000-8000-000000000111', 'ABILITY', '料理が得意で毎日自炊している（食費を抑えられる）。', now() - interval '30 days', 'worker.midorino'),
 (gen_random_uuid(), current_tenant(), 'a2000000-0000-4000-8000-000000000111', 'SUPPORTER', '市内に住む弟が、家賃の一部を一時的に貸してもよいと言ってくれている。', now() - interval '30 days', 'worker.midorino'),
 (gen_random_uuid(), current_tenant(), 'a2000000-0000-4000-8000-000000000111', 'OTHER', '地元の草野球チームに所属し、週末に仲間と会っている。', now() - interval '30 days', 'worker.midorino'),
 (gen_random_uuid(), current_tenant(), 'a2000000-0000-4000-8000-000000000112', 'ABILITY', 'パソコンでの文書作成や表計算が得意（前職は事務）。', now() - interval '35 days', 'worker.midorino'),
 (gen_random_uuid(), current_tenant(), 'a2000000-0000-4000-8000-000000000112', 'SUPPORTER', '母親が通所の送り出しに協力的。', now() - interval '35 days', 'worker.midorino'),
 (gen_random_uuid(), current_tenant(), 'a2000000-0000-4000-8000-000000000113', 'ABILITY', '大型自動車免許。時間を守り、約束の連絡を欠かさない。', now() - interval '165 days', 'worker.midorino'),
 (gen_random_uuid(), current_tenant(), 'a2000000-0000-4000-8000-000000000114', 'ABILITY', '介護職員初任者研修を修了している。人の話をよく聴ける。', now() - interval '195 days', 'worker.midorino'),
 (gen_random_uuid(), current_tenant(), 'a2000000-0000-4000-8000-000000000114', 'SUPPORTER', '長男が家事を分担してくれている。', now() - interval '195 days', 'worker.midorino');

-- ⑦ 支援調整会議 (定例, monthly). Attendees in the order written; a municipal officer attends each.
insert into meeting (id, tenant_id, kind, held_on, place, status, version, created_at, created_by, updated_at, updated_by) values
 ('a8000000-0000-4000-8000-000000000100', current_tenant(), 'REGULAR', pg_temp.weekday(current_date - 210), 'みどり野市役所 第2会議室', 'HELD', 2, now() - interval '225 days', 'worker.midorino', now() - interval '210 days', 'worker.midorino'),
 ('a8000000-0000-4000-8000-000000000101', current_tenant(), 'REGULAR', pg_temp.weekday(current_date - 153), 'みどり野市役所 第2会議室', 'HELD', 2, now() - interval '168 days', 'worker.midorino', now() - interval '153 days', 'worker.midorino'),
 ('a8000000-0000-4000-8000-000000000102', current_tenant(), 'REGULAR', pg_temp.weekday(current_date - 63), 'みどり野市役所 第2会議室', 'HELD', 2, now() - interval '78 days', 'worker.midorino', now() - interval '63 days', 'worker.midorino'),
 ('a8000000-0000-4000-8000-000000000103', current_tenant(), 'REGULAR', pg_temp.weekday(current_date - 33), 'みどり野市役所 第2会議室', 'HELD', 2, now() - interval '48 days', 'worker.midorino', now() - interval '33 days', 'worker.midorino'),
 ('a8000000-0000-4000-8000-000000000104', current_tenant(), 'REGULAR', pg_temp.weekday(current_date - 3), 'みどり野市役所 第2会議室', 'HELD', 2, now() - interval '18 days', 'worker.midorino', now() - interval '3 days', 'worker.midorino'),
 ('a8000000-0000-4000-8000-000000000105', current_tenant(), 'REGULAR', pg_temp.weekday(current_date + 27), 'みどり野市役所 第2会議室', 'SCHEDULED', 1, now() - interval '2 days', 'worker.midorino', now() - interval '2 days', 'worker.midorino');

insert into meeting_attendee (meeting_id, position, name, organization, municipal)
select m.id::uuid, a.position, a.name, a.organization, a.municipal
  from (values ('a8000000-0000-4000-8000-000000000100'), ('a8000000-0000-4000-8000-000000000101'), ('a8000000-0000-4000-8000-000000000102'),
               ('a8000000-0000-4000-8000-000000000103'), ('a8000000-0000-4000-8000-000000000104'), ('a8000000-0000-4000-8000-000000000105')) m(id)
 cross join (values
   (0, '野口 美咲', 'みどり野市 福祉総務課', true),
   (1, '石川 由美', 'みどり野市自立相談支援センター（主任相談支援員）', false),
   (2, '森田 健太', 'みどり野市自立相談支援センター（相談支援員）', false),
   (3, '小川 誠', 'ハローワークみどり野', false),
   (4, '高田 真理', 'みどり野市社会福祉協議会（家計相談支援員）', false)) a(position, name, organization, municipal);
-- NPO法人ともにネット (就労準備支援事業) joins the meetings that hear its participants.
insert into meeting_attendee (meeting_id, position, name, organization, municipal) values
 ('a8000000-0000-4000-8000-000000000101', 5, '伴 直樹', 'NPO法人ともにネット（就労準備支援事業）', false),
 ('a8000000-0000-4000-8000-000000000102', 5, '伴 直樹', 'NPO法人ともにネット（就労準備支援事業）', false),
 ('a8000000-0000-4000-8000-000000000103', 5, '伴 直樹', 'NPO法人ともにネット（就労準備支援事業）', false),
 ('a8000000-0000-4000-8000-000000000104', 5, '伴 直樹', 'NPO法人ともにネット（就労準備支援事業）', false),
 ('a8000000-0000-4000-8000-000000000104', 6, '原 彩', 'みどり野こころのクリニック（精神保健福祉士）', false);

-- 不足する社会資源
insert into meeting_missing_resource (meeting_id, position, text) values
 ('a8000000-0000-4000-8000-000000000101', 0, '夜間・土日に子どもを預けられる場所が少なく、ひとり親の就職活動や資格取得の妨げになっている。'),
 ('a8000000-0000-4000-8000-000000000104', 0, '北原地区から就労準備支援事業の会場（市役所周辺）まで、公共交通での移動手段が乏しい（バスが1時間に1本）。'),
 ('a8000000-0000-4000-8000-000000000104', 1, 'ひきこもり経験のある若者が夕方以降に気軽に立ち寄れる居場所が市内にない。');

-- ⑥ プラン. Columns as Plan writes them: positions from 0, versions from 1 (one more per change).
insert into plan (id, tenant_id, case_id, plan_number, revision, plan_date, author, issues, long_term_goal, plan_target,
                  end_date, next_monitoring, consent_date, applied_services_signed, loan_present, loan_text,
                  promotion_present, promotion_text, status, version, created_at, created_by, updated_at, updated_by) values
 -- 松本: written with the person, not signed yet (DRAFT until the consent date is entered)
 ('a7000000-0000-4000-8000-000000000111', current_tenant(), 'a2000000-0000-4000-8000-000000000111', 1, 0, current_date - 2, 'worker.midorino',
  E'・家賃1か月分（5.2万円）を滞納しており、住まいを失うおそれがある\n・失業手当が終わり、収入がない\n・カードローン約60万円の返済が負担になっている',
  '安定した仕事に就き、今のアパートで暮らし続ける', '3か月以内に就職先を決め、滞納している家賃を解消する',
  (current_date - 2) + interval '6 months', date_trunc('month', current_date + interval '1 month'), null, false, false, null, false, null,
  'DRAFT', 2, now() - interval '2 days', 'worker.midorino', now() - interval '1 day', 'worker.midorino'),
 -- 井上: approved at the last meeting, waiting for the municipality's 支援決定 (4) and 確認
 ('a7000000-0000-4000-8000-000000000112', current_tenant(), 'a2000000-0000-4000-8000-000000000112', 1, 0, current_date - 14, 'worker.midorino',
  E'・退職後2年間ほとんど外出しておらず、生活リズムが乱れている\n・収入がなく、家族の援助に頼っている\n・働くことへの不安が大きい',
  '自分のペースで働き、家族に頼らず暮らせるようになる', '半年間、就労準備支援のプログラムに週2回通い続ける',
  (current_date - 14) + interval '6 months', date_trunc('month', current_date + interval '1 month'), current_date - 12, true, false, null, false, null,
  'AWAITING_DECISION', 2, now() - interval '14 days', 'worker.midorino', now() - interval '3 days', 'worker.midorino'),
 -- 木村: first plan, delivered, closed by the 再プラン
 ('a7000000-0000-4000-8000-000000000113', current_tenant(), 'a2000000-0000-4000-8000-000000000113', 1, 0, current_date - 160, 'worker.midorino',
  E'・家賃を2か月滞納し、退去を求められるおそれがある\n・腰痛のため前職（トラック運転手）に戻れない\n・収入がない',
  '体に合った仕事に就き、今の住まいで暮らし続ける', '住居確保給付金を受けながら、3か月以内に就職する',
  (current_date - 160) + interval '6 months', date_trunc('month', (current_date - 100) + interval '1 month'), current_date - 158, false, false, null, false, null,
  'CLOSED', 5, now() - interval '160 days', 'worker.midorino', now() - interval '70 days', 'worker.midorino'),
 -- 木村: 再プラン (2nd plan, 就労準備支援事業 added), revised once, in delivery
 ('a7000000-0000-4000-8000-000000000123', current_tenant(), 'a2000000-0000-4000-8000-000000000113', 2, 1, current_date - 70, 'worker.midorino',
  E'・面接で緊張してうまく話せず、応募しても不採用が続いている\n・生活リズムが乱れ、朝起きられない日がある\n・住居確保給付金の支給が終わった後の家賃の見通しが立っていない',
  '体に合った仕事に就き、今の住まいで暮らし続ける', '就労準備支援で生活リズムと面接の自信を取り戻し、半年以内に就職する',
  (current_date - 70) + interval '6 months', date_trunc('month', current_date + interval '1 month'), current_date - 68, true, false, null, false, null,
  'IN_DELIVERY', 5, now() - interval '70 days', 'worker.midorino', now() - interval '15 days', 'worker.midorino'),
 -- 林: in delivery, evaluated, 終結 reported
 ('a7000000-0000-4000-8000-000000000114', current_tenant(), 'a2000000-0000-4000-8000-000000000114', 1, 0, current_date - 160, 'worker.midorino',
  E'・パート収入だけでは毎月2万円ほどの赤字\n・国民健康保険料を3か月滞納している\n・長男の進学費用の見通しがない',
  '介護の仕事で正社員になり、長男を進学させる', '半年以内に介護職で就職し、家計の赤字をなくす',
  (current_date - 160) + interval '6 months', date_trunc('month', current_date + interval '1 month'), current_date - 158, true, true, '生活福祉資金（教育支援資金）の利用を長男の進学時に検討', false, null,
  'IN_DELIVERY', 5, now() - interval '160 days', 'worker.midorino', now() - interval '45 days', 'worker.midorino'),
 -- 山口: delivered, closed when the 終結 was confirmed
 ('a7000000-0000-4000-8000-000000000115', current_tenant(), 'a2000000-0000-4000-8000-000000000115', 1, 0, current_date - 215, 'worker.midorino',
  E'・リボ払いの残高が約145万円あり、返済額が年金とアルバイト収入を圧迫している\n・住民税を滞納し、督促が続いている',
  '借金の心配なく、年金とアルバイトで暮らす', '債務を整理し、住民税の分納計画どおりに払えるようにする',
  (current_date - 215) + interval '6 months', date_trunc('month', (current_date - 90) + interval '1 month'), current_date - 214, true, false, null, false, null,
  'CLOSED', 6, now() - interval '215 days', 'worker.midorino', now() - interval '30 days', 'worker.midorino'),
 -- 斎藤: delivered, closed when the 中断 was confirmed
 ('a7000000-0000-4000-8000-000000000116', current_tenant(), 'a2000000-0000-4000-8000-000000000116', 1, 0, current_date - 180, 'worker.midorino',
  E'・職場の人間関係につまずき、仕事が長続きしない\n・生活リズムが不規則\n・貯金がほとんどない',
  '自分に合う職場で長く働く', '就労準備支援で生活リズムを整え、職場体験に参加する',
  (current_date - 180) + interval '6 months', date_trunc('month', (current_date - 120) + interval '1 month'), current_date - 179, true, false, null, false, null,
  'CLOSED', 5, now() - interval '180 days', 'worker.midorino', now() - interval '31 days', 'worker.midorino');

-- ■プラン: what, by whom (PERSON 本人 / FAMILY 家族等 / AGENCY 自立相談支援機関 / OTHER_ORG その他関係機関), notes, statutory mark
insert into plan_action (plan_id, position, what, who, notes, statutory) values
 ('a7000000-0000-4000-8000-000000000111', 0, '住居確保給付金を申請する（必要書類を一緒にそろえる）', 'PERSON', '今月中に申請。自立相談支援機関が書類を確認', true),
 ('a7000000-0000-4000-8000-000000000111', 1, 'ハローワークで求職登録し、週2回以上求人を探して応募する', 'PERSON', 'ハローワークみどり野／毎週', false),
 ('a7000000-0000-4000-8000-000000000111', 2, '応募書類の作成と面接練習', 'AGENCY', '就労支援員／隔週', true),
 ('a7000000-0000-4000-8000-000000000111', 3, '家計表をつけ、カードローンの返済計画を見直す', 'OTHER_ORG', 'みどり野市社会福祉協議会（家計相談支援事業）／月2回', true),
 ('a7000000-0000-4000-8000-000000000111', 4, '滞納家賃の分割払いを管理会社に相談する', 'PERSON', '相談支援員が同席', false),

 ('a7000000-0000-4000-8000-000000000112', 0, '就労準備支援のプログラムに通う', 'PERSON', 'NPO法人ともにネット／週2回・午前のみから', true),
 ('a7000000-0000-4000-8000-000000000112', 1, '朝8時に起きて近所を散歩する', 'PERSON', '毎日。できた日を手帳に記録', false),
 ('a7000000-0000-4000-8000-000000000112', 2, 'こころのクリニックへの通院を続ける', 'PERSON', 'みどり野こころのクリニック／月1回', false),
 ('a7000000-0000-4000-8000-000000000112', 3, '通所の送り出しと、家での様子の見守り', 'FAMILY', '母', false),
 ('a7000000-0000-4000-8000-000000000112', 4, '通所の様子を一緒に振り返る面談', 'AGENCY', '月1回', false),

 ('a7000000-0000-4000-8000-000000000113', 0, '住居確保給付金を受給し、家賃を支払う', 'PERSON', '3か月', true),
 ('a7000000-0000-4000-8000-000000000113', 1, '腰に負担の少ない求人を探して応募する', 'PERSON', 'ハローワークみどり野／週1回以上', false),
 ('a7000000-0000-4000-8000-000000000113', 2, '求人の紹介と面接練習', 'AGENCY', '就労支援員／週1回', true),

 ('a7000000-0000-4000-8000-000000000123', 0, '就労準備支援のプログラムに通い、生活リズムを整える', 'PERSON', 'NPO法人ともにネット／週3回（農作業体験・ビジネスマナー講座）', true),
 ('a7000000-0000-4000-8000-000000000123', 1, '住居確保給付金（延長分）を受給し、家賃を支払う', 'PERSON', '3か月延長', true),
 ('a7000000-0000-4000-8000-000000000123', 2, '面接練習と、腰に負担の少ない求人（倉庫管理・配車係など）の紹介', 'AGENCY', '就労支援員／隔週', true),
 ('a7000000-0000-4000-8000-000000000123', 3, '整形外科への通院を続ける', 'PERSON', '月2回', false),

 ('a7000000-0000-4000-8000-000000000114', 0, '家計表をつけ、支出を見直す', 'OTHER_ORG', 'みどり野市社会福祉協議会（家計相談支援事業）／月1回', true),
 ('a7000000-0000-4000-8000-000000000114', 1, '国民健康保険料の分納を相談する', 'PERSON', '市役所 保険年金課。相談支援員が同行', false),
 ('a7000000-0000-4000-8000-000000000114', 2, '介護職の正社員求人を探し、応募する', 'PERSON', 'ハローワークみどり野 マザーズコーナー', false),
 ('a7000000-0000-4000-8000-000000000114', 3, '応募書類の添削と面接練習', 'AGENCY', '就労支援員／随時', true),

 ('a7000000-0000-4000-8000-000000000115', 0, '法テラスで債務整理（任意整理）を相談する', 'OTHER_ORG', '法テラスみどり野。相談支援員が予約を支援', false),
 ('a7000000-0000-4000-8000-000000000115', 1, '家計表をつけ、毎月の返済額と生活費を見直す', 'OTHER_ORG', 'みどり野市社会福祉協議会（家計相談支援事業）／月1回', true),
 ('a7000000-0000-4000-8000-000000000115', 2, '住民税の分納を納税課に相談する', 'PERSON', '相談支援員が同行', false),

 ('a7000000-0000-4000-8000-000000000116', 0, '就労準備支援のプログラムに通う', 'PERSON', 'NPO法人ともにネット／週3回', true),
 ('a7000000-0000-4000-8000-000000000116', 1, '職場体験に参加する', 'PERSON', 'ともにネット協力事業所（物流センター）', true),
 ('a7000000-0000-4000-8000-000000000116', 2, '月1回の面談で、通所の様子と困りごとを一緒に整理する', 'AGENCY', '月1回', false);

-- ■法に基づく事業等 (1 住居確保給付金 … 6 自立相談支援事業による就労支援)
insert into plan_service (plan_id, position, service_number, present, period_from, period_to, amount_per_month, use_status,
                          training_type, notes, application_attached, application_file) values
 ('a7000000-0000-4000-8000-000000000111', 0, 1, true, date_trunc('month', current_date + interval '1 month'), date_trunc('month', current_date + interval '4 months') - interval '1 day', 52000, 'PLANNED', null, '家賃5.2万円（上限額以内）', false, null),
 ('a7000000-0000-4000-8000-000000000111', 1, 3, true, current_date, current_date + interval '6 months', null, null, null, 'みどり野市社会福祉協議会', false, null),
 ('a7000000-0000-4000-8000-000000000111', 2, 6, true, current_date, current_date + interval '6 months', null, null, null, '就労支援員による求人開拓・面接練習', false, null),

 ('a7000000-0000-4000-8000-000000000112', 0, 4, true, current_date + 7, current_date + 7 + interval '6 months', null, null, null, 'NPO法人ともにネット', false, null),

 ('a7000000-0000-4000-8000-000000000113', 0, 1, true, current_date - 155, current_date - 155 + interval '3 months', 48000, 'APPLYING', null, '家賃4.8万円', true, '住居確保給付金支給申請書（木村浩二）.pdf'),
 ('a7000000-0000-4000-8000-000000000113', 1, 6, true, current_date - 158, current_date - 158 + interval '6 months', null, null, null, null, false, null),

 ('a7000000-0000-4000-8000-000000000123', 0, 1, true, current_date - 155 + interval '3 months', current_date - 155 + interval '6 months', 48000, 'RECEIVED', null, '支給期間の延長（3か月）', true, '住居確保給付金 期間延長申請書（木村浩二）.pdf'),
 ('a7000000-0000-4000-8000-000000000123', 1, 4, true, current_date - 58, current_date - 58 + interval '6 months', null, null, null, 'NPO法人ともにネット', false, null),
 ('a7000000-0000-4000-8000-000000000123', 2, 6, true, current_date - 68, current_date - 68 + interval '6 months', null, null, null, null, false, null),

 ('a7000000-0000-4000-8000-000000000114', 0, 3, true, current_date - 148, current_date - 148 + interval '6 months', null, null, null, 'みどり野市社会福祉協議会', false, null),
 ('a7000000-0000-4000-8000-000000000114', 1, 6, true, current_date - 158, current_date - 158 + interval '6 months', null, null, null, null, false, null),

 ('a7000000-0000-4000-8000-000000000115', 0, 3, true, current_date - 205, current_date - 205 + interval '6 months', null, null, null, 'みどり野市社会福祉協議会', false, null),

 ('a7000000-0000-4000-8000-000000000116', 0, 4, true, current_date - 148, current_date - 148 + interval '6 months', null, null, null, 'NPO法人ともにネット', false, null),
 ('a7000000-0000-4000-8000-000000000116', 1, 6, true, current_date - 179, current_date - 179 + interval '6 months', null, null, null, null, false, null);

-- Which cases each meeting heard (trigger), the outcome and the minutes.
insert into meeting_case (id, tenant_id, meeting_id, case_id, plan_id, closure_id, trigger, outcome, minutes) values
 (gen_random_uuid(), current_tenant(), 'a8000000-0000-4000-8000-000000000100', 'a2000000-0000-4000-8000-000000000115', 'a7000000-0000-4000-8000-000000000115', null, 'PLAN_CREATION', 'APPROVED',
  '家計相談支援事業と法テラスによる債務整理を並行して進める。社協より、返済額が確定してから家計表を組み直すとの説明あり。市より家計相談支援事業の支援決定を行う旨の発言あり。'),
 (gen_random_uuid(), current_tenant(), 'a8000000-0000-4000-8000-000000000101', 'a2000000-0000-4000-8000-000000000113', 'a7000000-0000-4000-8000-000000000113', null, 'PLAN_CREATION', 'APPROVED',
  '住居確保給付金の支給決定済み（申請書を添付）。ハローワークより、腰への負担が少ない求人（倉庫管理・配車係）の紹介が可能との情報提供あり。'),
 (gen_random_uuid(), current_tenant(), 'a8000000-0000-4000-8000-000000000101', 'a2000000-0000-4000-8000-000000000114', 'a7000000-0000-4000-8000-000000000114', null, 'PLAN_CREATION', 'APPROVED',
  '本人の希望する介護職での正社員就職を目標とする。ハローワーク マザーズコーナーで子育てと両立しやすい求人を紹介。夜間の子どもの預け先がないことを不足する社会資源として記録。'),
 (gen_random_uuid(), current_tenant(), 'a8000000-0000-4000-8000-000000000101', 'a2000000-0000-4000-8000-000000000116', 'a7000000-0000-4000-8000-000000000116', null, 'PLAN_CREATION', 'APPROVED',
  'ともにネットより、当面は週3回の通所で様子を見て、2か月後を目安に職場体験につなぐとの説明あり。欠席が続いた場合は早めに相談支援員へ連絡する。'),
 (gen_random_uuid(), current_tenant(), 'a8000000-0000-4000-8000-000000000102', 'a2000000-0000-4000-8000-000000000113', 'a7000000-0000-4000-8000-000000000123', null, 'REPLAN', 'APPROVED',
  '不採用が続き生活リズムも乱れてきたため、就労準備支援事業を加えた再プラン。住居確保給付金は3か月の延長が決定済み。ともにネットより受入れ可能との回答。'),
 (gen_random_uuid(), current_tenant(), 'a8000000-0000-4000-8000-000000000104', 'a2000000-0000-4000-8000-000000000112', 'a7000000-0000-4000-8000-000000000112', null, 'PLAN_CREATION', 'APPROVED',
  '本人の希望に沿った段階的なプラン。ともにネットより、通所の初めは午前のみとし、体調を見て日数を増やすとの説明あり。クリニックとの情報共有は本人同意済み。市（福祉総務課）より就労準備支援事業の支援決定の手続きを進めるとの発言あり。北原地区からの移動手段が課題。');

-- ⑧ 支援決定・確認, recorded by the municipal officer after the approving meeting (decided: services 3–5; 確認: the rest).
insert into plan_decision (id, tenant_id, case_id, plan_id, decided_services, confirmation, decided_on, recorded_by, recorded_at) values
 (gen_random_uuid(), current_tenant(), 'a2000000-0000-4000-8000-000000000115', 'a7000000-0000-4000-8000-000000000115', '3', true, current_date - 208, 'officer.midorino', now() - interval '208 days'),
 (gen_random_uuid(), current_tenant(), 'a2000000-0000-4000-8000-000000000113', 'a7000000-0000-4000-8000-000000000113', '', true, current_date - 150, 'officer.midorino', now() - interval '150 days'),
 (gen_random_uuid(), current_tenant(), 'a2000000-0000-4000-8000-000000000114', 'a7000000-0000-4000-8000-000000000114', '3', true, current_date - 150, 'officer.midorino', now() - interval '150 days'),
 (gen_random_uuid(), current_tenant(), 'a2000000-0000-4000-8000-000000000116', 'a7000000-0000-4000-8000-000000000116', '4', true, current_date - 150, 'officer.midorino', now() - interval '150 days'),
 (gen_random_uuid(), current_tenant(), 'a2000000-0000-4000-8000-000000000113', 'a7000000-0000-4000-8000-000000000123', '4', true, current_date - 60, 'officer.midorino', now() - interval '60 days');

-- 木村's 再プラン as it stood before its 修正 (revision 0): the JSON PlanService.snapshot writes
-- (keys in JSON-B's lexicographic order, nulls left out). The 修正 raised the programme to three days
-- a week and reworded the target; the statutory services stayed the same.
insert into plan_revision_history (id, tenant_id, plan_id, revision, snapshot, revised_at, revised_by)
select gen_random_uuid(), current_tenant(), p.id, 0, json_strip_nulls(json_build_object(
         'plan', json_build_object(
           'actions', (select json_agg(json_build_object('notes', case a.position when 0 then 'NPO法人ともにネット／週2回（農作業体験）' else a.notes end,
                                                         'statutory', a.statutory, 'what', a.what, 'who', a.who) order by a.position)
                         from plan_action a where a.plan_id = p.id),
           'appliedServicesSigned', p.applied_services_signed, 'consentDate', p.consent_date,
           'employmentPromotion', json_build_object('present', p.promotion_present, 'text', p.promotion_text),
           'endDate', p.end_date, 'issues', p.issues,
           'loan', json_build_object('present', p.loan_present, 'text', p.loan_text),
           'longTermGoal', p.long_term_goal,
           'nextMonitoring', date_trunc('month', (current_date - 70) + interval '1 month')::date,
           'planDate', p.plan_date, 'planTarget', '就労準備支援で生活リズムを整え、半年以内に就職する',
           'services', (select json_agg(json_build_object('amountPerMonth', s.amount_per_month, 'applicationAttached', s.application_attached,
                                                          'applicationFile', s.application_file, 'notes', s.notes, 'number', s.service_number,
                                                          'periodFrom', s.period_from, 'periodTo', s.period_to, 'present', s.present,
                                                          'trainingType', s.training_type, 'use', s.use_status) order by s.position)
                          from plan_service s where s.plan_id = p.id)),
         'planNumber', p.plan_number, 'revision', 0, 'status', 'IN_DELIVERY',
         'updatedAt', to_char((now() - interval '60 days') at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
         'updatedBy', 'officer.midorino'))::text,
       now() - interval '40 days', 'worker.midorino'
  from plan p where p.id = 'a7000000-0000-4000-8000-000000000123';

-- ⑩ モニタリング (each may move the plan's next monitoring month on)
insert into monitoring (id, tenant_id, case_id, plan_id, monitored_on, goal_progress, notes, next_monitoring, created_at, created_by) values
 (gen_random_uuid(), current_tenant(), 'a2000000-0000-4000-8000-000000000115', 'a7000000-0000-4000-8000-000000000115', current_date - 150,
  '法テラスの援助で任意整理が成立し、月の返済額が4.5万円から1.8万円に下がった。家計表を毎月つけている。', null, date_trunc('month', (current_date - 90)), now() - interval '150 days', 'worker.midorino'),
 (gen_random_uuid(), current_tenant(), 'a2000000-0000-4000-8000-000000000115', 'a7000000-0000-4000-8000-000000000115', current_date - 90,
  '住民税の分納を3回続けて予定どおり納付。家計は毎月わずかに黒字。', '本人から「そろそろ一人でやっていけそう」との話あり。次回、評価と終結を相談する。', date_trunc('month', (current_date - 90) + interval '1 month'), now() - interval '90 days', 'worker.midorino'),
 (gen_random_uuid(), current_tenant(), 'a2000000-0000-4000-8000-000000000113', 'a7000000-0000-4000-8000-000000000113', current_date - 100,
  '求職活動は続けているが、面接で緊張して話せず3社不採用。夜更かしが増え、朝起きられない日がある。',
  '就労準備支援事業の利用を本人と相談。再プランを検討する。', date_trunc('month', (current_date - 100) + interval '1 month'), now() - interval '100 days', 'worker.midorino'),
 (gen_random_uuid(), current_tenant(), 'a2000000-0000-4000-8000-000000000113', 'a7000000-0000-4000-8000-000000000123', current_date - 15,
  'ともにネットに週3回、遅刻なく通所。農作業体験で「体を動かすと調子がいい」と本人。面接練習では志望動機を自分の言葉で話せるようになった。',
  '住居確保給付金の延長分は来月で終わる。終了後の家賃の見通しを次回までに一緒に立てる。', date_trunc('month', current_date + interval '1 month'), now() - interval '15 days', 'worker.midorino'),
 (gen_random_uuid(), current_tenant(), 'a2000000-0000-4000-8000-000000000114', 'a7000000-0000-4000-8000-000000000114', current_date - 100,
  '介護職の求人に2社応募し、1社で面接。国民健康保険料の分納を開始。', null, date_trunc('month', (current_date - 100) + interval '2 months'), now() - interval '100 days', 'worker.midorino'),
 (gen_random_uuid(), current_tenant(), 'a2000000-0000-4000-8000-000000000114', 'a7000000-0000-4000-8000-000000000114', current_date - 45,
  '特別養護老人ホームに介護職員（正社員）として就職し、2か月が経過。家計の赤字は解消した。', '本人と評価の時期を相談。', date_trunc('month', current_date + interval '1 month'), now() - interval '45 days', 'worker.midorino'),
 (gen_random_uuid(), current_tenant(), 'a2000000-0000-4000-8000-000000000116', 'a7000000-0000-4000-8000-000000000116', current_date - 120,
  '最初の1か月は週3回通所できていたが、先月後半から欠席が続いている。', '電話に出ないことが増えた。次回の面談で体調と生活の様子を確認する。', date_trunc('month', (current_date - 120) + interval '1 month'), now() - interval '120 days', 'worker.midorino');

-- 評価シート (improvements: checklist codes, comma-separated in sorted order as CodeListConverter writes them)
insert into evaluation (id, tenant_id, case_id, plan_id, evaluated_on, person_attainment, worker_attainment, person_comment,
                        worker_comment, improvements, next_policy, created_at, created_by) values
 (gen_random_uuid(), current_tenant(), 'a2000000-0000-4000-8000-000000000115', 'a7000000-0000-4000-8000-000000000115', current_date - 45, 'ACHIEVED', 'ACHIEVED',
  '借金の返済が楽になり、督促の電話も来なくなった。夜眠れるようになった。',
  '任意整理と住民税の分納により、年金とアルバイト収入の範囲で生活できるようになった。家計表も自分でつけられている。',
  'budgetImproved,debtReduced,mentalStability', '終結とし、3か月ごとに電話で家計の様子を確認する。', now() - interval '45 days', 'worker.midorino'),
 (gen_random_uuid(), current_tenant(), 'a2000000-0000-4000-8000-000000000114', 'a7000000-0000-4000-8000-000000000114', current_date - 14, 'ACHIEVED', 'ACHIEVED',
  '正社員になれて、息子に「大学に行っていいよ」と言えた。',
  '介護職員として正社員就職し3か月が経過、職場にも定着している。家計の赤字は解消し、国民健康保険料の滞納も分納で完済の見込み。',
  'budgetImproved,employmentStarted,incomeIncreased,motivationImproved', '終結。長男の進学時に教育支援資金の相談ができるよう、半年間は電話でフォローする。', now() - interval '14 days', 'worker.midorino');

-- ⑬ 終結・中断: proposed, heard by a meeting (reported_on = its date), then confirmed with the follow-up.
insert into closure (id, tenant_id, case_id, plan_id, kind, wish_confirmed, wish_text, reason, status, proposed_on, proposed_by,
                     reported_on, meeting_id, confirmed_on, confirmed_by, follow_up, follow_up_until, version, created_at) values
 ('aa000000-0000-4000-8000-000000000115', current_tenant(), 'a2000000-0000-4000-8000-000000000115', 'a7000000-0000-4000-8000-000000000115', 'TERMINATION', true,
  '「もう一人でやっていけるので、相談は一区切りにしたい」と本人。',
  '債務整理と住民税の分納により家計が安定し、プランの目標を達成したため。', 'CONFIRMED', current_date - 40, 'worker.midorino',
  (select held_on from meeting where id = 'a8000000-0000-4000-8000-000000000103'), 'a8000000-0000-4000-8000-000000000103',
  current_date - 30, 'worker.midorino', 'FOLLOW_UP', current_date + 60, 3, now() - interval '40 days'),
 ('aa000000-0000-4000-8000-000000000116', current_tenant(), 'a2000000-0000-4000-8000-000000000116', 'a7000000-0000-4000-8000-000000000116', 'SUSPENSION', false,
  '転居先が分からず連絡が取れないため、本人の意思は確認できていない。',
  '転居先不明・連絡途絶（3か月間、電話・訪問・手紙のいずれにも応答がなく、緊急連絡先の父とも連絡がつかない）。', 'CONFIRMED', current_date - 40, 'worker.midorino',
  (select held_on from meeting where id = 'a8000000-0000-4000-8000-000000000103'), 'a8000000-0000-4000-8000-000000000103',
  current_date - 31, 'worker.midorino', 'NONE', null, 3, now() - interval '40 days'),
 ('aa000000-0000-4000-8000-000000000114', current_tenant(), 'a2000000-0000-4000-8000-000000000114', 'a7000000-0000-4000-8000-000000000114', 'TERMINATION', true,
  '「仕事が決まり家計も回るようになったので、相談は一区切りにしたい。困ったらまた来ます」と本人。',
  '介護職員として正社員就職（3か月経過）。家計の赤字が解消し、プランの目標を達成したため。', 'REPORTED', current_date - 12, 'worker.midorino',
  (select held_on from meeting where id = 'a8000000-0000-4000-8000-000000000104'), 'a8000000-0000-4000-8000-000000000104',
  null, null, null, null, 2, now() - interval '12 days');

insert into meeting_case (id, tenant_id, meeting_id, case_id, plan_id, closure_id, trigger, outcome, minutes) values
 (gen_random_uuid(), current_tenant(), 'a8000000-0000-4000-8000-000000000103', 'a2000000-0000-4000-8000-000000000115', null, 'aa000000-0000-4000-8000-000000000115', 'TERMINATION', 'APPROVED',
  '目標達成による終結を確認。社協より、家計表は本人が継続できているとの報告。終結後3か月ごとに電話でフォローする。'),
 (gen_random_uuid(), current_tenant(), 'a8000000-0000-4000-8000-000000000103', 'a2000000-0000-4000-8000-000000000116', null, 'aa000000-0000-4000-8000-000000000116', 'SUSPENSION', 'APPROVED',
  '連絡途絶までの経過（訪問2回、手紙、緊急連絡先への連絡）を確認し、中断を了承。本人から連絡があれば速やかに支援を再開する。ハローワークでも来所時に声をかける。'),
 (gen_random_uuid(), current_tenant(), 'a8000000-0000-4000-8000-000000000104', 'a2000000-0000-4000-8000-000000000114', null, 'aa000000-0000-4000-8000-000000000114', 'TERMINATION', 'APPROVED',
  '目標達成による終結を了承。長男の進学時に教育支援資金の相談が必要になる可能性があるため、終結後も半年間は電話でフォローすることを確認。');

-- 約束 (promises): open ones show on the worker's list and set the case's next due date.
insert into case_promise (id, tenant_id, case_id, kind, description, owner, due_at, done_at, outcome, version, created_at, created_by) values
 (gen_random_uuid(), current_tenant(), 'a2000000-0000-4000-8000-000000000111', 'APPOINTMENT', 'プランの読み合わせと署名（住居確保給付金の申請書類も持参）', 'worker.midorino',
  (current_date + 2 + time '14:00') at time zone 'Asia/Tokyo', null, null, 1, now() - interval '2 days', 'worker.midorino'),
 (gen_random_uuid(), current_tenant(), 'a2000000-0000-4000-8000-000000000111', 'CALL_BACK', '管理会社に滞納家賃の分割払いの可否を確認し、本人に折り返す', 'worker.midorino',
  (current_date + 1 + time '12:00') at time zone 'Asia/Tokyo', null, null, 1, now() - interval '2 days', 'worker.midorino'),
 (gen_random_uuid(), current_tenant(), 'a2000000-0000-4000-8000-000000000112', 'CALL_BACK', '支援決定が出たら本人と母に電話し、通所開始日を伝える', 'worker.midorino',
  (current_date + 5 + time '17:00') at time zone 'Asia/Tokyo', null, null, 1, now() - interval '3 days', 'worker.midorino'),
 (gen_random_uuid(), current_tenant(), 'a2000000-0000-4000-8000-000000000113', 'APPOINTMENT', 'モニタリング面談', 'worker.midorino',
  (current_date - 15 + time '10:00') at time zone 'Asia/Tokyo', now() - interval '15 days', 'KEPT', 2, now() - interval '30 days', 'worker.midorino'),
 (gen_random_uuid(), current_tenant(), 'a2000000-0000-4000-8000-000000000113', 'APPOINTMENT', 'ハローワークへ同行（倉庫管理の求人に応募）', 'worker.midorino',
  (current_date + 4 + time '10:00') at time zone 'Asia/Tokyo', null, null, 1, now() - interval '15 days', 'worker.midorino'),
 (gen_random_uuid(), current_tenant(), 'a2000000-0000-4000-8000-000000000113', 'DOCUMENT', '住居確保給付金の終了後の家賃支払い計画（家計表）を本人と作る', 'worker.midorino',
  (current_date + 10 + time '17:00') at time zone 'Asia/Tokyo', null, null, 1, now() - interval '15 days', 'worker.midorino'),
 (gen_random_uuid(), current_tenant(), 'a2000000-0000-4000-8000-000000000114', 'APPOINTMENT', '評価の面談', 'worker.midorino',
  (current_date - 14 + time '18:30') at time zone 'Asia/Tokyo', now() - interval '14 days', 'KEPT', 2, now() - interval '20 days', 'worker.midorino'),
 (gen_random_uuid(), current_tenant(), 'a2000000-0000-4000-8000-000000000115', 'CALL_BACK', 'フォローの電話（家計と分納の様子を確認）', 'worker.midorino',
  (current_date + 30 + time '15:00') at time zone 'Asia/Tokyo', null, null, 1, now() - interval '30 days', 'worker.midorino'),
 (gen_random_uuid(), current_tenant(), 'a2000000-0000-4000-8000-000000000116', 'APPOINTMENT', '面談（通所の再開について）', 'worker.midorino',
  (current_date - 110 + time '13:30') at time zone 'Asia/Tokyo', now() - interval '110 days', 'MISSED', 2, now() - interval '118 days', 'worker.midorino'),
 (gen_random_uuid(), current_tenant(), 'a2000000-0000-4000-8000-000000000116', 'APPOINTMENT', '面談（体調と生活の様子の確認）', 'worker.midorino',
  (current_date - 95 + time '13:30') at time zone 'Asia/Tokyo', now() - interval '95 days', 'MISSED', 2, now() - interval '105 days', 'worker.midorino');

insert into progress_note (id, tenant_id, case_id, occurred_at, means, staff, counterpart, body, created_at, created_by)
select gen_random_uuid(), current_tenant(), v.case_id::uuid, now() - v.days * interval '1 day', v.means, 'worker.midorino', v.counterpart, v.body,
       now() - v.days * interval '1 day', 'worker.midorino'
  from (values
 ('a2000000-0000-4000-8000-000000000111', 38, 'OFFICE', '本人', '初回面談。3月末で工場閉鎖により離職。失業手当は先月で終了。家賃5.2万円を1か月滞納、カードローン残高約60万円。住居確保給付金と家計相談について説明。'),
 ('a2000000-0000-4000-8000-000000000111', 30, 'OFFICE', '本人', 'アセスメント2回目。家計表を一緒に作成。弟が家賃の一部を一時的に貸してくれるとのこと。フォークリフトの資格を活かしたい希望。'),
 ('a2000000-0000-4000-8000-000000000111', 2, 'OFFICE', '本人', 'プラン案を本人と一緒に作成。目標は本人の言葉で「3か月以内に仕事を決めて、家賃の滞納をなくす」。署名は書類がそろう次回に。'),
 ('a2000000-0000-4000-8000-000000000112', 50, 'OFFICE', '本人・母', '初回面談。母親と来所。本人は小さな声だが自分の言葉で話せた。通院は続けている。'),
 ('a2000000-0000-4000-8000-000000000112', 35, 'VISIT', '本人・母', '自宅訪問。本人の部屋でパソコンの話題。ともにネットの見学に行ってみたいとのこと。'),
 ('a2000000-0000-4000-8000-000000000112', 20, 'ACCOMPANY', '本人・ともにネット', 'ともにネットの見学に同行。午前のプログラムなら参加できそうと本人。'),
 ('a2000000-0000-4000-8000-000000000112', 14, 'OFFICE', '本人・母', 'プランを一緒に作成。就労準備支援事業の利用申込みについて説明し、2日後に署名。'),
 ('a2000000-0000-4000-8000-000000000112', 3, 'MEETING', '支援調整会議', '定例の支援調整会議でプランが了承された。市の支援決定を待って通所開始の予定。'),
 ('a2000000-0000-4000-8000-000000000113', 170, 'OFFICE', '本人', '初回面談。腰痛で退職、家賃を2か月滞納。大家から退去の話が出ている。住居確保給付金の申請を支援。'),
 ('a2000000-0000-4000-8000-000000000113', 100, 'OFFICE', '本人', 'モニタリング。不採用が続き自信をなくしている。就労準備支援事業の利用を提案し、本人も前向き。'),
 ('a2000000-0000-4000-8000-000000000113', 70, 'OFFICE', '本人', '再プランを作成。就労準備支援事業（ともにネット）を追加、住居確保給付金は延長申請。'),
 ('a2000000-0000-4000-8000-000000000113', 40, 'PHONE', '本人', '通所が安定してきたため、本人の希望でプログラムを週3回に増やす（プランを修正）。'),
 ('a2000000-0000-4000-8000-000000000113', 15, 'OFFICE', '本人', 'モニタリング面談。倉庫管理の求人に関心あり。次回ハローワークへ同行することに。'),
 ('a2000000-0000-4000-8000-000000000114', 200, 'OFFICE', '本人', '初回面談。長男と二人暮らし。パート収入では毎月2万円ほど赤字。介護の仕事に就きたい希望。'),
 ('a2000000-0000-4000-8000-000000000114', 110, 'ACCOMPANY', '本人・ハローワーク', 'マザーズコーナーに同行し、特別養護老人ホームの求人に応募。'),
 ('a2000000-0000-4000-8000-000000000114', 14, 'OFFICE', '本人', '評価の面談。本人・支援員とも目標達成と評価。本人から終結の希望があり、次回の支援調整会議に報告する。'),
 ('a2000000-0000-4000-8000-000000000115', 230, 'OFFICE', '本人', '初回面談。リボ払い残高約145万円、住民税の滞納あり。督促状を持参。'),
 ('a2000000-0000-4000-8000-000000000115', 30, 'PHONE', '本人', '終結を伝え、3か月ごとにフォローの電話をすることで合意。'),
 ('a2000000-0000-4000-8000-000000000116', 190, 'OFFICE', '本人', 'ハローワークからの紹介で来所。派遣の仕事が3か月以上続いたことがない。'),
 ('a2000000-0000-4000-8000-000000000116', 90, 'VISIT', '管理会社', '自宅訪問。郵便受けに郵便物がたまっていた。管理会社によると先月末に退去済み、転居先は不明。'),
 ('a2000000-0000-4000-8000-000000000116', 60, 'PHONE', '緊急連絡先（父）', '本人の携帯電話は使われていない。緊急連絡先の父にも電話がつながらず、手紙を送付。'),
 ('a2000000-0000-4000-8000-000000000116', 31, 'OFFICE', '—', '支援調整会議の了承を受け、中断を確定。本人から連絡があれば支援を再開する。')
  ) v(case_id, days, means, counterpart, body);

-- Derived rows, as the application keeps them: the intake assignment, the year's case counter and
-- each case's next due date (the earliest of open referrals, open promises and the monitoring month).
insert into case_assignment (case_id, from_worker, to_worker, at, by_actor)
select id, null, worker, created_at, received_by from support_case c
 where c.id::text like 'a2000000-0000-4000-8000-0000000001%'
   and not exists (select 1 from case_assignment a where a.case_id = c.id);

insert into case_counter (year, last)
select cast(split_part(case_number, '-', 1) as integer), max(cast(split_part(case_number, '-', 2) as integer))
  from support_case group by 1
on conflict (tenant_id, year) do update set last = greatest(case_counter.last, excluded.last);

update support_case c set next_due = (select min(d) from case_due_dates(c.id) d)
 where c.id::text like 'a2000000-0000-4000-8000-0000000001%';
