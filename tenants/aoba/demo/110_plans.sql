-- Demo casework of あおば市 after the assessment (fictional people), dated relative to today. Loaded
-- once in demo mode, after 100_cases.sql; new people only, case numbers from the tenant's counter
-- (see tenants/midorino/demo/110_plans.sql for why).
--   藤田 直美  IN_SUPPORT  家計相談支援事業 decided, in delivery, monitored, promises open
--   後藤 悟    TERMINATED  住居確保給付金 and job search; evaluated, 終結 heard and confirmed, follow-up
--   岡本 千尋  PLANNING    plan signed (認定就労訓練事業), on the agenda of the next meeting (AWAITING_MEETING)
-- The realm has no municipal officer of あおば市 yet, so the decisions name its tenant admin.
-- Row ids: clients b1…0111–0113, cases b2…0111–0113, plans b7…, meetings b8…, closures ba….

create or replace function pg_temp.weekday(d date) returns date language sql immutable
    as $$ select d - case extract(isodow from d)::int when 6 then 1 when 7 then 2 else 0 end $$;

insert into client (id, tenant_id, family_name, given_name, family_kana, given_kana, sex, birth_date, address, phone_mobile,
                    version, created_at, updated_at) values
 ('b1000000-0000-4000-8000-000000000111', current_tenant(), '藤田', '直美', 'ふじた', 'なおみ', 'FEMALE', '1986-07-21', 'あおば市若葉町5-1-8 若葉ハイツ102', '090-7890-1221', 1, now() - interval '75 days', now() - interval '75 days'),
 ('b1000000-0000-4000-8000-000000000112', current_tenant(), '後藤', '悟', 'ごとう', 'さとる', 'MALE', '1971-02-14', 'あおば市青葉台2-4-6 青葉台コーポ203', '080-8901-2322', 1, now() - interval '140 days', now() - interval '140 days'),
 ('b1000000-0000-4000-8000-000000000113', current_tenant(), '岡本', '千尋', 'おかもと', 'ちひろ', 'FEMALE', '1990-04-02', 'あおば市緑ヶ丘3-8-15', '070-9012-3423', 1, now() - interval '30 days', now() - interval '30 days');

insert into support_case (id, tenant_id, case_number, client_id, status, worker, received_on, received_by, visitor_kind,
                          problem_areas, main_problem, complaint, wishes, poverty_related, screening, version, created_at, updated_at)
select v.id, current_tenant(),
       to_char(v.received_on, 'YYYY') || '-' || lpad((coalesce(k.last, 0) + row_number() over (
           partition by extract(year from v.received_on) order by v.received_on, v.id))::text, 4, '0'),
       v.client_id, v.status, 'worker.aoba', v.received_on, 'worker.aoba', 'SELF', v.areas, v.main, v.complaint, v.wishes, true,
       'PLAN', v.version, now() - (current_date - v.received_on) * interval '1 day', now() - v.updated_days * interval '1 day'
  from (values
 ('b2000000-0000-4000-8000-000000000111'::uuid, 'b1000000-0000-4000-8000-000000000111'::uuid, 'IN_SUPPORT', current_date - 75,
  'CHILDCARE,DEBT,INCOME', 'DEBT', '離婚後、子ども2人とパートの収入で暮らしている。カードの借入れの返済が終わらず、毎月赤字になる。',
  '家計を立て直して、子どもに我慢させない暮らしをしたい。', 4, 42),
 ('b2000000-0000-4000-8000-000000000112', 'b1000000-0000-4000-8000-000000000112', 'TERMINATED', current_date - 140,
  'HOUSING,INCOME,JOB_SEARCH,RENT_LOANS', 'RENT_LOANS', '勤めていた印刷会社が倒産した。家賃が払えなくなりそうで、住まいを失うのが不安。',
  '住まいを守りながら、早く次の仕事を見つけたい。', 5, 7),
 ('b2000000-0000-4000-8000-000000000113', 'b1000000-0000-4000-8000-000000000113', 'PLANNING', current_date - 30,
  'HEALTH,INCOME,JOB_SEARCH', 'JOB_SEARCH', '適応障害で前の職場を休職し、そのまま退職した。いきなりフルタイムで働く自信がない。',
  '体調に合わせて、少しずつ働くことに慣れたい。', 3, 4)
  ) v(id, client_id, status, received_on, areas, main, complaint, wishes, version, updated_days)
  left join case_counter k on k.year = extract(year from v.received_on)::int;

