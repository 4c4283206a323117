/**
 * CAF conventions and user groups (R1, R11, R12, R14, R15), the same on every server. The
 * "Synthèse" of the CAF guide decides who does what: only the partner administrator creates,
 * changes and closes groups and assigns their roles; he and the responsables habilitations
 * attach and detach members. Rights come from open groups to their active members, so
 * everything here changes rights by changing groups and memberships, never the accounts.
 * A change reads its group locked: changes of a group, of its sub-groups and of its members
 * take turns on every server.
 */
import type { Convention, Group, GroupDraft, GroupPatch, GroupQuery, Membership, MembershipDraft, MembershipPatch, PersonaRole } from '../../src/domain/index.js';
import { formatDate, subGroupLevel, validateDates, validateGroupDraft } from '../../src/domain/index.js';
import { afasRefusal, canSeeConvention, effectiveStatus, groupActions, groupAdminRefusal, isAfasRole, membersRefusal, roleGrantProblem, type Actor } from '../access.js';
import type { GroupRecord, MembershipRecord } from '../records.js';
import { inBoth, type Words } from '../language.js';
import { fieldRefusal, Refusal } from '../refusal.js';
import { expectVersion } from '../request.js';
import { searchKey } from '../search-key.js';
import type { HistoryDraft, MemberOfGroup, Reader, Storage, Tx } from '../storage.js';
import { ACCOUNT_NOT_FOUND, actorRef } from './accounts.js';
import { personRef } from './requests.js';

const CONVENTION_READERS: readonly PersonaRole[] = ['partner-admin', 'responsable', 'caf-agent'];

/** R11: the code is taken in the convention; the detail names the group's code as it is written. */
export function duplicateGroupCode(existingCode: string): Refusal {
  return new Refusal('duplicate-group-code', { fr: `Le code ${existingCode} est déjà pris.`, en: `The code ${existingCode} is taken.` }, {
    errors: [{ field: 'code', code: 'duplicate-group-code', message: 'duplicate-group-code' }],
  });
}

function trace(actor: Actor, entry: Omit<HistoryDraft, 'actor'>): HistoryDraft {
  return { actor: actorRef(actor), ...entry };
}

/** Closed means closed today; a closing date still to come leaves the group working until then. */
function isClosed(today: string, group: GroupRecord): boolean {
  return !!group.closingDate && group.closingDate <= today;
}

function hasEnded(today: string, m: MembershipRecord): boolean {
  return !!m.closingDate && m.closingDate <= today;
}

function isActive(today: string, m: { openingDate: string; closingDate?: string }): boolean {
  return m.openingDate <= today && (!m.closingDate || m.closingDate > today);
}

/** Code point by code point, as the search orders names: the same order on every server. */
const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// ---- views --------------------------------------------------------------------------------

/** The groups as the contract shows them to the actor; `known` holds their parents when at hand. */
async function groupViews(reader: Reader, actor: Actor, groups: GroupRecord[], known: GroupRecord[] = groups): Promise<Group[]> {
  const today = reader.today();
  const byId = new Map(known.map((g) => [g.id, g]));
  const [counts, responsables] = await Promise.all([
    reader.memberCounts(groups.map((g) => g.id)),
    Promise.all([...new Set(groups.map((g) => g.responsableId))].map((id) => personRef(reader, id))),
  ]);
  const names = new Map(responsables.map((p) => [p.id, p]));
  const views: Group[] = [];
  for (const g of groups) {
    const parent = g.parentId ? (byId.get(g.parentId) ?? (await reader.group(g.parentId))) : undefined;
    views.push({
      id: g.id,
      conventionId: g.conventionId,
      code: g.code,
      label: g.label,
      level: g.level,
      ...(parent ? { parentId: parent.id, parentCode: parent.code } : {}),
      openingDate: g.openingDate,
      ...(g.closingDate ? { closingDate: g.closingDate } : {}),
      status: isClosed(today, g) ? 'cloture' : 'ouvert',
      responsable: names.get(g.responsableId)!,
      roleIds: [...g.roleIds],
      memberCount: counts.get(g.id) ?? 0,
      version: g.version,
      actions: groupActions(today, actor, g, reader.catalogue),
    });
  }
  return views;
}

