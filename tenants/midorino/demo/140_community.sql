-- Demo community of みどり野市 (seed 000 F-1, F-2; seed 003): the demo members with the names they
-- chose, open groups, programmes and a place to belong, monthly sessions ahead, a few posts, and a
-- tutor and an approved mentor. Fictional. Row ids: members ce…, groups cf…, sessions cd…, helpers cc….
insert into community_member (id, tenant_id, account, shown_name, share_with_caseworker, approved_posts, staff, created_at) values
 ('ce000000-0000-4000-8000-000000000001', current_tenant(), 'peer.midorino', 'もりけん', false, 5, false, now() - interval '120 days'),
 ('ce000000-0000-4000-8000-000000000002', current_tenant(), 'member.midorino', 'ゆい', true, 2, false, now() - interval '60 days'),
 ('ce000000-0000-4000-8000-000000000003', current_tenant(), 'worker.midorino', 'スタッフ 山田', false, 0, true, now() - interval '120 days');

insert into community_group (id, tenant_id, kind, title, description, place, online_url, capacity, status, proposed_by,
                             staff_facilitator, decided_by, decided_at, version, created_at, created_by) values
 ('cf000000-0000-4000-8000-000000000001', current_tenant(), 'PEER_SUPPORT', 'こころの会（ピアサポート）',
  '生活保護を受けていた経験のある人が進行します。<br>話したいことを、話したいだけ。聞くだけの参加も歓迎です。',
  'みどり野市民センター 2階 和室', null, 12, 'APPROVED', 'ce000000-0000-4000-8000-000000000001', 'worker.midorino',
  'worker.midorino', now() - interval '110 days', 1, now() - interval '115 days', 'peer.midorino'),
 ('cf000000-0000-4000-8000-000000000002', current_tenant(), 'WORKING_EXCHANGE', 'はたらく仲間の交流会',
  'いま働いている先輩と、これから働く人が話す会です。<br>職場のこと、続けるコツ、なんでも聞いてください。',
  'くらし・しごと相談センター 会議室', null, 15, 'APPROVED', 'ce000000-0000-4000-8000-000000000001', null,
  'worker.midorino', now() - interval '100 days', 1, now() - interval '105 days', 'peer.midorino'),
 ('cf000000-0000-4000-8000-000000000003', current_tenant(), 'MOCK_INTERVIEW', '模擬面接会',
  '面接の練習をします。参加者どうしで、よかったところから伝えあいます。', 'くらし・しごと相談センター 相談室', null, 6,
  'APPROVED', null, 'worker.midorino', 'worker.midorino', now() - interval '90 days', 1, now() - interval '90 days', 'worker.midorino'),
 ('cf000000-0000-4000-8000-000000000004', current_tenant(), 'LIFE_SKILLS', 'やりくり講座（家計の見直し）',
  '1か月のお金の流れを、いっしょに書いてみます。電卓があれば持ってきてください。', 'みどり野市民センター 1階 講座室', null, 10,
  'APPROVED', null, 'worker.midorino', 'worker.midorino', now() - interval '80 days', 1, now() - interval '80 days', 'worker.midorino'),
 ('cf000000-0000-4000-8000-000000000005', current_tenant(), 'PLACE_TO_BELONG', 'フリースペース ひだまり',
  '平日10時〜16時、だれでも来られる居場所です。お茶を飲むだけでも大丈夫。ボランティアも募集しています。',
  'みどり野駅前ビル 3階', null, null, 'APPROVED', null, null, 'worker.midorino', now() - interval '70 days', 1,
  now() - interval '70 days', 'worker.midorino');

-- sessions: on a fixed day (the 10th, 24th, 17th, 20th) of each of the next three months, 14:00 in Japan
insert into community_session (id, tenant_id, group_id, starts_at, minutes, place, capacity, created_at, created_by)
select ('cd000000-0000-4000-8000-0000000000' || lpad((g.n * 10 + m)::text, 2, '0'))::uuid, current_tenant(), g.group_id,
       ((date_trunc('month', (now() at time zone 'Asia/Tokyo')) + (m || ' month')::interval + (g.day || ' days')::interval)
         + interval '14 hours') at time zone 'Asia/Tokyo',
       g.minutes, g.place, g.capacity, now() - interval '60 days', 'worker.midorino'
  from (values (1, 'cf000000-0000-4000-8000-000000000001'::uuid, 9, 90, 'みどり野市民センター 2階 和室', 12),
               (2, 'cf000000-0000-4000-8000-000000000002'::uuid, 23, 120, 'くらし・しごと相談センター 会議室', 15),
               (3, 'cf000000-0000-4000-8000-000000000003'::uuid, 16, 120, 'くらし・しごと相談センター 相談室', 6),
               (4, 'cf000000-0000-4000-8000-000000000004'::uuid, 19, 90, 'みどり野市民センター 1階 講座室', 10))
       as g(n, group_id, day, minutes, place, capacity),
       generate_series(1, 3) as m;

insert into community_membership (group_id, member_id, tenant_id, joined_at) values
 ('cf000000-0000-4000-8000-000000000001', 'ce000000-0000-4000-8000-000000000001', current_tenant(), now() - interval '110 days'),
 ('cf000000-0000-4000-8000-000000000002', 'ce000000-0000-4000-8000-000000000001', current_tenant(), now() - interval '100 days'),
 ('cf000000-0000-4000-8000-000000000001', 'ce000000-0000-4000-8000-000000000002', current_tenant(), now() - interval '50 days');

insert into community_booking (session_id, member_id, tenant_id, booked_at) values
 ('cd000000-0000-4000-8000-000000000011', 'ce000000-0000-4000-8000-000000000002', current_tenant(), now() - interval '3 days');

insert into community_post (id, tenant_id, group_id, author_id, announcement, body, status, created_at) values
 (gen_random_uuid(), current_tenant(), 'cf000000-0000-4000-8000-000000000001', 'ce000000-0000-4000-8000-000000000001', true,
  '次回は<b>第2火曜日の14時</b>からです。はじめての方も気軽にどうぞ。', 'VISIBLE', now() - interval '5 days'),
 (gen_random_uuid(), current_tenant(), 'cf000000-0000-4000-8000-000000000001', 'ce000000-0000-4000-8000-000000000002', false,
  '先月はありがとうございました。話せて少し楽になりました。', 'VISIBLE', now() - interval '20 days');

insert into community_helper (id, tenant_id, member_id, kind, topics, area, experience, about, training_completed_on,
                              last_supervision_on, status, decided_by, decided_at, version, created_at) values
 ('cc000000-0000-4000-8000-000000000001', current_tenant(), 'ce000000-0000-4000-8000-000000000001', 'MENTOR',
  '仕事さがし 面接 物流', 'みどり野市東部', '倉庫の仕分け 4年（生活保護から就職）', '自分も不安でした。ゆっくり話しましょう。',
  current_date - 200, current_date - 30, 'APPROVED', 'worker.midorino', now() - interval '90 days', 1, now() - interval '100 days'),
 ('cc000000-0000-4000-8000-000000000002', current_tenant(), 'ce000000-0000-4000-8000-000000000001', 'TUTOR',
  'パソコン入門 履歴書 エクセル', 'みどり野市', null, '週1回、夕方なら教えられます。', null, null, 'APPROVED', null, null, 1,
  now() - interval '60 days');
