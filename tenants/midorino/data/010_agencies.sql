-- Partner agencies a person may agree to share their case with. alias = the agency's Keycloak
-- organization alias (infra/keycloak/tomoni-realm.json), which is how its staff are recognised.
insert into agency (alias, name, kind) values
    ('hellowork-midorino', 'ハローワークみどり野', 'HELLO_WORK'),
    ('midorino-clinic', 'みどり野こころのクリニック', 'CLINIC'),
    ('tomoni-net', 'NPO法人ともにネット', 'NPO'),
    ('midorino-shakyo', 'みどり野市社会福祉協議会', 'SHAKYO'),
    ('midorino-welfare-office', 'みどり野市福祉事務所（生活保護）', 'WELFARE_OFFICE');