insert into consent (id, tenant_id, case_id, agencies, purposes, given_on, method, explained_by, recorded_by, recorded_at, version) values
 (gen_random_uuid(), current_tenant(), 'b2000000-0000-4000-8000-000000000111', 'aoba-shakyo', 'INFORMATION_SHARING,PLAN', current_date - 75, 'PAPER', '葉山 さくら', 'worker.aoba', now() - interval '75 days', 1),
 (gen_random_uuid(), current_tenant(), 'b2000000-0000-4000-8000-000000000112', 'hellowork-aoba', 'INFORMATION_SHARING,PLAN', current_date - 140, 'PAPER', '葉山 さくら', 'worker.aoba', now() - interval '140 days', 1),
 (gen_random_uuid(), current_tenant(), 'b2000000-0000-4000-8000-000000000113', 'hellowork-aoba,tomoni-net', 'INFORMATION_SHARING,PLAN', current_date - 30, 'PAPER', '葉山 さくら', 'worker.aoba', now() - interval '30 days', 1);

-- アセスメント: the ※ items as option keys of assessment-h27.txt, and a few more
insert into assessment_answer (tenant_id, case_id, item_key, value, form_id, version, updated_at, updated_by)
select current_tenant(), v.case_id::uuid, v.item_key, v.value, 'H27', 1, now() - v.days * interval '1 day', 'worker.aoba'
  from (values
 ('b2000000-0000-4000-8000-000000000111', 'route.path', 'self', 75),
 ('b2000000-0000-4000-8000-000000000111', 'household.size', '3', 75),
 ('b2000000-0000-4000-8000-000000000111', 'household.members', '長女（9歳・小学4年）、長男（6歳・小学1年）と三人暮らし。', 75),
 ('b2000000-0000-4000-8000-000000000111', 'housing.type', 'rented', 75),
 ('b2000000-0000-4000-8000-000000000111', 'housing.rent', '61000', 75),
 ('b2000000-0000-4000-8000-000000000111', 'health.status', 'good', 75),
 ('b2000000-0000-4000-8000-000000000111', 'work.status', 'nonRegular', 75),
 ('b2000000-0000-4000-8000-000000000111', 'income.sources', 'earnings,childAllowance', 75),
 ('b2000000-0000-4000-8000-000000000111', 'income.monthly', '186000', 75),
 ('b2000000-0000-4000-8000-000000000111', 'debt.hasDebt', 'yes', 75),
 ('b2000000-0000-4000-8000-000000000111', 'debt.total', '820000', 70),
 ('b2000000-0000-4000-8000-000000000111', 'debt.arrears', 'utilities', 70),
 ('b2000000-0000-4000-8000-000000000111', 'issues.factors', 'financialHardship,multipleDebt,budgeting,singleParent,childRearing', 70),
 ('b2000000-0000-4000-8000-000000000111', 'issues.summary', '収入は安定しているが、借入れの返済と使途不明の支出で毎月赤字。家計の見える化から始める。', 70),
 ('b2000000-0000-4000-8000-000000000111', 'screening.result', 'plan', 75),
 ('b2000000-0000-4000-8000-000000000111', 'screening.employmentSupportTarget', 'no', 70),

 ('b2000000-0000-4000-8000-000000000112', 'route.path', 'self', 140),
 ('b2000000-0000-4000-8000-000000000112', 'household.size', '1', 140),
 ('b2000000-0000-4000-8000-000000000112', 'household.livingAlone', 'yes', 140),
 ('b2000000-0000-4000-8000-000000000112', 'housing.type', 'rented', 140),
 ('b2000000-0000-4000-8000-000000000112', 'housing.rent', '45000', 140),
 ('b2000000-0000-4000-8000-000000000112', 'housing.atRisk', 'yes', 140),
 ('b2000000-0000-4000-8000-000000000112', 'health.status', 'good', 140),
 ('b2000000-0000-4000-8000-000000000112', 'work.status', 'unemployed', 140),
 ('b2000000-0000-4000-8000-000000000112', 'work.history', '印刷会社で25年間、オフセット印刷機のオペレーター。会社の倒産で離職。', 135),
 ('b2000000-0000-4000-8000-000000000112', 'income.sources', 'unemploymentBenefit', 140),
 ('b2000000-0000-4000-8000-000000000112', 'issues.factors', 'unstableHousing,financialHardship,jobSearch', 135),
 ('b2000000-0000-4000-8000-000000000112', 'screening.result', 'plan', 140),
 ('b2000000-0000-4000-8000-000000000112', 'screening.employmentSupportTarget', 'yes', 135),

 ('b2000000-0000-4000-8000-000000000113', 'route.path', 'agencyReferral', 30),
 ('b2000000-0000-4000-8000-000000000113', 'route.referringAgency', 'ハローワークあおば', 30),
 ('b2000000-0000-4000-8000-000000000113', 'household.size', '1', 30),
 ('b2000000-0000-4000-8000-000000000113', 'housing.type', 'rented', 30),
 ('b2000000-0000-4000-8000-000000000113', 'health.status', 'underTreatment', 30),
 ('b2000000-0000-4000-8000-000000000113', 'health.notes', '適応障害で心療内科に月2回通院中。主治医は短時間からの就労に賛成。', 20),
 ('b2000000-0000-4000-8000-000000000113', 'work.status', 'unemployed', 30),
 ('b2000000-0000-4000-8000-000000000113', 'income.sources', 'unemploymentBenefit', 30),
 ('b2000000-0000-4000-8000-000000000113', 'issues.factors', 'otherMentalHealth,jobSearch', 20),
 ('b2000000-0000-4000-8000-000000000113', 'screening.result', 'plan', 30),
 ('b2000000-0000-4000-8000-000000000113', 'screening.employmentSupportTarget', 'yes', 20)
  ) v(case_id, item_key, value, days);

