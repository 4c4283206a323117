-- The records of the reference server as tables. The database keeps what must stay true
-- whatever the number of instances: unique keys, versions for If-Match (R15), one pending
-- request per person and role. Counts that span rows (at most two partner administrators,
-- R12; at least one local administrator, R13) are kept by the operations under a row lock
-- on the partner or the organisme (SELECT … FOR UPDATE), which serialises the writers.

-- position: the order of the catalogue as the guides give it, which lists follow.
create table organismes (
  id text primary key,
  position integer not null default 0,
  code text not null,
  name text not null,
  long_name text not null,
  branches text[] not null default '{}',
  space text not null check (space in ('ucanss', 'caf'))
);

create table applications (
  id text primary key,
  position integer not null default 0,
  name text not null,
  theme text not null,
  description text not null,
  target_public text not null,
  approval text not null check (approval in ('libre', 'local', 'central', 'procedure', 'convention')),
  space text not null check (space in ('ucanss', 'caf')),
  procedure_text text,
  procedure_contact text
);

create table roles (
  id text primary key,
  position integer not null default 0,
  application_id text not null references applications (id),
  label text not null
);

create table conventions (
  id text primary key,
  position integer not null default 0,
  label text not null,
  partner_id text not null references organismes (id)
);

-- The services and roles the CAF grants the partner by this convention (R11).
create table convention_roles (
  convention_id text not null references conventions (id),
  role_id text not null references roles (id),
  primary key (convention_id, role_id)
);

create table accounts (
  id text primary key,
  identifier text not null unique,
  civilite text check (civilite in ('M.', 'Mme')),
  nom text not null,
  prenom text not null,
  nom_naissance text,
  email_pro text not null,
  email_contact text,
  phone text,
  fonction text,
  organisme_id text not null references organismes (id),
  secondary_organisme_id text references organismes (id),
  add boolean not null default false,
  add_profile text check (add_profile in ('directeur', 'autre')),
  status text not null check (status in ('actif', 'inactif', 'supprime', 'ouvert', 'cloture')),
  space text not null check (space in ('ucanss', 'caf')),
  convention_id text references conventions (id),
  workstyle text check (workstyle in ('sedentaire', 'itinerant')),
  opening_date date,
  closing_date date check (closing_date is null or opening_date is null or closing_date >= opening_date),
  created_at timestamptz not null default now(),
  created_by text references accounts (id),
  -- Lower-case, accent-free "nom prenom", for searching and sorting by name.
  sort_key text not null,
  version integer not null default 1 check (version > 0)
);
-- R7: the professional e-mail is the identifier, whatever its case.
create unique index accounts_email_pro_key on accounts (lower(email_pro));
create index accounts_organisme_sort on accounts (organisme_id, sort_key);
create index accounts_sort on accounts (sort_key);

create table grants (
  account_id text not null references accounts (id),
  role_id text not null references roles (id),
  source text not null check (source in ('direct', 'groupe', 'tacite', 'defaut-add')),
  granted_at timestamptz not null,
  primary key (account_id, role_id)
);
create index grants_role on grants (role_id);

create table central_admins (account_id text primary key references accounts (id));
create table caf_agents (account_id text primary key references accounts (id));

create table local_admins (
  account_id text primary key references accounts (id),
  organisme_id text not null references organismes (id),
  director boolean not null default false,
  since date not null,
  named_by text references accounts (id)
);
create index local_admins_organisme on local_admins (organisme_id);

create table partner_admins (
  account_id text primary key references accounts (id),
  partner_id text not null references organismes (id),
  since date not null
);
create index partner_admins_partner on partner_admins (partner_id);

create table groups (
  id text primary key,
  convention_id text not null references conventions (id),
  code text not null,
  -- The code without case or accents: R11 compares codes so.
  code_key text not null,
  label text not null,
  level integer not null check (level >= 1),
  parent_id text references groups (id),
  opening_date date not null,
  closing_date date check (closing_date is null or closing_date >= opening_date),
  responsable_id text not null references accounts (id),
  version integer not null default 1 check (version > 0),
  -- R11: a code once per convention, closed groups included.
  unique (convention_id, code_key)
);

create table group_roles (
  group_id text not null references groups (id),
  role_id text not null references roles (id),
  primary key (group_id, role_id)
);

create table memberships (
  group_id text not null references groups (id),
  account_id text not null references accounts (id),
  opening_date date not null,
  closing_date date,
  version integer not null default 1 check (version > 0),
  primary key (group_id, account_id)
);
create index memberships_account on memberships (account_id);

create table access_requests (
  id text primary key,
  requester_id text not null references accounts (id),
  role_id text not null references roles (id),
  approval text not null check (approval in ('local', 'central')),
  requested_at timestamptz not null,
  status text not null check (status in ('en_attente', 'acceptee', 'refusee', 'acceptee_tacitement')),
  decided_by text references accounts (id),
  decided_at timestamptz,
  reason text,
  version integer not null default 1 check (version > 0)
);
-- R3: one pending request per person and role, even when two are sent at once.
create unique index access_requests_one_pending on access_requests (requester_id, role_id) where status = 'en_attente';
-- R4: the tacit-acceptance job walks the pending requests, oldest first.
create index access_requests_pending on access_requests (requested_at) where status = 'en_attente';

create table account_requests (
  id text primary key,
  civilite text not null check (civilite in ('M.', 'Mme')),
  nom text not null,
  prenom text not null,
  email_pro text not null,
  external boolean not null,
  organisme_id text not null references organismes (id),
  requested_at timestamptz not null,
  routed_to text not null check (routed_to in ('local', 'central')),
  status text not null check (status in ('en_attente', 'acceptee', 'refusee', 'acceptee_tacitement')),
  decided_by text references accounts (id),
  decided_at timestamptz,
  reason text,
  account_id text references accounts (id),
  version integer not null default 1 check (version > 0)
);
create unique index account_requests_one_pending on account_requests (lower(email_pro)) where status = 'en_attente';

-- R14: every change, written in the transaction of the change.
create table history (
  id bigserial primary key,
  at timestamptz not null,
  actor_id text not null,
  actor_name text not null,
  action text not null,
  target_type text not null check (target_type in ('account', 'grant', 'group', 'membership', 'delegation', 'request')),
  target_id text not null,
  account_id text,
  summary text not null,
  before jsonb,
  after jsonb
);
create index history_account on history (account_id, at desc);

-- R5: a key belongs to one person and one request (its fingerprint); the answer is kept.
create table idempotency_keys (
  actor_id text not null,
  key text not null,
  fingerprint text not null,
  status integer,
  body jsonb,
  created_at timestamptz not null default now(),
  primary key (actor_id, key)
);

-- R5, R7: the notifications, written with the change; a sender delivers each once.
create table outbox (
  id bigserial primary key,
  recipient text not null,
  subject text not null,
  body text not null,
  created_at timestamptz not null default now(),
  attempts integer not null default 0,
  next_attempt_at timestamptz not null default now(),
  sent_at timestamptz,
  last_error text
);
create index outbox_unsent on outbox (next_attempt_at) where sent_at is null;
