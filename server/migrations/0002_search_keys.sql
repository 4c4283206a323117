-- Searching and sorting as the reference server does: its keys are lower-case and without
-- accents, compared character code by character code (collation "C"), so that both servers
-- return the same accounts in the same order. The keys are written by the server with every
-- account; rows written before this migration get an approximation until they are next saved.
alter table accounts add column prenom_key text;
alter table accounts add column fonction_key text;
update accounts set
  prenom_key = translate(lower(prenom), 'àâäáãéèêëíìîïóòôöõúùûüçñÿ', 'aaaaaeeeeiiiiooooouuuucny'),
  fonction_key = translate(lower(coalesce(fonction, '')), 'àâäáãéèêëíìîïóòôöõúùûüçñÿ', 'aaaaaeeeeiiiiooooouuuucny');
alter table accounts alter column prenom_key set not null;
alter table accounts alter column fonction_key set not null;

drop index accounts_organisme_sort;
drop index accounts_sort;
create index accounts_sort on accounts (sort_key collate "C", id);
create index accounts_organisme_sort on accounts (organisme_id, sort_key collate "C", id);
create index accounts_secondary_organisme on accounts (secondary_organisme_id) where secondary_organisme_id is not null;
create index accounts_convention on accounts (convention_id) where convention_id is not null;

-- New records get ids from one sequence, far from the seed's.
create sequence record_ids start with 100000;
