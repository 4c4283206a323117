/**
 * Rows as the records core/ works on, and back: the column lists, the conversions of dates and
 * instants (days as YYYY-MM-DD, instants in ISO 8601 UTC, as the reference server keeps them),
 * and absent columns left absent.
 */
import type { AccessRequestRecord, AccountRecord, AccountRequestRecord, GrantRecord, GroupRecord, LocalAdminRecord, PartnerAdminRecord } from '../../../core/records.js';
import type { Catalogue, PrivilegeFacts } from '../../../core/access.js';
import type { MemberOfGroup } from '../../../core/storage.js';
import type { LocalAdmin, PartnerAdmin } from '../../../src/domain/index.js';
import { searchKey } from '../../../core/search-key.js';

export type Row = Record<string, unknown>;

export const day = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;
export const instant = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
/** JSON columns come parsed from postgres.js, as text from PGlite's json_agg in some versions. */
export const json = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

const optional = (row: Row, key: string, column: string) => (row[column] === null || row[column] === undefined ? {} : { [key]: row[column] });

export const ACCOUNT_COLUMNS = `a.id, a.identifier, a.civilite, a.nom, a.prenom, a.nom_naissance, a.email_pro, a.email_contact, a.phone, a.fonction,
  a.organisme_id, a.secondary_organisme_id, a.add, a.add_profile, a.status, a.space, a.convention_id, a.workstyle,
  ${day('a.opening_date')} as opening_date, ${day('a.closing_date')} as closing_date, ${instant('a.created_at')} as created_at, a.created_by,
  a.sort_key, a.prenom_key, a.version,
  coalesce((select json_agg(json_build_object('roleId', g.role_id, 'source', g.source, 'grantedAt', ${instant('g.granted_at')})) from grants g where g.account_id = a.id), '[]') as grants`;

export function accountOf(row: Row): AccountRecord {
  const grants = json<GrantRecord[]>(row.grants);
  return {
    id: row.id as string,
    identifier: row.identifier as string,
    ...optional(row, 'civilite', 'civilite'),
    nom: row.nom as string,
    prenom: row.prenom as string,
    ...optional(row, 'nomNaissance', 'nom_naissance'),
    emailPro: row.email_pro as string,
    ...optional(row, 'emailContact', 'email_contact'),
    ...optional(row, 'phone', 'phone'),
    ...optional(row, 'fonction', 'fonction'),
    organismeId: row.organisme_id as string,
    ...optional(row, 'secondaryOrganismeId', 'secondary_organisme_id'),
    add: row.add as boolean,
    ...optional(row, 'addProfile', 'add_profile'),
    status: row.status as AccountRecord['status'],
    space: row.space as AccountRecord['space'],
    ...optional(row, 'conventionId', 'convention_id'),
    ...optional(row, 'workstyle', 'workstyle'),
    ...optional(row, 'openingDate', 'opening_date'),
    ...optional(row, 'closingDate', 'closing_date'),
    createdAt: row.created_at as string,
    ...optional(row, 'createdBy', 'created_by'),
    version: row.version as number,
    sortKey: row.sort_key as string,
    prenomKey: row.prenom_key as string,
    grants: new Map(grants.map((g) => [g.roleId, g])),
  } as AccountRecord;
}

/** The columns of an account's fields, by field. */
export const ACCOUNT_FIELD_COLUMNS = {
  identifier: 'identifier',
  civilite: 'civilite',
  nom: 'nom',
  prenom: 'prenom',
  nomNaissance: 'nom_naissance',
  emailPro: 'email_pro',
  emailContact: 'email_contact',
  phone: 'phone',
  fonction: 'fonction',
  organismeId: 'organisme_id',
  secondaryOrganismeId: 'secondary_organisme_id',
  add: 'add',
  addProfile: 'add_profile',
  status: 'status',
  space: 'space',
  conventionId: 'convention_id',
  workstyle: 'workstyle',
  openingDate: 'opening_date',
  closingDate: 'closing_date',
} as const;

/** The search keys of an account, derived from its names (core/search-key.ts), as the reference server derives them. */
export function keysOf(a: { nom: string; prenom: string; fonction?: string }): { sort_key: string; prenom_key: string; fonction_key: string } {
  return { sort_key: searchKey(`${a.nom} ${a.prenom}`), prenom_key: searchKey(a.prenom), fonction_key: searchKey(a.fonction ?? '') };
}

