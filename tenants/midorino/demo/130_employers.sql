-- Demo partner employers of みどり野市 (fictional companies) and the team's contacts with them over the
-- past months (seed 000 D-5). Nothing is dated in the current month, so this month's liaison meeting
-- and chamber-of-commerce contact are still to be made in a demo. Row ids: employers ad….
insert into employer (id, tenant_id, name, industry, contact_person, phone, address, agreement, note, version, created_at, created_by) values
 ('ad000000-0000-4000-8000-000000000001', current_tenant(), 'みどり野ロジスティクス株式会社', 'H', '人事課 小川', '042-555-3101', 'みどり野市東町5-1',
  '定着支援の継続協力（職場訪問の受け入れ）', '倉庫の仕分け・検品。トライアル雇用の実績あり', 1, now() - interval '200 days', 'worker.midorino'),
 ('ad000000-0000-4000-8000-000000000002', current_tenant(), 'グリーンフーズみどり野店', 'I', '店長 石井', '042-555-3102', 'みどり野市南台1-8',
  null, '惣菜調理・品出し。短時間勤務に柔軟', 1, now() - interval '180 days', 'worker.midorino'),
 ('ad000000-0000-4000-8000-000000000003', current_tenant(), '社会福祉法人みどりの里', 'P', '事務長 北村', '042-555-3103', 'みどり野市北原6-2',
  '障害者雇用の相談窓口を共有', '介護補助・清掃', 1, now() - interval '150 days', 'worker.midorino'),
 ('ad000000-0000-4000-8000-000000000004', current_tenant(), 'みどり野精密工業株式会社', 'E', '総務部 森下', '042-555-3104', 'みどり野市西口8-3',
  null, '部品の検査。未経験可', 1, now() - interval '120 days', 'worker.midorino');

insert into employer_contact (id, tenant_id, employer_id, kind, contacted_on, summary, created_at, created_by)
select gen_random_uuid(), current_tenant(), v.employer_id, v.kind,
       (date_trunc('month', current_date) - v.months_ago * interval '1 month')::date + v.day - 1, v.summary,
       now() - v.months_ago * interval '30 days', 'worker.midorino'
  from (values
 ('ad000000-0000-4000-8000-000000000001'::uuid, 'VISIT', 1, 12, '木村さんの職場訪問。現場責任者と勤務時間の相談'),
 ('ad000000-0000-4000-8000-000000000002'::uuid, 'VISIT', 2, 8, '林さんの職場訪問。店長より仕事ぶりの評価'),
 ('ad000000-0000-4000-8000-000000000003'::uuid, 'VISIT', 3, 20, '求人開拓。介護補助の短時間勤務を相談'),
 ('ad000000-0000-4000-8000-000000000004'::uuid, 'VISIT', 5, 14, '求人開拓。検査工程の見学'),
 ('ad000000-0000-4000-8000-000000000001'::uuid, 'LIAISON_MEETING', 1, 25, '雇用後の連絡会（就職者2名）'),
 ('ad000000-0000-4000-8000-000000000002'::uuid, 'LIAISON_MEETING', 2, 22, '雇用後の連絡会'),
 ('ad000000-0000-4000-8000-000000000001'::uuid, 'LIAISON_MEETING', 3, 24, '雇用後の連絡会'),
 ('ad000000-0000-4000-8000-000000000003'::uuid, 'LIAISON_MEETING', 4, 21, '雇用後の連絡会'),
 (null, 'CHAMBER_OF_COMMERCE', 1, 10, '商工会議所の例会で就労支援の取り組みを紹介'),
 (null, 'CHAMBER_OF_COMMERCE', 2, 9, '商工会議所と求人情報の交換'),
 (null, 'CHAMBER_OF_COMMERCE', 4, 11, '商工会議所の例会'),
 (null, 'HELLO_WORK', 1, 5, 'ハローワークみどり野と月例の情報交換')
  ) v(employer_id, kind, months_ago, day, summary);
