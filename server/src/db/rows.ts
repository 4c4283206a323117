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

/** A field of `T` as a reader names it: `field`, or `?field` left absent where its column is null. */
type FieldName<T> = (keyof T & string) | `?${keyof T & string}`;

/**
 * A reader of rows into records of `T`: each field in this order, from the column of its name in
 * snake_case (`emailPro` from `email_pro`), as the column comes; `?field` is left absent where the
 * column is null, and `[field, from]` is computed from the row.
 */
export function reader<T>(fields: readonly (FieldName<T> | [keyof T & string, (row: Row) => unknown])[]): (row: Row) => T {
  const read = fields.map((field) => {
    if (typeof field !== 'string') return { name: field[0], value: field[1], optional: false };
    const name = field.replace(/^\?/, '');
    const column = name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    return { name, value: (row: Row) => row[column], optional: name !== field };
  });
  return (row) => {
    const record: Row = {};
    for (const { name, value, optional } of read) {
      const v = value(row);
      if (!optional || (v !== null && v !== undefined)) record[name] = v;
    }
    return record as T;
  };
}

export const ACCOUNT_COLUMNS = `a.id, a.identifier, a.civilite, a.nom, a.prenom, a.nom_naissance, a.email_pro, a.email_contact, a.phone, a.fonction,
  a.organisme_id, a.secondary_organisme_id, a.add, a.add_profile, a.status, a.space, a.convention_id, a.workstyle,
  ${day('a.opening_date')} as opening_date, ${day('a.closing_date')} as closing_date, ${instant('a.created_at')} as created_at, a.created_by,
  a.sort_key, a.prenom_key, a.version,
  coalesce((select json_agg(json_build_object('roleId', g.role_id, 'source', g.source, 'grantedAt', ${instant('g.granted_at')})) from grants g where g.account_id = a.id), '[]') as grants`;

export const accountOf = reader<AccountRecord>([
  'id', 'identifier', '?civilite', 'nom', 'prenom', '?nomNaissance', 'emailPro', '?emailContact', '?phone', '?fonction', 'organismeId', '?secondaryOrganismeId',
  'add', '?addProfile', 'status', 'space', '?conventionId', '?workstyle', '?openingDate', '?closingDate', 'createdAt', '?createdBy', 'version', 'sortKey', 'prenomKey',
  ['grants', (row) => new Map(json<GrantRecord[]>(row.grants).map((g) => [g.roleId, g]))],
]);

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

export const accessRequestOf = reader<AccessRequestRecord>(['id', 'requesterId', 'roleId', 'approval', 'requestedAt', 'status', '?decidedBy', '?decidedAt', '?reason', 'version']);

export const ACCESS_REQUEST_FIELD_COLUMNS = { status: 'status', decidedBy: 'decided_by', decidedAt: 'decided_at', reason: 'reason' } as const;

export const ACCOUNT_REQUEST_COLUMNS = `q.id, q.civilite, q.nom, q.prenom, q.email_pro, q.external, q.organisme_id, ${instant('q.requested_at')} as requested_at,
  q.routed_to, q.status, q.decided_by, ${instant('q.decided_at')} as decided_at, q.reason, q.account_id, q.version`;

export const accountRequestOf = reader<AccountRequestRecord>([
  'id', 'civilite', 'nom', 'prenom', 'emailPro', 'external', 'organismeId', 'requestedAt', 'routedTo', 'status', '?decidedBy', '?decidedAt', '?reason', '?accountId', 'version',
]);

export const ACCOUNT_REQUEST_FIELD_COLUMNS = { status: 'status', decidedBy: 'decided_by', decidedAt: 'decided_at', reason: 'reason', accountId: 'account_id' } as const;

export const GROUP_COLUMNS = `gr.id, gr.convention_id, gr.code, gr.label, gr.level, gr.parent_id, ${day('gr.opening_date')} as opening_date, ${day('gr.closing_date')} as closing_date,
  gr.responsable_id, gr.version, ${groupRoleIds('gr.id')} as role_ids`;

/** A group's roles as a JSON array, in the order they were assigned (R11), as the reference server keeps them. */
export function groupRoleIds(groupId: string): string {
  return `coalesce((select json_agg(role_id order by position, role_id) from group_roles where group_id = ${groupId}), '[]')`;
}

export const groupOf = reader<GroupRecord>([
  'id', 'conventionId', 'code', 'label', 'level', '?parentId', 'openingDate', '?closingDate', 'responsableId', ['roleIds', (row) => json<string[]>(row.role_ids)], 'version',
]);

/** The columns of a group's fields a change sets, by field (its roles are rows of group_roles). */
export const GROUP_FIELD_COLUMNS = { label: 'label', responsableId: 'responsable_id', openingDate: 'opening_date', closingDate: 'closing_date' } as const;

export const MEMBER_COLUMNS = `m.group_id, m.account_id, ${day('m.opening_date')} as opening_date, ${day('m.closing_date')} as closing_date, m.version,
  a.identifier, a.civilite, a.nom, a.prenom`;

/** A row of memberships joined (as m) to its account (as a). */
export const memberOf = reader<MemberOfGroup>(['groupId', 'accountId', 'openingDate', '?closingDate', 'version', 'identifier', '?civilite', 'nom', 'prenom']);

export const LOCAL_ADMIN_COLUMNS = `l.account_id, l.organisme_id, l.director, ${day('l.since')} as since, l.named_by`;

export const localAdminOf = reader<LocalAdminRecord>(['accountId', 'organismeId', 'director', 'since', '?namedBy']);

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

export const partnerAdminOf = reader<PartnerAdminRecord>(['accountId', 'partnerId', 'since']);

/** partner_admins as p joined to its account as a. */
export const partnerAdminViewOf = reader<Omit<PartnerAdmin, 'actions'>>(['accountId', 'identifier', 'nom', 'prenom', 'emailPro', 'partnerId', 'since']);

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

