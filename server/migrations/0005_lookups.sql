-- Every request finds its caller's account by the login its token names, whatever its case:
-- an index, not a scan of every account.
create index accounts_identifier_lower on accounts (lower(identifier));
-- The privileges of a person, read for every account shown: the groups he is responsable of.
create index groups_responsable on groups (responsable_id);
