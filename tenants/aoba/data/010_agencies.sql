-- Partner agencies a person may agree to share their case with (alias = Keycloak organization alias).
insert into agency (alias, name, kind) values
    ('hellowork-aoba', 'ハローワークあおば', 'HELLO_WORK'),
    ('tomoni-net', 'NPO法人ともにネット', 'NPO'),
    ('aoba-shakyo', 'あおば市社会福祉協議会', 'SHAKYO');
