-- Run as a superuser connected to the new database 'tomoni' (created with owner tomoni_owner).
revoke create on schema public from public;
grant usage on schema public to tomoni_app;
