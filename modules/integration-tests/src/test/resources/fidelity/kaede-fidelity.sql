-- A fixture for the fidelity evidence in the test town かえで町 (kaede), run as the owner bound to kaede.
-- July–September 2024 ("practised"): every practice the records can show happened. January–March 2024
-- ("not practised"): each happened too little, or not at all. The counts are worked out in FidelityApiIT.
-- Everything is in 2024, apart from the national figures' fixture (2025).
insert into client (id, tenant_id, family_name, given_name, created_at, updated_at)
select v.id::uuid, 'kaede', '点検', v.given, now(), now() from (values
 ('6a000000-0000-4000-8000-000000000001', 'h1'), ('6a000000-0000-4000-8000-000000000002', 'h2'),
 ('6a000000-0000-4000-8000-000000000003', 'h3'), ('6a000000-0000-4000-8000-000000000004', 'h4'),
 ('6a000000-0000-4000-8000-000000000005', 'h5'), ('6a000000-0000-4000-8000-000000000006', 'j1'),
 ('6a000000-0000-4000-8000-000000000007', 'j2'), ('6a000000-0000-4000-8000-000000000008', 'e1'),
 ('6a000000-0000-4000-8000-000000000009', 'e2')) v(id, given);

insert into support_case (id, tenant_id, case_number, client_id, status, worker, received_on, received_by, visitor_kind,
                          problem_areas, main_problem, complaint, poverty_related, created_at, updated_at)
select v.id::uuid, 'kaede', v.num, v.client::uuid, 'IN_SUPPORT', 'chief.kaede', v.received::date, 'chief.kaede', 'SELF',
       'JOB_SEARCH', 'JOB_SEARCH', '仕事が見つからない', true, now(), now()
  from (values
 ('6b000000-0000-4000-8000-000000000001', '2024-F01', '6a000000-0000-4000-8000-000000000001', '2024-06-03'),
 ('6b000000-0000-4000-8000-000000000002', '2024-F02', '6a000000-0000-4000-8000-000000000002', '2024-06-03'),
 ('6b000000-0000-4000-8000-000000000003', '2024-F03', '6a000000-0000-4000-8000-000000000003', '2024-06-03'),
 ('6b000000-0000-4000-8000-000000000004', '2024-F04', '6a000000-0000-4000-8000-000000000004', '2024-06-03'),
 ('6b000000-0000-4000-8000-000000000005', '2024-F05', '6a000000-0000-4000-8000-000000000005', '2024-06-03'),
 ('6b000000-0000-4000-8000-000000000006', '2024-F06', '6a000000-0000-4000-8000-000000000006', '2024-01-10'),
 ('6b000000-0000-4000-8000-000000000007', '2024-F07', '6a000000-0000-4000-8000-000000000007', '2024-01-10'),
 ('6b000000-0000-4000-8000-000000000008', '2024-F08', '6a000000-0000-4000-8000-000000000008', '2023-10-01'),
 ('6b000000-0000-4000-8000-000000000009', '2024-F09', '6a000000-0000-4000-8000-000000000009', '2023-06-01')
) v(id, num, client, received);

-- D-5 Hello Work: in July–September 9 users, 7 registered (h1–h4, j1 on 1 August, e1, e2);
-- in January–March 4 users (j1, j2, e1, e2), 2 registered (e1, e2). E-3: e1's assistance ended on 30 June
-- 2024, e2's on 31 October 2023 (6 months of follow-up each).
insert into employment_support (case_id, tenant_id, hello_work_on, assistance_ended_on, follow_up_months, updated_at, updated_by)
select v.c::uuid, 'kaede', v.hw::date, v.ended::date, v.months, now(), 'chief.kaede' from (values
 ('6b000000-0000-4000-8000-000000000001', '2024-06-15', null, null),
 ('6b000000-0000-4000-8000-000000000002', '2024-06-15', null, null),
 ('6b000000-0000-4000-8000-000000000003', '2024-06-15', null, null),
 ('6b000000-0000-4000-8000-000000000004', '2024-06-15', null, null),
 ('6b000000-0000-4000-8000-000000000005', null, null, null),
 ('6b000000-0000-4000-8000-000000000006', '2024-08-01', null, null),
 ('6b000000-0000-4000-8000-000000000007', null, null, null),
 ('6b000000-0000-4000-8000-000000000008', '2023-10-15', '2024-06-30', 6),
 ('6b000000-0000-4000-8000-000000000009', '2023-06-10', '2023-10-31', 6)
) v(c, hw, ended, months);