export const ACCESS_REQUEST_COLUMNS = `r.id, r.requester_id, r.role_id, r.approval, ${instant('r.requested_at')} as requested_at, r.status, r.decided_by,
  ${instant('r.decided_at')} as decided_at, r.reason, r.version`;

export function accessRequestOf(row: Row): AccessRequestRecord {
  return {
    id: row.id as string,
    requesterId: row.requester_id as string,
    roleId: row.role_id as string,
    approval: row.approval as AccessRequestRecord['approval'],
    requestedAt: row.requested_at as string,
    status: row.status as AccessRequestRecord['status'],
    ...optional(row, 'decidedBy', 'decided_by'),
    ...optional(row, 'decidedAt', 'decided_at'),
    ...optional(row, 'reason', 'reason'),
    version: row.version as number,
  };
}

export const ACCESS_REQUEST_FIELD_COLUMNS = { status: 'status', decidedBy: 'decided_by', decidedAt: 'decided_at', reason: 'reason' } as const;

export const ACCOUNT_REQUEST_COLUMNS = `q.id, q.civilite, q.nom, q.prenom, q.email_pro, q.external, q.organisme_id, ${instant('q.requested_at')} as requested_at,
  q.routed_to, q.status, q.decided_by, ${instant('q.decided_at')} as decided_at, q.reason, q.account_id, q.version`;

export function accountRequestOf(row: Row): AccountRequestRecord {
  return {
    id: row.id as string,
    civilite: row.civilite as AccountRequestRecord['civilite'],
    nom: row.nom as string,
    prenom: row.prenom as string,
    emailPro: row.email_pro as string,
    external: row.external as boolean,
    organismeId: row.organisme_id as string,
    requestedAt: row.requested_at as string,
    routedTo: row.routed_to as AccountRequestRecord['routedTo'],
    status: row.status as AccountRequestRecord['status'],
    ...optional(row, 'decidedBy', 'decided_by'),
    ...optional(row, 'decidedAt', 'decided_at'),
    ...optional(row, 'reason', 'reason'),
    ...optional(row, 'accountId', 'account_id'),
    version: row.version as number,
  };
}

export const ACCOUNT_REQUEST_FIELD_COLUMNS = { status: 'status', decidedBy: 'decided_by', decidedAt: 'decided_at', reason: 'reason', accountId: 'account_id' } as const;

export const GROUP_COLUMNS = `gr.id, gr.convention_id, gr.code, gr.label, gr.level, gr.parent_id, ${day('gr.opening_date')} as opening_date, ${day('gr.closing_date')} as closing_date,
  gr.responsable_id, gr.version, ${groupRoleIds('gr.id')} as role_ids`;

/** A group's roles as a JSON array, in the order they were assigned (R11), as the reference server keeps them. */
export function groupRoleIds(groupId: string): string {
  return `coalesce((select json_agg(role_id order by position, role_id) from group_roles where group_id = ${groupId}), '[]')`;
}

export function groupOf(row: Row): GroupRecord {
  return {
    id: row.id as string,
    conventionId: row.convention_id as string,
    code: row.code as string,
    label: row.label as string,
    level: row.level as number,
    ...optional(row, 'parentId', 'parent_id'),
    openingDate: row.opening_date as string,
    ...optional(row, 'closingDate', 'closing_date'),
    responsableId: row.responsable_id as string,
    roleIds: json<string[]>(row.role_ids),
    version: row.version as number,
  } as GroupRecord;
}

/** The columns of a group's fields a change sets, by field (its roles are rows of group_roles). */
export const GROUP_FIELD_COLUMNS = { label: 'label', responsableId: 'responsable_id', openingDate: 'opening_date', closingDate: 'closing_date' } as const;

export const MEMBER_COLUMNS = `m.group_id, m.account_id, ${day('m.opening_date')} as opening_date, ${day('m.closing_date')} as closing_date, m.version,
  a.identifier, a.civilite, a.nom, a.prenom`;

