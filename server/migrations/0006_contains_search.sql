-- The search's « identifiant ou e-mail contient … »: trigram indexes, so that it does not read
-- every account (pg_trgm is a trusted extension: the database's owner may create it).
create extension if not exists pg_trgm;
create index accounts_identifier_trgm on accounts using gin (lower(identifier) gin_trgm_ops);
create index accounts_email_pro_trgm on accounts using gin (lower(email_pro) gin_trgm_ops);