-- D-4: a support coordination meeting every Monday of July–September (14); one in February
insert into meeting (id, tenant_id, kind, held_on, status, created_at, created_by, updated_at, updated_by)
select gen_random_uuid(), 'kaede', 'REGULAR', d::date, 'HELD', now(), 'chief.kaede', now(), 'chief.kaede'
  from generate_series(date '2024-07-01', date '2024-09-30', interval '7 days') d;
insert into meeting (id, tenant_id, kind, held_on, status, created_at, created_by, updated_at, updated_by)
values (gen_random_uuid(), 'kaede', 'REGULAR', '2024-02-05', 'HELD', now(), 'chief.kaede', now(), 'chief.kaede');

-- D-5: employers of three industries; liaison, chamber and Hello Work every month of the summer
insert into employer (id, tenant_id, name, industry, created_at, created_by) values
 ('6e000000-0000-4000-8000-000000000001', 'kaede', '点検製作所', 'E', now(), 'chief.kaede'),
 ('6e000000-0000-4000-8000-000000000002', 'kaede', '点検食堂', 'M', now(), 'chief.kaede'),
 ('6e000000-0000-4000-8000-000000000003', 'kaede', '点検介護', 'P', now(), 'chief.kaede');
insert into employer_contact (id, tenant_id, employer_id, kind, contacted_on, summary, created_at, created_by)
select gen_random_uuid(), 'kaede', v.e::uuid, v.kind, v.d::date, '点検の記録', now(), 'chief.kaede' from (values
 ('6e000000-0000-4000-8000-000000000001', 'LIAISON_MEETING', '2024-07-10'),
 ('6e000000-0000-4000-8000-000000000001', 'LIAISON_MEETING', '2024-08-10'),
 ('6e000000-0000-4000-8000-000000000002', 'LIAISON_MEETING', '2024-09-10'),
 (null, 'CHAMBER_OF_COMMERCE', '2024-07-05'), (null, 'CHAMBER_OF_COMMERCE', '2024-08-05'),
 (null, 'CHAMBER_OF_COMMERCE', '2024-09-05'),
 (null, 'HELLO_WORK', '2024-07-03'), (null, 'HELLO_WORK', '2024-08-03'), (null, 'HELLO_WORK', '2024-09-03'),
 ('6e000000-0000-4000-8000-000000000001', 'VISIT', '2024-08-20'),
 ('6e000000-0000-4000-8000-000000000002', 'VISIT', '2024-08-21'),
 ('6e000000-0000-4000-8000-000000000003', 'VISIT', '2024-08-22'),
 ('6e000000-0000-4000-8000-000000000001', 'LIAISON_MEETING', '2024-02-10'),
 (null, 'HELLO_WORK', '2024-01-15'), (null, 'HELLO_WORK', '2024-02-15'),
 ('6e000000-0000-4000-8000-000000000001', 'VISIT', '2024-02-20')
) v(e, kind, d);

-- D-6: study support in the summer only
insert into agency (tenant_id, alias, name, kind) values ('kaede', 'kaede-study', 'かえで学習支援NPO', 'NPO')
    on conflict do nothing;
insert into study_group (id, tenant_id, agency, title, grade_from, grade_to, place, capacity, cutoff_hours, reminder_hours,
                         weekday, start_time, minutes, created_at, created_by)
values ('6f000000-0000-4000-8000-000000000001', 'kaede', 'kaede-study', '中学生の学習会', 7, 9, '公民館', 10, 24, 24, 6,
        '10:00', 90, now(), 'chief.kaede');