/** A row of memberships joined (as m) to its account (as a). */
export function memberOf(row: Row): MemberOfGroup {
  return {
    groupId: row.group_id as string,
    accountId: row.account_id as string,
    openingDate: row.opening_date as string,
    ...optional(row, 'closingDate', 'closing_date'),
    version: row.version as number,
    identifier: row.identifier as string,
    ...optional(row, 'civilite', 'civilite'),
    nom: row.nom as string,
    prenom: row.prenom as string,
  } as MemberOfGroup;
}

export const LOCAL_ADMIN_COLUMNS = `l.account_id, l.organisme_id, l.director, ${day('l.since')} as since, l.named_by`;

export function localAdminOf(row: Row): LocalAdminRecord {
  return {
    accountId: row.account_id as string,
    organismeId: row.organisme_id as string,
    director: row.director as boolean,
    since: row.since as string,
    ...optional(row, 'namedBy', 'named_by'),
  } as LocalAdminRecord;
}

/** The columns of localAdminViewOf: local_admins as l, its account as a, who named him as n. */
export const LOCAL_ADMIN_VIEW_COLUMNS = `a.id, a.nom, a.prenom, a.email_pro, a.phone, l.organisme_id, l.director, ${day('l.since')} as since, l.named_by,
  n.prenom as by_prenom, n.nom as by_nom`;

export function localAdminViewOf(catalogue: Catalogue, r: Row): Omit<LocalAdmin, 'actions'> {
  return {
    accountId: r.id as string,
    nom: r.nom as string,
    prenom: r.prenom as string,
    emailPro: r.email_pro as string,
    ...(r.phone ? { phone: r.phone as string } : {}),
    organismeId: r.organisme_id as string,
    organismeName: catalogue.organismes.get(r.organisme_id as string)!.name,
    director: r.director as boolean,
    since: r.since as string,
    ...(r.named_by ? { namedBy: { id: r.named_by as string, name: r.by_nom ? `${r.by_prenom as string} ${r.by_nom as string}` : (r.named_by as string) } } : {}),
  };
}

export const PARTNER_ADMIN_COLUMNS = `p.account_id, p.partner_id, ${day('p.since')} as since`;

export function partnerAdminOf(row: Row): PartnerAdminRecord {
  return { accountId: row.account_id as string, partnerId: row.partner_id as string, since: row.since as string };
}

/** partner_admins as p joined to its account as a. */
export function partnerAdminViewOf(row: Row): Omit<PartnerAdmin, 'actions'> {
  return {
    accountId: row.account_id as string,
    identifier: row.identifier as string,
    nom: row.nom as string,
    prenom: row.prenom as string,
    emailPro: row.email_pro as string,
    partnerId: row.partner_id as string,
    since: row.since as string,
  };
}

/** `set a = $3, b = $4…` for the given fields of a change, from the second free parameter on. */
export function assignments(change: object, columns: Record<string, string>, firstParam: number): { sets: string[]; values: unknown[] } {
  const values = change as Record<string, unknown>;
  const keys = Object.keys(values).filter((k) => k in columns && values[k] !== undefined);
  return { sets: keys.map((k, i) => `${columns[k]} = $${firstParam + i}`), values: keys.map((k) => values[k]) };
}

/** The privileges of a person, as columns of a query where `person` names his id and `today` the day's parameter. */
export function privilegeColumns(person: string, today: string): string {
  return `exists (select 1 from central_admins where account_id = ${person}) as central_admin,
    exists (select 1 from caf_agents where account_id = ${person}) as caf_agent,
    (select partner_id from partner_admins where account_id = ${person}) as partner_admin_of,
    (select organisme_id from local_admins where account_id = ${person}) as local_admin_of,
    coalesce((select json_agg(json_build_object('id', id, 'code', code) order by id) from groups
       where responsable_id = ${person} and opening_date <= ${today}::date and (closing_date is null or closing_date > ${today}::date)), '[]') as responsable_of`;
}

export function privilegesOf(row: Row): PrivilegeFacts {
  return {
    centralAdmin: row.central_admin as boolean,
    cafAgent: row.caf_agent as boolean,
    ...(row.partner_admin_of ? { partnerAdminOf: row.partner_admin_of as string } : {}),
    ...(row.local_admin_of ? { localAdminOf: row.local_admin_of as string } : {}),
    responsableOf: json<{ id: string; code: string }[]>(row.responsable_of),
  };
}

