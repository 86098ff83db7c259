-- Demo resource directory of みどり野市 (issue 8): organizations, their places (one confidential: the
-- women's shelter), and the services offered there, with eligibility, languages, fees, hours and
-- coordinates around the city centre. Fictional; phone numbers 042-555-xxxx. Row ids: organizations
-- d0…, places d1…, services d2…. The outbox rows at the end have them indexed when the app starts.
insert into directory_organization (id, tenant_id, name, name_kana, description, phone, email, url, created_at, updated_at) values
 ('d0000000-0000-4000-8000-000000000001', current_tenant(), 'みどり野市社会福祉協議会', 'みどりのししゃかいふくしきょうぎかい',
  '地域福祉の推進、生活福祉資金の貸付、ボランティアセンターを運営しています。', '042-555-0201', null, null, now() - interval '400 days', now() - interval '30 days'),
 ('d0000000-0000-4000-8000-000000000002', current_tenant(), 'ＮＰＯ法人ともにネット', 'えぬぴーおーほうじんともにねっと',
  '子どもの学習支援と若者の居場所づくりに取り組むNPOです。', '042-555-0202', 'info@tomoni-net.example', 'https://tomoni-net.example', now() - interval '300 days', now() - interval '60 days'),
 ('d0000000-0000-4000-8000-000000000003', current_tenant(), 'みどり野フードバンク', 'みどりのふーどばんく',
  '企業や家庭から寄付された食品を、困っている世帯にお届けしています。', '042-555-0203', null, null, now() - interval '500 days', now() - interval '500 days'),
 ('d0000000-0000-4000-8000-000000000004', current_tenant(), 'みどり野市 女性相談の会', 'みどりのしじょせいそうだんのかい',
  'DVや性暴力に悩む方の相談と、安全な場所への一時避難を支えます。', '042-555-0204', null, null, now() - interval '200 days', now() - interval '20 days'),
 ('d0000000-0000-4000-8000-000000000005', current_tenant(), '医療法人あおば会 みどり野診療所', 'いりょうほうじんあおばかいみどりのしんりょうじょ',
  '無料低額診療事業を行う診療所です。', '042-555-0205', null, null, now() - interval '600 days', now() - interval '450 days');

insert into directory_location (id, tenant_id, organization_id, name, postal_code, address, district, latitude, longitude,
                                confidential, accessibility, hours, updated_at) values
 ('d1000000-0000-4000-8000-000000000001', current_tenant(), 'd0000000-0000-4000-8000-000000000001', '総合福祉センター', '190-0001',
  'みどり野市中央1-2-3', '中央地区', 35.7000, 139.4000, false, '車いす可・多目的トイレあり', '平日 8時30分〜17時15分', now()),
 ('d1000000-0000-4000-8000-000000000002', current_tenant(), 'd0000000-0000-4000-8000-000000000002', 'ともにネット 駅前教室', '190-0002',
  'みどり野市駅前2-4-1 2階', '駅前地区', 35.7052, 139.4101, false, 'エレベーターなし（2階）', '月・水・金 16時〜20時', now()),
 ('d1000000-0000-4000-8000-000000000003', current_tenant(), 'd0000000-0000-4000-8000-000000000003', 'フードバンク倉庫', '190-0013',
  'みどり野市北町5-6', '北地区', 35.7180, 139.3950, false, '段差あり', '火・土 10時〜15時', now()),
 ('d1000000-0000-4000-8000-000000000004', current_tenant(), 'd0000000-0000-4000-8000-000000000004', '一時避難の家', null,
  'みどり野市非公開', '非公開', 35.7111, 139.4222, true, null, '24時間', now()),
 ('d1000000-0000-4000-8000-000000000005', current_tenant(), 'd0000000-0000-4000-8000-000000000004', '女性相談室（市役所内）', '190-0001',
  'みどり野市中央1-1-1 市役所2階', '中央地区', 35.6995, 139.3990, false, '車いす可', '平日 9時〜16時', now()),
 ('d1000000-0000-4000-8000-000000000006', current_tenant(), 'd0000000-0000-4000-8000-000000000005', 'みどり野診療所', '190-0022',
  'みどり野市南町3-3-3', '南地区', 35.6880, 139.4050, false, '車いす可', '月〜土 9時〜12時、14時〜18時', now());

insert into social_resource (id, tenant_id, name, name_kana, category, areas, description, address, organization_id,
                             eligibility_text, min_age, max_age, residents_only, conditions, languages, hours, fees, free,
                             phone, email, url, accessibility, visibility, active, verified_at, verified_by,
                             created_at, created_by, updated_at) values
 ('d2000000-0000-4000-8000-000000000001', current_tenant(), '生活福祉資金の貸付相談', 'せいかつふくししきんのかしつけそうだん', 'INCOME',
  'INCOME,RENT_LOANS', '一時的に生活費が足りないときの貸付（緊急小口資金など）の相談を受けます。返済の計画も一緒に考えます。', null,
  'd0000000-0000-4000-8000-000000000001', '市内にお住まいで、収入が少なく一時的に生活に困っている世帯', null, null, true, 'LOW_INCOME',
  'JA,JA_EASY', null, '相談無料（貸付には返済が必要です）', true, '042-555-0211', null, null, null, 'PUBLIC', true,
  now() - interval '40 days', 'worker.midorino', now() - interval '400 days', 'worker.midorino', now() - interval '40 days'),
 ('d2000000-0000-4000-8000-000000000002', current_tenant(), '家計簿づくり相談', 'かけいぼづくりそうだん', 'HOUSEHOLD_BUDGET',
  'INCOME,TAXES_BILLS,DEBT', '家計改善支援事業として、家計簿のつけ方や支払いの優先順位を一緒に整理します。', null,
  'd0000000-0000-4000-8000-000000000001', null, 18, null, false, '', 'JA', '予約制', null, true,
  '042-555-0212', null, null, null, 'PUBLIC', true, now() - interval '500 days', 'worker.midorino', now() - interval '500 days', 'worker.midorino', now() - interval '500 days'),
 ('d2000000-0000-4000-8000-000000000003', current_tenant(), '子どもの学習教室 駅前', 'こどものがくしゅうきょうしつえきまえ', 'EDUCATION',
  'CHILDCARE', '小学生から高校生までの学習支援教室です。宿題や受験勉強をボランティアが手伝います。', null,
  'd0000000-0000-4000-8000-000000000002', '小学生〜高校生', 6, 18, false, 'CHILDREN_YOUTH', 'JA,EN,VI', null, null, true,
  null, null, null, null, 'PUBLIC', true, now() - interval '60 days', 'npo.midorino', now() - interval '300 days', 'npo.midorino', now() - interval '60 days'),
 ('d2000000-0000-4000-8000-000000000004', current_tenant(), '食料の緊急支援', 'しょくりょうのきんきゅうしえん', 'FOOD',
  'NO_FOOD', '今日食べるものがない方に、お米や缶詰などの食料を無料でお渡しします。自立相談支援の窓口からのご紹介でも受け取れます。', null,
  'd0000000-0000-4000-8000-000000000003', null, null, null, false, 'LOW_INCOME,HOMELESS', 'JA,EN,ZH,VI,TL', null, null, true,
  null, null, null, null, 'PUBLIC', true, now() - interval '500 days', 'worker.midorino', now() - interval '500 days', 'worker.midorino', now() - interval '500 days'),
 ('d2000000-0000-4000-8000-000000000005', current_tenant(), 'DV・女性相談', 'でぃーぶいじょせいそうだん', 'ABUSE',
  'DV_ABUSE,FAMILY', '配偶者やパートナーからの暴力、性暴力の相談を受けます。必要なときは安全な場所への一時避難を支えます。', null,
  'd0000000-0000-4000-8000-000000000004', null, null, null, false, 'VIOLENCE_SURVIVOR', 'JA,EN', null, null, true,
  '042-555-0214', null, null, null, 'PUBLIC', true, now() - interval '20 days', 'worker.midorino', now() - interval '200 days', 'worker.midorino', now() - interval '20 days'),
 ('d2000000-0000-4000-8000-000000000006', current_tenant(), '無料低額診療', 'むりょうていがくしんりょう', 'HEALTH',
  'HEALTH', '健康保険がない方や医療費の支払いが難しい方も受診できます。医療ソーシャルワーカーが費用の相談に乗ります。', null,
  'd0000000-0000-4000-8000-000000000005', '収入が少ない方、健康保険のない方', null, null, false, 'UNINSURED,LOW_INCOME', 'JA', null,
  '収入に応じて減額・免除', false, '042-555-0215', null, null, null, 'PUBLIC', true, now() - interval '450 days', 'worker.midorino', now() - interval '600 days', 'worker.midorino', now() - interval '450 days'),
 ('d2000000-0000-4000-8000-000000000007', current_tenant(), '若者の居場所「ひだまり」', 'わかもののいばしょひだまり', 'WITHDRAWAL',
  'WITHDRAWAL,COMMUNITY', 'ひきこもりがちな若者が、ゆっくり過ごせる居場所です。話さなくても大丈夫です。', null,
  'd0000000-0000-4000-8000-000000000002', '15歳〜39歳の方', 15, 39, false, 'CHILDREN_YOUTH', 'JA', null, null, true,
  null, null, null, null, 'MEMBERS', true, now() - interval '60 days', 'npo.midorino', now() - interval '300 days', 'npo.midorino', now() - interval '60 days'),
 ('d2000000-0000-4000-8000-000000000008', current_tenant(), '関係機関連絡会（職員向け）', 'かんけいきかんれんらくかい', 'OTHER',
  'OTHER', '支援調整会議の前に関係機関が情報交換する職員向けの連絡会です。', 'みどり野市中央1-1-1',
  null, null, null, null, false, '', 'JA', null, null, true, null, null, null, null, 'STAFF', true,
  now() - interval '10 days', 'chief.midorino', now() - interval '100 days', 'chief.midorino', now() - interval '10 days');

insert into service_at_location (resource_id, location_id, tenant_id, hours, phone) values
 ('d2000000-0000-4000-8000-000000000001', 'd1000000-0000-4000-8000-000000000001', current_tenant(), null, null),
 ('d2000000-0000-4000-8000-000000000002', 'd1000000-0000-4000-8000-000000000001', current_tenant(), '予約制（平日 9時〜16時）', null),
 ('d2000000-0000-4000-8000-000000000003', 'd1000000-0000-4000-8000-000000000002', current_tenant(), null, null),
 ('d2000000-0000-4000-8000-000000000004', 'd1000000-0000-4000-8000-000000000003', current_tenant(), null, null),
 ('d2000000-0000-4000-8000-000000000005', 'd1000000-0000-4000-8000-000000000004', current_tenant(), null, null),
 ('d2000000-0000-4000-8000-000000000005', 'd1000000-0000-4000-8000-000000000005', current_tenant(), null, '042-555-0224'),
 ('d2000000-0000-4000-8000-000000000006', 'd1000000-0000-4000-8000-000000000006', current_tenant(), null, null),
 ('d2000000-0000-4000-8000-000000000007', 'd1000000-0000-4000-8000-000000000002', current_tenant(), '火・木 13時〜18時', null);

insert into resource_report (id, tenant_id, resource_id, reported_at, reported_by, reason) values
 ('d3000000-0000-4000-8000-000000000001', current_tenant(), 'd2000000-0000-4000-8000-000000000004', now() - interval '3 days',
  'parent.midorino', '受け取りの曜日が変わったようです');

insert into outbox (tenant_id, aggregate_type, aggregate_id, event_type)
select tenant_id, 'social_resource', id, 'demo' from social_resource where tenant_id = current_tenant();