async function groupView(reader: Reader, actor: Actor, id: string): Promise<Group> {
  return (await groupViews(reader, actor, [(await reader.group(id))!]))[0]!;
}

function membershipView(m: MemberOfGroup): Membership {
  return {
    groupId: m.groupId,
    accountId: m.accountId,
    identifier: m.identifier,
    ...(m.civilite ? { civilite: m.civilite } : {}),
    nom: m.nom,
    prenom: m.prenom,
    openingDate: m.openingDate,
    ...(m.closingDate ? { closingDate: m.closingDate } : {}),
    version: m.version,
  };
}

// ---- conventions ----------------------------------------------------------------------------

export async function listConventions(reader: Reader, actor: Actor): Promise<Convention[]> {
  if (!CONVENTION_READERS.some((r) => actor.roles.has(r))) {
    throw new Refusal('forbidden', {
      fr: 'Les conventions sont consultées par les administrateurs partenaires, les responsables habilitations et les agents Caf.',
      en: 'Conventions are read by the partner administrators, the responsables habilitations and the CAF agents.',
    });
  }
  return [...reader.catalogue.conventions.values()].filter((c) => canSeeConvention(actor, c.id)).sort((a, b) => a.label.localeCompare(b.label, 'fr'));
}

export async function getConvention(reader: Reader, actor: Actor, id: string): Promise<Convention> {
  return readableConvention(reader, actor, id);
}

function readableConvention(reader: Reader, actor: Actor, id: string): Convention {
  const convention = reader.catalogue.conventions.get(id);
  if (!convention) throw new Refusal('not-found', { fr: 'Convention introuvable.', en: 'No such convention.' });
  if (!canSeeConvention(actor, id)) throw new Refusal('out-of-scope');
  return convention;
}

const RESPONSABLE_FIELD_ERROR = { errors: [{ field: 'responsableId', code: 'responsable-not-member-of-convention', message: 'responsable-not-member-of-convention' }] };

/**
 * R11: the responsable habilitations is chosen among the open users of the convention, and his
 * account does not close before the group does (`group`: its closing date as it will be): a
 * group keeps an open responsable. His account is locked, so that it does not close meanwhile
 * (core/operations/accounts.ts refuses to close the account of a responsable, under that lock).
 */
async function ensureResponsable(tx: Tx, conventionId: string, accountId: string, group: Pick<GroupRecord, 'closingDate'>): Promise<void> {
  const account = await tx.lockAccount(accountId);
  if (account?.space !== 'caf' || account.conventionId !== conventionId || effectiveStatus(account, tx.today()) !== 'ouvert') {
    throw new Refusal('responsable-not-member-of-convention', undefined, RESPONSABLE_FIELD_ERROR);
  }
  // Open today, with a closing date to come.
  const closing = account.closingDate;
  if (closing && !(group.closingDate && group.closingDate <= closing)) {
    const name = `${account.prenom} ${account.nom}`;
    throw new Refusal(
      'responsable-not-member-of-convention',
      inBoth((lang) =>
        lang === 'fr'
          ? `Le compte de ${name} a pour date de clôture le ${formatDate(closing, lang)}, avant la fin du groupe : choisissez un autre responsable habilitations.`
          : `The account of ${name} has ${formatDate(closing, lang)} as its closing date, before the group ends: choose another responsable habilitations.`,
      ),
      RESPONSABLE_FIELD_ERROR,
    );
  }
}

// ---- groups ---------------------------------------------------------------------------------

function found(group: GroupRecord | undefined): GroupRecord {
  if (!group) throw new Refusal('not-found', { fr: 'Groupe introuvable.', en: 'No such group.' });
  return group;
}

/** A responsable reads every group of his convention; what he may change is in the actions. */
async function readableGroup(reader: Reader, actor: Actor, id: string): Promise<GroupRecord> {
  const group = found(await reader.group(id));
  if (!canSeeConvention(actor, group.conventionId)) throw new Refusal('out-of-scope');
  return group;
}