insert into study_session (id, tenant_id, group_id, series_date, starts_at, minutes, place, capacity)
values (gen_random_uuid(), 'kaede', '6f000000-0000-4000-8000-000000000001', '2024-08-03', '2024-08-03 10:00+09', 90, '公民館', 10);
insert into study_material (id, tenant_id, agency, title, subject, grade_from, grade_to, file_name, content_type, bytes, size,
                            uploaded_by, uploaded_at)
values (gen_random_uuid(), 'kaede', 'kaede-study', '数学の問題集', 'MATH', 7, 9, 'math.pdf', 'application/pdf',
        '\x25504446', 4, 'chief.kaede', '2024-07-05 10:00+09');
insert into study_family (id, tenant_id, created_at) values ('6f000000-0000-4000-8000-000000000002', 'kaede', now());
insert into study_consult_slot (id, tenant_id, kind, expert, expert_name, starts_at, minutes, place, family_id, booked_at, created_at)
values (gen_random_uuid(), 'kaede', 'SCHOOL_REFUSAL', 'expert.kaede', '専門家', '2024-08-10 14:00+09', 60, '相談室',
        '6f000000-0000-4000-8000-000000000002', '2024-08-01 10:00+09', now()),
       (gen_random_uuid(), 'kaede', 'CAREER', 'expert.kaede', '専門家', '2024-09-07 14:00+09', 60, '相談室',
        '6f000000-0000-4000-8000-000000000002', '2024-09-01 10:00+09', now());
insert into study_school (id, tenant_id, name, kind, created_at)
values ('6f000000-0000-4000-8000-000000000003', 'kaede', 'かえで中学校', 'JUNIOR_HIGH', now());
insert into study_school_visit (id, tenant_id, school_id, visited_on, visited_by, note, created_at)
values (gen_random_uuid(), 'kaede', '6f000000-0000-4000-8000-000000000003', '2024-09-12', 'chief.kaede', '担任と面談', now());