insert into assessment_change (id, tenant_id, case_id, item_key, form_id, old_value, new_value, changed_at, changed_by)
select gen_random_uuid(), tenant_id, case_id, item_key, form_id, null, value, updated_at, updated_by
  from assessment_answer where case_id::text like 'b2000000-0000-4000-8000-0000000001%';

insert into strength (id, tenant_id, case_id, kind, text, created_at, created_by) values
 (gen_random_uuid(), current_tenant(), 'b2000000-0000-4000-8000-000000000111', 'ABILITY', '同じ職場で6年間パートを続けている。', now() - interval '70 days', 'worker.aoba'),
 (gen_random_uuid(), current_tenant(), 'b2000000-0000-4000-8000-000000000111', 'SUPPORTER', '近所に住む姉が子どもの送り迎えを手伝ってくれる。', now() - interval '70 days', 'worker.aoba'),
 (gen_random_uuid(), current_tenant(), 'b2000000-0000-4000-8000-000000000112', 'ABILITY', '印刷機の操作と保守の技術。フォークリフトの資格もある。', now() - interval '135 days', 'worker.aoba'),
 (gen_random_uuid(), current_tenant(), 'b2000000-0000-4000-8000-000000000113', 'ABILITY', '几帳面で、データ入力や書類整理が得意。', now() - interval '20 days', 'worker.aoba');

-- 支援調整会議 (定例). The next one is scheduled, with 岡本 on its agenda.
insert into meeting (id, tenant_id, kind, held_on, place, status, version, created_at, created_by, updated_at, updated_by) values
 ('b8000000-0000-4000-8000-000000000101', current_tenant(), 'REGULAR', pg_temp.weekday(current_date - 118), 'あおば市役所 402会議室', 'HELD', 2, now() - interval '130 days', 'worker.aoba', now() - interval '118 days', 'worker.aoba'),
 ('b8000000-0000-4000-8000-000000000102', current_tenant(), 'REGULAR', pg_temp.weekday(current_date - 45), 'あおば市役所 402会議室', 'HELD', 2, now() - interval '60 days', 'worker.aoba', now() - interval '45 days', 'worker.aoba'),
 ('b8000000-0000-4000-8000-000000000103', current_tenant(), 'REGULAR', pg_temp.weekday(current_date - 12), 'あおば市役所 402会議室', 'HELD', 2, now() - interval '25 days', 'worker.aoba', now() - interval '12 days', 'worker.aoba'),
 ('b8000000-0000-4000-8000-000000000104', current_tenant(), 'REGULAR', pg_temp.weekday(current_date + 16), 'あおば市役所 402会議室', 'SCHEDULED', 2, now() - interval '10 days', 'worker.aoba', now() - interval '4 days', 'worker.aoba');