/** The group locked for the change, if the actor administers it. */
async function administrableGroup(tx: Tx, actor: Actor, id: string): Promise<GroupRecord> {
  const group = found(await tx.lockGroup(id));
  const refusal = groupAdminRefusal(actor, group);
  if (refusal) throw new Refusal(refusal);
  return group;
}

function ensureOpen(today: string, group: GroupRecord): void {
  if (isClosed(today, group)) throw new Refusal('group-closed', { fr: `Le groupe ${group.code} est clôturé.`, en: `Group ${group.code} is closed.` });
}

export async function getGroup(reader: Reader, actor: Actor, id: string): Promise<Group> {
  const group = await readableGroup(reader, actor, id);
  return (await groupViews(reader, actor, [group]))[0]!;
}

export async function listGroups(reader: Reader, actor: Actor, conventionId: string, q: GroupQuery): Promise<Group[]> {
  readableConvention(reader, actor, conventionId);
  const today = reader.today();
  const code = q.code ? searchKey(q.code) : undefined;
  const label = q.label ? searchKey(q.label) : undefined;
  const memberOf = q.accountId ? new Set((await reader.membershipsOf(q.accountId)).filter((m) => isActive(today, m)).map((m) => m.groupId)) : undefined;
  const all = await reader.groupsOf(conventionId);
  const groups = all
    .filter((g) => (!code || searchKey(g.code).includes(code)) && (!label || searchKey(g.label).includes(label)) && (!memberOf || memberOf.has(g.id)))
    .sort((a, b) => a.code.localeCompare(b.code, 'fr') || order(a.id, b.id));
  return groupViews(reader, actor, groups, all);
}

/** R11: codes compare without case or accents, closed groups included, since they stay listed. */
async function ensureUniqueCode(reader: Reader, conventionId: string, code: string): Promise<void> {
  const key = searchKey(code);
  const taken = (await reader.groupsOf(conventionId)).find((g) => searchKey(g.code) === key);
  if (taken) throw duplicateGroupCode(taken.code);
}

/** The parent, locked: a group does not close while a sub-group is being created under it. */
async function parentFor(tx: Tx, conventionId: string, parentId: string): Promise<GroupRecord> {
  const parent = await tx.lockGroup(parentId);
  if (!parent) throw new Refusal('not-found', { fr: 'Groupe parent introuvable.', en: 'No such parent group.' });
  if (parent.conventionId !== conventionId) {
    throw new Refusal('out-of-scope', { fr: 'Le groupe parent appartient à une autre convention.', en: 'The parent group belongs to another convention.' });
  }
  ensureOpen(tx.today(), parent);
  return parent;
}

function responsableTrace(actor: Actor, group: GroupRecord, accountId: string, named: boolean): HistoryDraft {
  return trace(actor, {
    action: named ? 'group.responsable-named' : 'group.responsable-withdrawn',
    targetType: 'group',
    targetId: group.id,
    accountId,
    summary: named
      ? { fr: `Désignation comme responsable habilitations du groupe ${group.code}`, en: `Named responsable habilitations of group ${group.code}` }
      : { fr: `Fin de la fonction de responsable habilitations du groupe ${group.code}`, en: `No longer responsable habilitations of group ${group.code}` },
  });
}

