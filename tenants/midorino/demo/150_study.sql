-- Demo study support of みどり野市 (seed 000 D-6): NPO法人ともにネット runs a 中3 study group before
-- high-school entrance and an after-school group for 小4〜小6, each weekly with six seats; a tutor whose
-- training and check are approved runs both; the 田中 family (parent.midorino, with parent2.midorino as
-- the second guardian) has a 中3 daughter booked in the next two sessions and a 小5 son. Fictional.
-- Row ids: members ce…1x, family 5f…, children 5c…, groups 5a…, sessions 5d…, bookings 5b….
insert into community_member (id, tenant_id, account, shown_name, share_with_caseworker, approved_posts, staff, created_at) values
 ('ce000000-0000-4000-8000-000000000011', current_tenant(), 'parent.midorino', 'めぐみ', false, 0, false, now() - interval '40 days'),
 ('ce000000-0000-4000-8000-000000000012', current_tenant(), 'parent2.midorino', 'けん', false, 0, false, now() - interval '30 days'),
 ('ce000000-0000-4000-8000-000000000013', current_tenant(), 'tutor.midorino', 'ゆう先生', false, 0, false, now() - interval '90 days');

insert into study_tutor (member_id, tenant_id, registered_at, trained_on, checked_on, approved_by, approved_at) values
 ('ce000000-0000-4000-8000-000000000013', current_tenant(), now() - interval '90 days', current_date - 80, current_date - 75,
  'worker.midorino', now() - interval '70 days');

insert into study_family (id, tenant_id, created_at) values
 ('5f000000-0000-4000-8000-000000000001', current_tenant(), now() - interval '40 days');
insert into study_guardian (member_id, family_id, tenant_id, joined_at) values
 ('ce000000-0000-4000-8000-000000000011', '5f000000-0000-4000-8000-000000000001', current_tenant(), now() - interval '40 days'),
 ('ce000000-0000-4000-8000-000000000012', '5f000000-0000-4000-8000-000000000001', current_tenant(), now() - interval '30 days');
insert into study_child (id, tenant_id, family_id, name, furigana, school, grade, created_at) values
 ('5c000000-0000-4000-8000-000000000001', current_tenant(), '5f000000-0000-4000-8000-000000000001', 'さくら', 'たなか さくら',
  'みどり野第二中学校', 9, now() - interval '40 days'),
 ('5c000000-0000-4000-8000-000000000002', current_tenant(), '5f000000-0000-4000-8000-000000000001', 'はると', 'たなか はると',
  'みどり野東小学校', 5, now() - interval '40 days');

insert into study_group (id, tenant_id, agency, title, grade_from, grade_to, place, capacity, cutoff_hours, reminder_hours,
                         weekday, start_time, minutes, version, created_at, created_by) values
 ('5a000000-0000-4000-8000-000000000001', current_tenant(), 'tomoni-net', '中3 受験対策 学習会', 9, 9,
  'みどり野市民センター 2階 学習室', 6, 24, 24, 2, '18:00', 120, 0, now() - interval '60 days', 'worker.midorino'),
 ('5a000000-0000-4000-8000-000000000002', current_tenant(), 'tomoni-net', '放課後 学習会（小学生）', 4, 6,
  'フリースペース ひだまり（みどり野駅前ビル 3階）', 6, 24, 24, 4, '16:00', 90, 0, now() - interval '60 days', 'worker.midorino');

insert into study_group_tutor (group_id, member_id, tenant_id) values
 ('5a000000-0000-4000-8000-000000000001', 'ce000000-0000-4000-8000-000000000013', current_tenant()),
 ('5a000000-0000-4000-8000-000000000002', 'ce000000-0000-4000-8000-000000000013', current_tenant());

-- the next eight Tuesdays (中3) and Thursdays (小学生) in Japan; the demo does not skip holidays (the
-- application's 「日程を追加」 does)
insert into study_session (id, tenant_id, group_id, series_date, starts_at, minutes, place, capacity)
select ('5d000000-0000-4000-8000-0000000000' || g.n || w)::uuid, current_tenant(), g.group_id, d,
       (d + g.at) at time zone 'Asia/Tokyo', g.minutes, g.place, 6
  from (values (1, '5a000000-0000-4000-8000-000000000001'::uuid, 2, time '18:00', 120, 'みどり野市民センター 2階 学習室'),
               (2, '5a000000-0000-4000-8000-000000000002'::uuid, 4, time '16:00', 90, 'フリースペース ひだまり（みどり野駅前ビル 3階）'))
       as g(n, group_id, isodow, at, minutes, place),
       generate_series(0, 7) as w,
       lateral (select (now() at time zone 'Asia/Tokyo')::date + 1
                       + ((g.isodow - extract(isodow from (now() at time zone 'Asia/Tokyo')::date + 1)::int + 7) % 7)
                       + 7 * w as d) as day;

insert into study_booking (id, tenant_id, session_id, child_id, status, seat, booked_by, requested_at, confirmed_at) values
 ('5b000000-0000-4000-8000-000000000001', current_tenant(), '5d000000-0000-4000-8000-000000000010',
  '5c000000-0000-4000-8000-000000000001', 'CONFIRMED', 1, 'parent.midorino', now() - interval '5 days', now() - interval '5 days'),
 ('5b000000-0000-4000-8000-000000000002', current_tenant(), '5d000000-0000-4000-8000-000000000011',
  '5c000000-0000-4000-8000-000000000001', 'CONFIRMED', 1, 'parent.midorino', now() - interval '5 days', now() - interval '5 days');