insert into meeting_attendee (meeting_id, position, name, organization, municipal)
select m.id::uuid, a.position, a.name, a.organization, a.municipal
  from (values ('b8000000-0000-4000-8000-000000000101'), ('b8000000-0000-4000-8000-000000000102'),
               ('b8000000-0000-4000-8000-000000000103'), ('b8000000-0000-4000-8000-000000000104')) m(id)
 cross join (values
   (0, '村上 浩', 'あおば市 生活支援課', true),
   (1, '葉山 さくら', 'あおば市自立相談支援センター（相談支援員）', false),
   (2, '西田 剛', 'ハローワークあおば', false),
   (3, '大野 和美', 'あおば市社会福祉協議会（家計相談支援員）', false)) a(position, name, organization, municipal);

insert into meeting_missing_resource (meeting_id, position, text) values
 ('b8000000-0000-4000-8000-000000000102', 0, 'ひとり親が平日夜や土曜に家計相談を受けられる窓口がない。'),
 ('b8000000-0000-4000-8000-000000000103', 0, '市内に認定就労訓練事業所が1か所しかなく、事務系の訓練先がない。');

insert into plan (id, tenant_id, case_id, plan_number, revision, plan_date, author, issues, long_term_goal, plan_target,
                  end_date, next_monitoring, consent_date, applied_services_signed, loan_present, loan_text,
                  promotion_present, promotion_text, status, version, created_at, created_by, updated_at, updated_by) values
 ('b7000000-0000-4000-8000-000000000111', current_tenant(), 'b2000000-0000-4000-8000-000000000111', 1, 0, current_date - 55, 'worker.aoba',
  E'・カードの借入れ約82万円の返済で毎月1.5万円ほど赤字\n・電気代を2か月滞納している\n・支出の内訳が把握できていない',
  '子どもとの暮らしにゆとりを持つ', '半年で毎月の赤字をなくし、滞納している電気代を払い終える',
  (current_date - 55) + interval '6 months', date_trunc('month', current_date + interval '1 month'), current_date - 53, true, false, null, false, null,
  'IN_DELIVERY', 4, now() - interval '55 days', 'worker.aoba', now() - interval '10 days', 'worker.aoba'),
 ('b7000000-0000-4000-8000-000000000112', current_tenant(), 'b2000000-0000-4000-8000-000000000112', 1, 0, current_date - 125, 'worker.aoba',
  E'・会社の倒産で収入が雇用保険のみになり、家賃の支払いが続けられない\n・50代での再就職に不安がある',
  '安定した仕事に就き、今の住まいで暮らし続ける', '住居確保給付金を受けている3か月の間に再就職する',
  (current_date - 125) + interval '4 months', date_trunc('month', (current_date - 80) + interval '1 month'), current_date - 124, false, false, null, false, null,
  'CLOSED', 5, now() - interval '125 days', 'worker.aoba', now() - interval '7 days', 'worker.aoba'),
 ('b7000000-0000-4000-8000-000000000113', current_tenant(), 'b2000000-0000-4000-8000-000000000113', 1, 0, current_date - 6, 'worker.aoba',
  E'・フルタイムで働くことに強い不安がある\n・雇用保険の給付があと2か月で終わる',
  '体調と両立しながら事務の仕事で働く', '認定就労訓練（非雇用型）で週3日・1日4時間の作業に3か月通う',
  (current_date - 6) + interval '6 months', date_trunc('month', current_date + interval '2 months'), current_date - 4, true, false, null, false, null,
  'AWAITING_MEETING', 2, now() - interval '6 days', 'worker.aoba', now() - interval '4 days', 'worker.aoba');