export async function createGroup(storage: Storage, actor: Actor, conventionId: string, draft: GroupDraft): Promise<Group> {
  readableConvention(storage, actor, conventionId);
  const refusal = groupAdminRefusal(actor, { conventionId });
  if (refusal) throw new Refusal(refusal);
  const openingDate = draft.openingDate ?? storage.today();
  const problems = validateGroupDraft({ ...draft, openingDate }, storage.now());
  if (problems.length) throw fieldRefusal(problems);
  const code = draft.code.trim();
  const id = await storage.write(async (tx) => {
    await ensureUniqueCode(tx, conventionId, code);
    // The parent is locked before the responsable's account, in the order every change takes them (group, then account).
    const parent = draft.parentId ? await parentFor(tx, conventionId, draft.parentId) : undefined;
    await ensureResponsable(tx, conventionId, draft.responsableId, draft.closingDate ? { closingDate: draft.closingDate } : {});
    const group: GroupRecord = {
      id: await tx.newId('grp'),
      conventionId,
      code,
      label: draft.label.trim(),
      level: subGroupLevel(parent?.level),
      ...(parent ? { parentId: parent.id } : {}),
      openingDate,
      ...(draft.closingDate ? { closingDate: draft.closingDate } : {}),
      responsableId: draft.responsableId,
      roleIds: [],
      version: 1,
    };
    await tx.insertGroup(group);
    await tx.record(
      trace(actor, {
        action: 'group.created',
        targetType: 'group',
        targetId: group.id,
        summary: {
          fr: `Création du groupe ${group.code} (${group.label})${parent ? `, sous-groupe de ${parent.code}` : ''}`,
          en: `Group ${group.code} (${group.label}) created${parent ? `, a sub-group of ${parent.code}` : ''}`,
        },
        after: {
          code: group.code,
          label: group.label,
          level: group.level,
          parentId: group.parentId,
          openingDate: group.openingDate,
          closingDate: group.closingDate,
          responsableId: group.responsableId,
        },
      }),
    );
    await tx.record(responsableTrace(actor, group, group.responsableId, true));
    return group.id;
  });
  return groupView(storage, actor, id);
}

export async function updateGroup(storage: Storage, actor: Actor, id: string, patch: GroupPatch, ifMatch: number | undefined): Promise<Group> {
  await storage.write(async (tx) => {
    const group = await administrableGroup(tx, actor, id);
    expectVersion(group.version, ifMatch);
    const today = tx.today();
    ensureOpen(today, group);
    const next: Pick<GroupRecord, 'label' | 'responsableId' | 'openingDate' | 'closingDate'> = {
      label: patch.label?.trim() ?? group.label,
      responsableId: patch.responsableId ?? group.responsableId,
      openingDate: patch.openingDate ?? group.openingDate,
      ...((patch.closingDate ?? group.closingDate) ? { closingDate: patch.closingDate ?? group.closingDate } : {}),
    };
    const problems = validateGroupDraft({ code: group.code, ...next }, tx.now());
    if (problems.length) throw fieldRefusal(problems);
    // A new responsable, or a later closing of the group, is checked against the responsable's own closing (R11).
    const later = !!group.closingDate && !!next.closingDate && next.closingDate > group.closingDate;
    if (next.responsableId !== group.responsableId || later) await ensureResponsable(tx, group.conventionId, next.responsableId, next);
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const key of ['label', 'responsableId', 'openingDate', 'closingDate'] as const) {
      if (next[key] === group[key]) continue;
      before[key] = group[key];
      after[key] = next[key];
    }
    if (!Object.keys(after).length) return;
    await tx.saveGroup(group, next);
    const saved: GroupRecord = { ...group, ...next, version: group.version + 1 };
    await tx.record(trace(actor, { action: 'group.updated', targetType: 'group', targetId: group.id, summary: { fr: `Modification du groupe ${group.code}`, en: `Group ${group.code} changed` }, before, after }));
    if (saved.responsableId !== group.responsableId) {
      await tx.record(responsableTrace(actor, saved, group.responsableId, false));
      await tx.record(responsableTrace(actor, saved, saved.responsableId, true));
    }
    // A closing date of today is "Désactiver" by another screen: it must have the same effect.
    if (isClosed(today, saved)) await detachEverything(tx, actor, saved);
  });
  return groupView(storage, actor, id);
}

/**
 * R11: closing a group does not close its members' accounts; they are detached from it
 * ("retirés du groupe"), which ends the rights it gave them. Sub-groups close with it: they
 * cannot be moved under another parent, and a sub-group of a closed group could not be
 * created either.
 */
