-- Every order the search offers read from an index, and the totals of large results counted
-- from an index alone, so that a page of 100,000 accounts is not a sort of 100,000 rows.
-- The expressions are those of src/db/sql-search.ts, character for character: the planner
-- uses an index for ORDER BY only when the expression is the same.

-- « Trié par organisme »: the organisme's name belongs to another table, so the key is kept
-- by the database itself, when an account is written and when an organisme is renamed.
alter table accounts add column organisme_key text;
create function accounts_organisme_key() returns trigger language plpgsql as $$
begin
  new.organisme_key := (select o.name from organismes o where o.id = new.organisme_id) || ' ' || new.sort_key;
  return new;
end $$;
create trigger accounts_organisme_key before insert or update of organisme_id, sort_key on accounts
  for each row execute function accounts_organisme_key();
update accounts set sort_key = sort_key;
alter table accounts alter column organisme_key set not null;

create function organismes_renamed() returns trigger language plpgsql as $$
begin
  update accounts set sort_key = sort_key where organisme_id = new.id;
  return new;
end $$;
create trigger organismes_renamed after update of name on organismes
  for each row when (old.name is distinct from new.name) execute function organismes_renamed();

create index accounts_organisme_order on accounts ((organisme_key collate "C"), id);
create index accounts_prenom_order on accounts (((prenom_key || ' ' || sort_key) collate "C"), id);
create index accounts_email_order on accounts ((email_pro collate "C"), id);
create index accounts_status_order on accounts (((status || ' ' || sort_key) collate "C"), id);
-- « Prénom commence par … »
create index accounts_prenom on accounts ((prenom_key collate "C"));
-- The whole institution's total counted from the index alone; in id order, the same index
-- meets the holders of a role (below) without reading the accounts.
create index accounts_space on accounts (space, id);
-- « Personnes ayant le rôle … »: the holders of a role from the index alone.
create index grants_role_account on grants (role_id, account_id);
drop index grants_role;