insert into plan_action (plan_id, position, what, who, notes, statutory) values
 ('b7000000-0000-4000-8000-000000000111', 0, '家計表をつけ、毎月の支出を一緒に見直す', 'OTHER_ORG', 'あおば市社会福祉協議会（家計相談支援事業）／月1回', true),
 ('b7000000-0000-4000-8000-000000000111', 1, '電気料金の分割払いを電力会社に相談する', 'PERSON', '相談支援員が同席', false),
 ('b7000000-0000-4000-8000-000000000111', 2, '児童扶養手当の現況届を期限内に出す', 'PERSON', '8月', false),
 ('b7000000-0000-4000-8000-000000000111', 3, '子どもの送り迎えを手伝う', 'FAMILY', '姉／平日の夕方', false),

 ('b7000000-0000-4000-8000-000000000112', 0, '住居確保給付金を受給し、家賃を支払う', 'PERSON', '3か月', true),
 ('b7000000-0000-4000-8000-000000000112', 1, '印刷・製造業の求人に応募する', 'PERSON', 'ハローワークあおば／週2回', false),
 ('b7000000-0000-4000-8000-000000000112', 2, '求人開拓と面接練習', 'AGENCY', '就労支援員／週1回', true),

 ('b7000000-0000-4000-8000-000000000113', 0, '認定就労訓練事業所でデータ入力の訓練を受ける', 'PERSON', 'NPO法人ともにネット 事務センター／週3日・1日4時間', true),
 ('b7000000-0000-4000-8000-000000000113', 1, '心療内科への通院を続ける', 'PERSON', '月2回', false),
 ('b7000000-0000-4000-8000-000000000113', 2, '訓練の様子を一緒に振り返る', 'AGENCY', '月1回', false);

insert into plan_service (plan_id, position, service_number, present, period_from, period_to, amount_per_month, use_status,
                          training_type, notes, application_attached, application_file) values
 ('b7000000-0000-4000-8000-000000000111', 0, 3, true, current_date - 40, current_date - 40 + interval '6 months', null, null, null, 'あおば市社会福祉協議会', false, null),
 ('b7000000-0000-4000-8000-000000000112', 0, 1, true, current_date - 120, current_date - 120 + interval '3 months', 45000, 'APPLYING', null, '家賃4.5万円', true, '住居確保給付金支給申請書（後藤悟）.pdf'),
 ('b7000000-0000-4000-8000-000000000112', 1, 6, true, current_date - 124, current_date - 124 + interval '4 months', null, null, null, null, false, null),
 ('b7000000-0000-4000-8000-000000000113', 0, 5, true, date_trunc('month', current_date + interval '1 month'), date_trunc('month', current_date + interval '4 months') - interval '1 day', null, null, 'NON_EMPLOYED', 'NPO法人ともにネット 事務センター', false, null);

insert into meeting_case (id, tenant_id, meeting_id, case_id, plan_id, closure_id, trigger, outcome, minutes) values
 (gen_random_uuid(), current_tenant(), 'b8000000-0000-4000-8000-000000000101', 'b2000000-0000-4000-8000-000000000112', 'b7000000-0000-4000-8000-000000000112', null, 'PLAN_CREATION', 'APPROVED',
  '住居確保給付金は申請済み（申請書を添付）。ハローワークより、印刷機オペレーター経験を活かせる製造業の求人が複数あるとの情報提供。'),
 (gen_random_uuid(), current_tenant(), 'b8000000-0000-4000-8000-000000000102', 'b2000000-0000-4000-8000-000000000111', 'b7000000-0000-4000-8000-000000000111', null, 'PLAN_CREATION', 'APPROVED',
  '社協の家計相談支援事業を中心としたプラン。平日夜の相談が難しいため、面談は昼休みの時間帯に設定する。夜間・土曜の相談窓口がないことを不足する社会資源として記録。'),
 (gen_random_uuid(), current_tenant(), 'b8000000-0000-4000-8000-000000000104', 'b2000000-0000-4000-8000-000000000113', 'b7000000-0000-4000-8000-000000000113', null, 'PLAN_CREATION', null, null);