export async function closeGroup(storage: Storage, actor: Actor, id: string, ifMatch: number | undefined): Promise<Group> {
  await storage.write(async (tx) => {
    const group = await administrableGroup(tx, actor, id);
    expectVersion(group.version, ifMatch);
    ensureOpen(tx.today(), group);
    await closeToday(tx, actor, group, {
      fr: `Clôture du groupe ${group.code} : ses membres perdent les droits qu'il donnait, leurs comptes restent ouverts`,
      en: `Group ${group.code} closed: its members lose the rights it gave, their accounts stay open`,
    });
  });
  return groupView(storage, actor, id);
}

/**
 * Closes the group (locked by the caller) today, then its members and sub-groups. A group that
 * has not opened yet never opens: its opening comes to today too, as a group closes no earlier
 * than it opens.
 */
async function closeToday(tx: Tx, actor: Actor, group: GroupRecord, summary: Words): Promise<void> {
  const closingDate = tx.today();
  const change = group.openingDate > closingDate ? { openingDate: closingDate, closingDate } : { closingDate };
  const before = group.openingDate > closingDate ? { openingDate: group.openingDate, closingDate: group.closingDate } : { closingDate: group.closingDate };
  await tx.saveGroup(group, change);
  await tx.record(trace(actor, { action: 'group.closed', targetType: 'group', targetId: group.id, summary, before, after: change }));
  await detachEverything(tx, actor, { ...group, ...change, version: group.version + 1 });
}

/** Ends every current membership of the group, and closes its open sub-groups (by id, so every server closes them in one order). */
async function detachEverything(tx: Tx, actor: Actor, group: GroupRecord): Promise<void> {
  const today = tx.today();
  const members = (await tx.membersOf(group.id)).sort((a, b) => order(a.accountId, b.accountId));
  for (const m of members) {
    if (!hasEnded(today, m)) await endMembership(tx, actor, group, m, { fr: ' (clôture du groupe)', en: ' (group closed)' });
  }
  const children = (await tx.groupsOf(group.conventionId)).filter((g) => g.parentId === group.id).sort((a, b) => order(a.id, b.id));
  for (const { id } of children) {
    const child = (await tx.lockGroup(id))!;
    if (isClosed(today, child)) continue;
    await closeToday(tx, actor, child, { fr: `Clôture du sous-groupe ${child.code} avec son groupe parent ${group.code}`, en: `Sub-group ${child.code} closed with its parent group ${group.code}` });
  }
}

// ---- roles of a group -----------------------------------------------------------------------

/**
 * R11, R12: a change of the roles of an open group, at the version the administrator read;
 * `change` checks it and gives the roles after it, with the words of its trace (R14).
 */
async function changeGroupRoles(
  storage: Storage,
  actor: Actor,
  id: string,
  ifMatch: number | undefined,
  change: (tx: Tx, group: GroupRecord) => Pick<HistoryDraft, 'action' | 'summary'> & { roleIds: string[] },
): Promise<Group> {
  await storage.write(async (tx) => {
    const group = await administrableGroup(tx, actor, id);
    expectVersion(group.version, ifMatch);
    ensureOpen(tx.today(), group);
    const { roleIds, action, summary } = change(tx, group);
    await tx.saveGroup(group, { roleIds });
    await tx.record(trace(actor, { action, targetType: 'group', targetId: group.id, summary, before: { roleIds: group.roleIds }, after: { roleIds } }));
  });
  return groupView(storage, actor, id);
}

export async function assignGroupRole(storage: Storage, actor: Actor, id: string, roleId: string, ifMatch: number | undefined): Promise<Group> {
  return changeGroupRoles(storage, actor, id, ifMatch, (tx, group) => {
    const refusal = roleGrantProblem(tx.catalogue, actor, { space: 'caf', conventionId: group.conventionId, viaGroup: true }, roleId);
    if (refusal) throw refusal;
    if (group.roleIds.includes(roleId)) throw new Refusal('role-already-granted', { fr: `Le groupe ${group.code} dispose déjà de ce rôle.`, en: `Group ${group.code} already holds this role.` });
    const label = tx.catalogue.roles.get(roleId)!.label;
    return {
      roleIds: [...group.roleIds, roleId],
      action: 'group.role-added',
      summary: { fr: `Rôle assigné au groupe ${group.code} : ${label}`, en: `Role assigned to group ${group.code}: ${label}` },
    };
  });
}