-- D-7: jobs left (h1 in July, then a new plan; j2 in February, none), fortnightly contacts (h3 on time;
-- j2's not done), appointments missed twice in a row (h4, visited at home 4 days later; j1, not visited)
insert into employment (id, tenant_id, case_id, employer, job, started_on, ended_on, end_kind, end_reason, created_at, created_by) values
 ('6d000000-0000-4000-8000-000000000001', 'kaede', '6b000000-0000-4000-8000-000000000001', '点検製作所', '組立', '2024-05-01', '2024-07-20', 'LEAVING', '体調', now(), 'chief.kaede'),
 ('6d000000-0000-4000-8000-000000000007', 'kaede', '6b000000-0000-4000-8000-000000000007', '点検食堂', '調理補助', '2023-12-01', '2024-02-10', 'LEAVING', '人間関係', now(), 'chief.kaede'),
 ('6d000000-0000-4000-8000-000000000002', 'kaede', '6b000000-0000-4000-8000-000000000002', '点検介護', '介護助手', '2024-07-25', null, null, null, now(), 'chief.kaede'),
 ('6d000000-0000-4000-8000-000000000006', 'kaede', '6b000000-0000-4000-8000-000000000006', '点検製作所', '検品', '2024-01-20', null, null, null, now(), 'chief.kaede');
insert into plan (id, tenant_id, case_id, plan_number, revision, plan_date, author, applied_services_signed, loan_present,
                  promotion_present, status, created_at, created_by, updated_at, updated_by)
values (gen_random_uuid(), 'kaede', '6b000000-0000-4000-8000-000000000001', 1, 0, '2024-08-01', 'chief.kaede', true, false,
        false, 'IN_DELIVERY', now(), 'chief.kaede', now(), 'chief.kaede');
insert into case_promise (id, tenant_id, case_id, kind, description, owner, due_at, done_at, outcome, created_at, created_by)
select gen_random_uuid(), 'kaede', v.c::uuid, v.kind, v.what, 'chief.kaede', v.due::timestamptz, v.done::timestamptz, v.outcome,
       now(), 'chief.kaede' from (values
 ('6b000000-0000-4000-8000-000000000003', 'FOLLOW_UP', '離職後の連絡（1回目）', '2024-07-15 23:59+09', '2024-07-15 11:00+09', null),
 ('6b000000-0000-4000-8000-000000000003', 'FOLLOW_UP', '離職後の連絡（2回目）', '2024-07-29 23:59+09', '2024-07-30 11:00+09', null),
 ('6b000000-0000-4000-8000-000000000007', 'FOLLOW_UP', '離職後の連絡（1回目）', '2024-02-20 23:59+09', null, null),
 ('6b000000-0000-4000-8000-000000000004', 'APPOINTMENT', '面談', '2024-08-01 10:00+09', '2024-08-01 10:00+09', 'CANCELLED'),
 ('6b000000-0000-4000-8000-000000000004', 'APPOINTMENT', '面談', '2024-08-08 10:00+09', '2024-08-08 10:00+09', 'MISSED'),
 ('6b000000-0000-4000-8000-000000000006', 'APPOINTMENT', '面談', '2024-02-01 10:00+09', '2024-02-01 10:00+09', 'MISSED'),
 ('6b000000-0000-4000-8000-000000000006', 'APPOINTMENT', '面談', '2024-02-08 10:00+09', '2024-02-08 10:00+09', 'MISSED'),
 ('6b000000-0000-4000-8000-000000000008', 'FOLLOW_UP', '保護廃止後のお手紙（1か月目）', '2024-07-31 23:59+09', '2024-07-30 15:00+09', null)
) v(c, kind, what, due, done, outcome);
insert into progress_note (id, tenant_id, case_id, occurred_at, means, staff, body, created_at, created_by)
values (gen_random_uuid(), 'kaede', '6b000000-0000-4000-8000-000000000004', '2024-08-12 14:00+09', 'VISIT', 'chief.kaede',
        '家庭訪問。体調を崩していた。', now(), 'chief.kaede');

-- E-1: h2's retention plan for 6 months with health, money and commuting talked over; j1's two plans of 3 and
-- 1 months, only health
insert into retention_plan (id, tenant_id, case_id, employment_id, starts_on, months, health, money, commuting, owner, status,
                            ended_on, created_at, created_by) values
 (gen_random_uuid(), 'kaede', '6b000000-0000-4000-8000-000000000002', '6d000000-0000-4000-8000-000000000002', '2024-08-01', 6,
  '服薬を続ける', '給料日までの家計', 'バスで通う', 'chief.kaede', 'ACTIVE', null, now(), 'chief.kaede'),
 (gen_random_uuid(), 'kaede', '6b000000-0000-4000-8000-000000000006', '6d000000-0000-4000-8000-000000000006', '2024-02-01', 3,
  '通院を続ける', null, null, 'chief.kaede', 'ENDED', '2024-04-30', now(), 'chief.kaede'),
 (gen_random_uuid(), 'kaede', '6b000000-0000-4000-8000-000000000006', '6d000000-0000-4000-8000-000000000006', '2024-03-01', 1,
  '通院を続ける', '', ' ', 'chief.kaede', 'ENDED', '2024-03-31', now(), 'chief.kaede');

-- E-3: e1 visited in September (and the letter above); e2 nothing
insert into retention_contact (id, tenant_id, case_id, kind, means, contacted_on, note, created_at, created_by)
values (gen_random_uuid(), 'kaede', '6b000000-0000-4000-8000-000000000008', 'FOLLOW_UP', 'VISIT', '2024-09-02', '様子を見に訪問',
        now(), 'chief.kaede');

-- F-1 / F-2: community groups and sessions; a former recipient's peer group with a staff facilitator; a
-- tutor whose match met in August
insert into community_member (id, tenant_id, account, shown_name, created_at) values
 ('6c000000-0000-4000-8000-000000000001', 'kaede', 'fidelity.m1', 'ひかり', now()),
 ('6c000000-0000-4000-8000-000000000002', 'kaede', 'fidelity.m2', 'そら', now()),
 ('6c000000-0000-4000-8000-000000000003', 'kaede', 'fidelity.m3', 'うみ', now());
insert into community_group (id, tenant_id, kind, title, description, status, proposed_by, staff_facilitator, created_at, created_by)
select v.id::uuid, 'kaede', v.kind, v.title, '<p>点検</p>', 'APPROVED', v.by::uuid, v.facilitator, now(), 'chief.kaede' from (values
 ('6c100000-0000-4000-8000-000000000001', 'MOCK_INTERVIEW', '模擬面接会', null, null),
 ('6c100000-0000-4000-8000-000000000002', 'PLACE_TO_BELONG', 'フリースペース', null, null),
 ('6c100000-0000-4000-8000-000000000003', 'LIFE_SKILLS', '料理教室', null, null),
 ('6c100000-0000-4000-8000-000000000004', 'WORKING_EXCHANGE', '働く人との交流会', null, null),
 ('6c100000-0000-4000-8000-000000000005', 'PEER_SUPPORT', '元利用者のピアサポート', '6c000000-0000-4000-8000-000000000001', 'chief.kaede')
) v(id, kind, title, by, facilitator);
insert into community_session (id, tenant_id, group_id, starts_at, minutes, created_at, created_by)
select v.id::uuid, 'kaede', v.g::uuid, v.at::timestamptz, 90, now(), 'chief.kaede' from (values
 ('6c200000-0000-4000-8000-000000000001', '6c100000-0000-4000-8000-000000000001', '2024-08-10 13:00+09'),
 ('6c200000-0000-4000-8000-000000000002', '6c100000-0000-4000-8000-000000000002', '2024-08-15 13:00+09'),
 ('6c200000-0000-4000-8000-000000000003', '6c100000-0000-4000-8000-000000000003', '2024-09-05 13:00+09'),
 ('6c200000-0000-4000-8000-000000000004', '6c100000-0000-4000-8000-000000000004', '2024-07-20 13:00+09'),
 ('6c200000-0000-4000-8000-000000000005', '6c100000-0000-4000-8000-000000000004', '2024-08-20 13:00+09'),
 ('6c200000-0000-4000-8000-000000000006', '6c100000-0000-4000-8000-000000000004', '2024-09-20 13:00+09'),
 ('6c200000-0000-4000-8000-000000000007', '6c100000-0000-4000-8000-000000000005', '2024-09-10 13:00+09'),
 ('6c200000-0000-4000-8000-000000000008', '6c100000-0000-4000-8000-000000000001', '2024-02-10 13:00+09'),
 ('6c200000-0000-4000-8000-000000000009', '6c100000-0000-4000-8000-000000000004', '2024-02-20 13:00+09')
) v(id, g, at);
insert into community_peer_feedback (id, tenant_id, session_id, from_member, to_member, strengths, created_at)
values (gen_random_uuid(), 'kaede', '6c200000-0000-4000-8000-000000000001', '6c000000-0000-4000-8000-000000000002',
        '6c000000-0000-4000-8000-000000000003', '声がはっきりしていた', now());
insert into community_helper (id, tenant_id, member_id, kind, topics, status, created_at)
values ('6c300000-0000-4000-8000-000000000001', 'kaede', '6c000000-0000-4000-8000-000000000001', 'TUTOR', '数学', 'APPROVED', now());
insert into community_match (id, tenant_id, helper_id, seeker_id, request, status, created_at)
values ('6c300000-0000-4000-8000-000000000002', 'kaede', '6c300000-0000-4000-8000-000000000001',
        '6c000000-0000-4000-8000-000000000002', '数学を教えてほしい', 'ENDED', now());
insert into community_match_session (id, tenant_id, match_id, held_on, minutes, recorded_by, created_at)
values (gen_random_uuid(), 'kaede', '6c300000-0000-4000-8000-000000000002', '2024-08-20', 60,
        '6c000000-0000-4000-8000-000000000001', now());