insert into plan_decision (id, tenant_id, case_id, plan_id, decided_services, confirmation, decided_on, recorded_by, recorded_at) values
 (gen_random_uuid(), current_tenant(), 'b2000000-0000-4000-8000-000000000112', 'b7000000-0000-4000-8000-000000000112', '', true, current_date - 115, 'admin.aoba', now() - interval '115 days'),
 (gen_random_uuid(), current_tenant(), 'b2000000-0000-4000-8000-000000000111', 'b7000000-0000-4000-8000-000000000111', '3', true, current_date - 42, 'admin.aoba', now() - interval '42 days');

insert into monitoring (id, tenant_id, case_id, plan_id, monitored_on, goal_progress, notes, next_monitoring, created_at, created_by) values
 (gen_random_uuid(), current_tenant(), 'b2000000-0000-4000-8000-000000000112', 'b7000000-0000-4000-8000-000000000112', current_date - 80,
  '2社で面接を受け、1社は二次面接へ。住居確保給付金は予定どおり支給されている。', null, date_trunc('month', (current_date - 80) + interval '1 month'), now() - interval '80 days', 'worker.aoba'),
 (gen_random_uuid(), current_tenant(), 'b2000000-0000-4000-8000-000000000111', 'b7000000-0000-4000-8000-000000000111', current_date - 10,
  '家計表を毎週つけられている。携帯電話の契約を見直し月4千円の節約。電気代の滞納は分割で1か月分を納付済み。',
  '借入れについて、法テラスでの相談を次回提案する。', date_trunc('month', current_date + interval '1 month'), now() - interval '10 days', 'worker.aoba');

insert into evaluation (id, tenant_id, case_id, plan_id, evaluated_on, person_attainment, worker_attainment, person_comment,
                        worker_comment, improvements, next_policy, created_at, created_by) values
 (gen_random_uuid(), current_tenant(), 'b2000000-0000-4000-8000-000000000112', 'b7000000-0000-4000-8000-000000000112', current_date - 25, 'ACHIEVED', 'ACHIEVED',
  '前と同じ印刷の仕事に就けて、家賃の心配がなくなった。',
  '市内の印刷会社に正社員として再就職し、1か月が経過。家賃も自分の収入で払えている。',
  'employmentStarted,housingSecured,incomeIncreased', '終結とし、職場定着の様子を2か月後に電話で確認する。', now() - interval '25 days', 'worker.aoba');

insert into closure (id, tenant_id, case_id, plan_id, kind, wish_confirmed, wish_text, reason, status, proposed_on, proposed_by,
                     reported_on, meeting_id, confirmed_on, confirmed_by, follow_up, follow_up_until, version, created_at) values
 ('ba000000-0000-4000-8000-000000000112', current_tenant(), 'b2000000-0000-4000-8000-000000000112', 'b7000000-0000-4000-8000-000000000112', 'TERMINATION', true,
  '「仕事が決まったので、支援はここまでで大丈夫です」と本人。', '正社員として再就職し、住まいも安定したため（目標達成）。', 'CONFIRMED',
  current_date - 20, 'worker.aoba', (select held_on from meeting where id = 'b8000000-0000-4000-8000-000000000103'), 'b8000000-0000-4000-8000-000000000103',
  current_date - 7, 'worker.aoba', 'FOLLOW_UP', current_date + 83, 3, now() - interval '20 days');

insert into meeting_case (id, tenant_id, meeting_id, case_id, plan_id, closure_id, trigger, outcome, minutes) values
 (gen_random_uuid(), current_tenant(), 'b8000000-0000-4000-8000-000000000103', 'b2000000-0000-4000-8000-000000000112', null, 'ba000000-0000-4000-8000-000000000112', 'TERMINATION', 'APPROVED',
  '再就職による目標達成で終結を了承。ハローワークより、職場定着の相談にも応じられるとの発言あり。終結後3か月は電話でフォロー。');