export async function removeGroupRole(storage: Storage, actor: Actor, id: string, roleId: string, ifMatch: number | undefined): Promise<Group> {
  return changeGroupRoles(storage, actor, id, ifMatch, (tx, group) => {
    if (!group.roleIds.includes(roleId)) throw new Refusal('role-not-granted', { fr: `Ce rôle n'est pas assigné au groupe ${group.code}.`, en: `This role is not assigned to group ${group.code}.` });
    const label = tx.catalogue.roles.get(roleId)?.label ?? roleId;
    return {
      roleIds: group.roleIds.filter((r) => r !== roleId),
      action: 'group.role-removed',
      summary: { fr: `Rôle retiré du groupe ${group.code} : ${label}`, en: `Role removed from group ${group.code}: ${label}` },
    };
  });
}

// ---- members --------------------------------------------------------------------------------

/** By name (the search's key), then by account: the same order on every server. */
export async function listMembers(reader: Reader, actor: Actor, groupId: string): Promise<Membership[]> {
  const group = await readableGroup(reader, actor, groupId);
  const keyed = (await reader.membersOf(group.id)).map((m) => ({ m, key: searchKey(`${m.nom} ${m.prenom}`) }));
  return keyed.sort((a, b) => order(a.key, b.key) || order(a.m.accountId, b.m.accountId)).map(({ m }) => membershipView(m));
}

/** R1: the partner administrator, or the responsable of the group or of a group above it; the group locked. */
async function membersGroup(tx: Tx, actor: Actor, id: string): Promise<GroupRecord> {
  const group = found(await tx.lockGroup(id));
  const refusal = membersRefusal(actor, group);
  if (refusal) throw new Refusal(refusal);
  ensureOpen(tx.today(), group);
  // R12: moving people in and out of an Afas group is managing their Afas profiles.
  if (group.roleIds.some((r) => isAfasRole(tx.catalogue, r))) {
    const afas = afasRefusal(actor);
    if (afas) throw new Refusal(afas);
  }
  return group;
}

async function currentMembership(tx: Tx, group: GroupRecord, accountId: string): Promise<MemberOfGroup> {
  const m = await tx.membership(group.id, accountId);
  if (!m || hasEnded(tx.today(), m)) {
    throw new Refusal('not-found', {
      fr: `Cet utilisateur n'est pas (ou plus) membre du groupe ${group.code} : rattachez-le à nouveau.`,
      en: `This user is not (or no longer) a member of group ${group.code}: attach him again.`,
    });
  }
  return m;
}

function membershipTrace(m: MembershipRecord) {
  return { targetType: 'membership' as const, targetId: `${m.groupId}|${m.accountId}`, accountId: m.accountId };
}

