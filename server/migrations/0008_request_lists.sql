-- « En cours » and « Historique » paged in the database: an account request's name key (for
-- « Rechercher » and the order by name) and the history's order by decision.
-- The server writes the key with every request (core/search-key.ts); the rows written before
-- this migration get the same key computed here (decomposed, marks removed, lower case).
alter table account_requests add column sort_key text;
update account_requests set sort_key = btrim(lower(regexp_replace(normalize(nom || ' ' || prenom, NFD), U&'[\0300-\036F]', '', 'g')));
alter table account_requests alter column sort_key set not null;

-- The history's default order (latest decision first) read backwards from these; ids compared as the server does.
create index access_requests_decided on access_requests (decided_at, requested_at, (id collate "C")) where status <> 'en_attente';
create index account_requests_decided on account_requests (decided_at, requested_at, (id collate "C")) where status <> 'en_attente';
create index account_requests_pending on account_requests (requested_at) where status = 'en_attente';