insert into case_promise (id, tenant_id, case_id, kind, description, owner, due_at, done_at, outcome, version, created_at, created_by) values
 (gen_random_uuid(), current_tenant(), 'b2000000-0000-4000-8000-000000000111', 'APPOINTMENT', '社協の家計相談に同席（昼休みの時間帯）', 'worker.aoba',
  (current_date + 6 + time '12:15') at time zone 'Asia/Tokyo', null, null, 1, now() - interval '10 days', 'worker.aoba'),
 (gen_random_uuid(), current_tenant(), 'b2000000-0000-4000-8000-000000000111', 'DOCUMENT', '法テラスの相談予約に必要な書類の一覧を渡す', 'worker.aoba',
  (current_date + 3 + time '17:00') at time zone 'Asia/Tokyo', null, null, 1, now() - interval '10 days', 'worker.aoba'),
 (gen_random_uuid(), current_tenant(), 'b2000000-0000-4000-8000-000000000112', 'CALL_BACK', '職場定着の様子を確認する電話', 'worker.aoba',
  (current_date + 53 + time '18:00') at time zone 'Asia/Tokyo', null, null, 1, now() - interval '7 days', 'worker.aoba'),
 (gen_random_uuid(), current_tenant(), 'b2000000-0000-4000-8000-000000000113', 'CALL_BACK', '支援調整会議の日程と、訓練先の見学日を本人に連絡する', 'worker.aoba',
  (current_date + 2 + time '16:00') at time zone 'Asia/Tokyo', null, null, 1, now() - interval '4 days', 'worker.aoba');

insert into progress_note (id, tenant_id, case_id, occurred_at, means, staff, counterpart, body, created_at, created_by)
select gen_random_uuid(), current_tenant(), v.case_id::uuid, now() - v.days * interval '1 day', v.means, 'worker.aoba', v.counterpart, v.body,
       now() - v.days * interval '1 day', 'worker.aoba'
  from (values
 ('b2000000-0000-4000-8000-000000000111', 75, 'OFFICE', '本人', '初回面談。子ども2人とパート収入で暮らす。借入れの返済で毎月赤字。家計相談支援事業を説明。'),
 ('b2000000-0000-4000-8000-000000000111', 55, 'OFFICE', '本人', 'プランを一緒に作成。目標は本人の言葉で「半年で赤字をなくす」。'),
 ('b2000000-0000-4000-8000-000000000111', 10, 'OFFICE', '本人', 'モニタリング。家計表が続いている。携帯電話の契約を見直した。'),
 ('b2000000-0000-4000-8000-000000000112', 140, 'OFFICE', '本人', '初回面談。会社の倒産で離職。雇用保険の受給中だが家賃の支払いが不安。住居確保給付金の申請を支援。'),
 ('b2000000-0000-4000-8000-000000000112', 30, 'PHONE', '本人', '市内の印刷会社に正社員で採用が決まったと連絡あり。'),
 ('b2000000-0000-4000-8000-000000000112', 7, 'PHONE', '本人', '支援調整会議の了承を受けて終結を伝えた。2か月後に職場の様子を電話で聞くことで合意。'),
 ('b2000000-0000-4000-8000-000000000113', 30, 'OFFICE', '本人', 'ハローワークからの紹介で来所。短時間から働くことに慣れたいとの希望。'),
 ('b2000000-0000-4000-8000-000000000113', 6, 'OFFICE', '本人', '認定就労訓練事業（非雇用型）を含むプランを作成。2日後に署名。次回の支援調整会議にかける。')
  ) v(case_id, days, means, counterpart, body);

-- Derived rows, as the application keeps them (see 100_cases.sql).
insert into case_assignment (case_id, from_worker, to_worker, at, by_actor)
select id, null, worker, created_at, received_by from support_case c
 where c.id::text like 'b2000000-0000-4000-8000-0000000001%'
   and not exists (select 1 from case_assignment a where a.case_id = c.id);

insert into case_counter (year, last)
select cast(split_part(case_number, '-', 1) as integer), max(cast(split_part(case_number, '-', 2) as integer))
  from support_case group by 1
on conflict (tenant_id, year) do update set last = greatest(case_counter.last, excluded.last);

update support_case c set next_due = (select min(d) from case_due_dates(c.id) d)
 where c.id::text like 'b2000000-0000-4000-8000-0000000001%';