export async function addMember(storage: Storage, actor: Actor, groupId: string, draft: MembershipDraft): Promise<Membership> {
  return storage.write(async (tx) => {
    const group = await membersGroup(tx, actor, groupId);
    const account = await tx.account(draft.accountId);
    if (!account) throw new Refusal('not-found', ACCOUNT_NOT_FOUND);
    if (account.space !== 'caf' || account.conventionId !== group.conventionId) {
      throw new Refusal('out-of-scope', { fr: 'Seuls les utilisateurs de la convention du groupe peuvent y être rattachés.', en: "Only the users of the group's convention can be attached to it." });
    }
    const today = tx.today();
    if (effectiveStatus(account, today) !== 'ouvert') throw new Refusal('account-not-active', { fr: 'Ce compte est clôturé.', en: 'This account is closed.' });
    const former = await tx.membership(group.id, account.id);
    if (former && !hasEnded(today, former)) throw new Refusal('already-member');
    const dates = { openingDate: draft.openingDate ?? today, ...(draft.closingDate ? { closingDate: draft.closingDate } : {}) };
    const problems = validateDates(dates, tx.now());
    if (problems.length) throw fieldRefusal(problems);
    // A membership that ended is replaced; its version goes on so that no stale write applies.
    const m: MemberOfGroup = { groupId: group.id, accountId: account.id, identifier: account.identifier, nom: account.nom, prenom: account.prenom, ...dates, version: (former?.version ?? 0) + 1 };
    if (former) await tx.saveMembership(former, dates);
    else await tx.insertMembership({ groupId: m.groupId, accountId: m.accountId, ...dates, version: m.version });
    await tx.record(
      trace(actor, {
        action: 'membership.added',
        ...membershipTrace(m),
        summary: inBoth((lang) => {
          const [from, until] = [formatDate(m.openingDate, lang), m.closingDate ? formatDate(m.closingDate, lang) : undefined];
          return lang === 'fr'
            ? `Rattachement au groupe ${group.code} à compter du ${from}${until ? ` jusqu'au ${until}` : ''}`
            : `Attached to group ${group.code} from ${from}${until ? ` until ${until}` : ''}`;
        }),
        after: { groupId: group.id, ...dates },
      }),
    );
    return membershipView(m);
  });
}

export async function updateMember(storage: Storage, actor: Actor, groupId: string, accountId: string, patch: MembershipPatch, ifMatch: number | undefined): Promise<Membership> {
  return storage.write(async (tx) => {
    const group = await membersGroup(tx, actor, groupId);
    const m = await currentMembership(tx, group, accountId);
    expectVersion(m.version, ifMatch);
    const next = { openingDate: patch.openingDate ?? m.openingDate, ...((patch.closingDate ?? m.closingDate) ? { closingDate: patch.closingDate ?? m.closingDate } : {}) };
    const problems = validateDates(next, tx.now());
    if (problems.length) throw fieldRefusal(problems);
    await tx.saveMembership(m, next);
    await tx.record(
      trace(actor, {
        action: 'membership.updated',
        ...membershipTrace(m),
        summary: { fr: `Modification des dates d'appartenance au groupe ${group.code}`, en: `Dates of membership of group ${group.code} changed` },
        before: { openingDate: m.openingDate, closingDate: m.closingDate },
        after: next,
      }),
    );
    const { closingDate: _former, ...rest } = m;
    return membershipView({ ...rest, ...next, version: m.version + 1 });
  });
}

/**
 * "Détacher" is, in the CAF guide, entering a closing date on the membership: the record
 * stays, so the group's list and the account keep the period the rights were held.
 */
export async function removeMember(storage: Storage, actor: Actor, groupId: string, accountId: string): Promise<void> {
  await storage.write(async (tx) => {
    const group = await membersGroup(tx, actor, groupId);
    await endMembership(tx, actor, group, await currentMembership(tx, group, accountId));
  });
}

/** A membership that has not begun gave no right: it is deleted rather than closed before it opens. */
async function endMembership(tx: Tx, actor: Actor, group: GroupRecord, m: MembershipRecord, reason: Words = { fr: '', en: '' }): Promise<void> {
  const today = tx.today();
  const before = { openingDate: m.openingDate, closingDate: m.closingDate };
  if (m.openingDate > today) {
    await tx.deleteMembership(m.groupId, m.accountId);
    await tx.record(trace(actor, { action: 'membership.removed', ...membershipTrace(m), summary: { fr: `Rattachement prévu au groupe ${group.code} annulé${reason.fr}`, en: `Planned attachment to group ${group.code} cancelled${reason.en}` }, before }));
    return;
  }
  await tx.saveMembership(m, { openingDate: m.openingDate, closingDate: today });
  await tx.record(
    trace(actor, {
      action: 'membership.closed',
      ...membershipTrace(m),
      summary: { fr: `Détachement du groupe ${group.code}${reason.fr}`, en: `Detached from group ${group.code}${reason.en}` },
      before,
      after: { closingDate: today },
    }),
  );
}
