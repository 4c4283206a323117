/**
 * CAF conventions and user groups (R1, R11, R12, R14, R15). The "Synthèse" of the CAF guide
 * decides who does what: only the partner administrator creates, changes and closes groups
 * and assigns their roles; he and the responsables habilitations attach and detach members.
 * Rights come from open groups to their active members, so everything here changes rights
 * by changing groups and memberships, never the accounts themselves.
 */
import type { Convention, FieldError, GroupDraft, GroupPatch, GroupQuery, HistoryEntry, MembershipDraft, MembershipPatch, PersonaRole } from '../../src/domain/index.js';
import { FIELD_ERROR_LABELS, formatDate, subGroupLevel, validateDates, validateGroupDraft, type FieldProblem } from '../../src/domain/index.js';
import { afasRefusal, canSeeConvention, effectiveStatus, groupAdminRefusal, isAfasRole, membersRefusal, roleGrantProblem, type Actor } from '../access.js';
import { Refusal } from '../../core/refusal.js';
import { searchKey, type GroupRecord, type MembershipRecord, type ReferenceStore } from '../store.js';
import { personRef } from '../views.js';

const CONVENTION_READERS: readonly PersonaRole[] = ['partner-admin', 'responsable', 'caf-agent'];

function fieldErrors(problems: FieldProblem[]): FieldError[] {
  return problems.map((p) => ({ field: p.field, code: p.code, message: FIELD_ERROR_LABELS[p.code].fr }));
}

function fieldRefusal(problems: FieldProblem[]): Refusal {
  const code = problems.some((p) => p.code === 'retroactive-date') ? 'retroactive-date' : 'validation-failed';
  return new Refusal(code, undefined, { errors: fieldErrors(problems) });
}

function trace(store: ReferenceStore, actor: Actor, entry: Omit<HistoryEntry, 'id' | 'at' | 'actor'>): void {
  store.record({ actor: personRef(store, actor.account.id), ...entry });
}

/** Closed means closed today; a closing date still to come leaves the group working until then. */
function isClosed(store: ReferenceStore, group: GroupRecord): boolean {
  return !!group.closingDate && group.closingDate <= store.clock.today();
}

function hasEnded(store: ReferenceStore, m: MembershipRecord): boolean {
  return !!m.closingDate && m.closingDate <= store.clock.today();
}

// ---- conventions ------------------------------------------------------------------------

export function listConventions(store: ReferenceStore, actor: Actor): Convention[] {
  if (!CONVENTION_READERS.some((r) => actor.roles.has(r))) {
    throw new Refusal('forbidden', 'Les conventions sont consultées par les administrateurs partenaires, les responsables habilitations et les agents Caf.');
  }
  return [...store.conventions.values()].filter((c) => canSeeConvention(actor, c.id)).sort((a, b) => a.label.localeCompare(b.label, 'fr'));
}

export function readableConvention(store: ReferenceStore, actor: Actor, id: string): Convention {
  const convention = store.conventions.get(id);
  if (!convention) throw new Refusal('not-found', 'Convention introuvable.');
  if (!canSeeConvention(actor, id)) throw new Refusal('out-of-scope');
  return convention;
}

/** R11: the responsable habilitations is chosen among the open users of the convention. */
function ensureResponsable(store: ReferenceStore, conventionId: string, accountId: string): void {
  const account = store.accounts.get(accountId);
  if (account?.space === 'caf' && account.conventionId === conventionId && effectiveStatus(store, account) === 'ouvert') return;
  throw new Refusal('responsable-not-member-of-convention', undefined, {
    errors: fieldErrors([{ field: 'responsableId', code: 'responsable-not-member-of-convention' }]),
  });
}

// ---- groups -----------------------------------------------------------------------------

function getGroupRecord(store: ReferenceStore, id: string): GroupRecord {
  const group = store.groups.get(id);
  if (!group) throw new Refusal('not-found', 'Groupe introuvable.');
  return group;
}

/** A responsable reads every group of his convention; what he may change is in the actions. */
export function readableGroup(store: ReferenceStore, actor: Actor, id: string): GroupRecord {
  const group = getGroupRecord(store, id);
  if (!canSeeConvention(actor, group.conventionId)) throw new Refusal('out-of-scope');
  return group;
}

function administrableGroup(store: ReferenceStore, actor: Actor, id: string): GroupRecord {
  const group = getGroupRecord(store, id);
  const refusal = groupAdminRefusal(actor, group);
  if (refusal) throw new Refusal(refusal);
  return group;
}

function ensureOpen(store: ReferenceStore, group: GroupRecord): void {
  if (isClosed(store, group)) throw new Refusal('group-closed', `Le groupe ${group.code} est clôturé.`);
}

export function listGroups(store: ReferenceStore, actor: Actor, conventionId: string, q: GroupQuery): GroupRecord[] {
  readableConvention(store, actor, conventionId);
  const code = q.code ? searchKey(q.code) : undefined;
  const label = q.label ? searchKey(q.label) : undefined;
  const memberOf = q.accountId
    ? new Set(store.membershipsOfAccount(q.accountId).filter((m) => store.isMembershipActive(m)).map((m) => m.groupId))
    : undefined;
  return [...store.groups.values()]
    .filter((g) => g.conventionId === conventionId)
    .filter((g) => (!code || searchKey(g.code).includes(code)) && (!label || searchKey(g.label).includes(label)) && (!memberOf || memberOf.has(g.id)))
    .sort((a, b) => a.code.localeCompare(b.code, 'fr'));
}

/** R11: codes compare without case or accents, closed groups included, since they stay listed. */
function ensureUniqueCode(store: ReferenceStore, conventionId: string, code: string): void {
  const key = searchKey(code);
  for (const g of store.groups.values()) {
    if (g.conventionId === conventionId && searchKey(g.code) === key) {
      throw new Refusal('duplicate-group-code', `Le code ${g.code} est déjà pris.`, {
        errors: fieldErrors([{ field: 'code', code: 'duplicate-group-code' }]),
      });
    }
  }
}

function parentFor(store: ReferenceStore, conventionId: string, parentId: string): GroupRecord {
  const parent = store.groups.get(parentId);
  if (!parent) throw new Refusal('not-found', 'Groupe parent introuvable.');
  if (parent.conventionId !== conventionId) throw new Refusal('out-of-scope', 'Le groupe parent appartient à une autre convention.');
  ensureOpen(store, parent);
  return parent;
}

function recordResponsable(store: ReferenceStore, actor: Actor, group: GroupRecord, accountId: string, named: boolean): void {
  trace(store, actor, {
    action: named ? 'group.responsable-named' : 'group.responsable-withdrawn',
    targetType: 'group',
    targetId: group.id,
    accountId,
    summary: named
      ? `Désignation comme responsable habilitations du groupe ${group.code}`
      : `Fin de la fonction de responsable habilitations du groupe ${group.code}`,
  });
}

export function createGroup(store: ReferenceStore, actor: Actor, conventionId: string, draft: GroupDraft): GroupRecord {
  readableConvention(store, actor, conventionId);
  const refusal = groupAdminRefusal(actor, { conventionId });
  if (refusal) throw new Refusal(refusal);
  const openingDate = draft.openingDate ?? store.clock.today();
  const problems = validateGroupDraft({ ...draft, openingDate }, store.clock.now());
  if (problems.length) throw fieldRefusal(problems);
  const code = draft.code.trim();
  ensureUniqueCode(store, conventionId, code);
  ensureResponsable(store, conventionId, draft.responsableId);
  const parent = draft.parentId ? parentFor(store, conventionId, draft.parentId) : undefined;
  const group: GroupRecord = {
    id: store.nextId('grp'),
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
  store.groups.set(group.id, group);
  trace(store, actor, {
    action: 'group.created',
    targetType: 'group',
    targetId: group.id,
    summary: `Création du groupe ${group.code} (${group.label})${parent ? `, sous-groupe de ${parent.code}` : ''}`,
    after: {
      code: group.code,
      label: group.label,
      level: group.level,
      parentId: group.parentId,
      openingDate: group.openingDate,
      closingDate: group.closingDate,
      responsableId: group.responsableId,
    },
  });
  recordResponsable(store, actor, group, group.responsableId, true);
  return group;
}

export function updateGroup(store: ReferenceStore, actor: Actor, id: string, patch: GroupPatch, expectVersion: (v: number) => void): GroupRecord {
  const group = administrableGroup(store, actor, id);
  expectVersion(group.version);
  ensureOpen(store, group);
  const next: Pick<GroupRecord, 'label' | 'responsableId' | 'openingDate' | 'closingDate'> = {
    label: patch.label?.trim() ?? group.label,
    responsableId: patch.responsableId ?? group.responsableId,
    openingDate: patch.openingDate ?? group.openingDate,
    ...((patch.closingDate ?? group.closingDate) ? { closingDate: patch.closingDate ?? group.closingDate } : {}),
  };
  const problems = validateGroupDraft({ code: group.code, ...next }, store.clock.now());
  if (problems.length) throw fieldRefusal(problems);
  if (next.responsableId !== group.responsableId) ensureResponsable(store, group.conventionId, next.responsableId);
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const key of ['label', 'responsableId', 'openingDate', 'closingDate'] as const) {
    if (next[key] === group[key]) continue;
    before[key] = group[key];
    after[key] = next[key];
  }
  if (!Object.keys(after).length) return group;
  const formerResponsable = group.responsableId;
  Object.assign(group, next);
  group.version += 1;
  trace(store, actor, { action: 'group.updated', targetType: 'group', targetId: group.id, summary: `Modification du groupe ${group.code}`, before, after });
  if (group.responsableId !== formerResponsable) {
    recordResponsable(store, actor, group, formerResponsable, false);
    recordResponsable(store, actor, group, group.responsableId, true);
  }
  // A closing date of today is "Désactiver" by another screen: it must have the same effect.
  if (isClosed(store, group)) detachEverything(store, actor, group);
  return group;
}

/**
 * R11: closing a group does not close its members' accounts; they are detached from it
 * ("retirés du groupe"), which ends the rights it gave them. Sub-groups close with it: they
 * cannot be moved under another parent, and a sub-group of a closed group could not be
 * created either.
 */
export function closeGroup(store: ReferenceStore, actor: Actor, id: string, expectVersion: (v: number) => void): GroupRecord {
  const group = administrableGroup(store, actor, id);
  expectVersion(group.version);
  ensureOpen(store, group);
  closeToday(store, actor, group, `Clôture du groupe ${group.code} : ses membres perdent les droits qu'il donnait, leurs comptes restent ouverts`);
  return group;
}

function closeToday(store: ReferenceStore, actor: Actor, group: GroupRecord, summary: string): void {
  const before = { closingDate: group.closingDate };
  group.closingDate = store.clock.today();
  group.version += 1;
  trace(store, actor, { action: 'group.closed', targetType: 'group', targetId: group.id, summary, before, after: { closingDate: group.closingDate } });
  detachEverything(store, actor, group);
}

function detachEverything(store: ReferenceStore, actor: Actor, group: GroupRecord): void {
  for (const m of store.membersOf(group.id)) {
    if (!hasEnded(store, m)) endMembership(store, actor, group, m, ' (clôture du groupe)');
  }
  for (const child of [...store.groups.values()]) {
    if (child.parentId !== group.id || isClosed(store, child)) continue;
    closeToday(store, actor, child, `Clôture du sous-groupe ${child.code} avec son groupe parent ${group.code}`);
  }
}

// ---- roles of a group -------------------------------------------------------------------

export function assignGroupRole(store: ReferenceStore, actor: Actor, id: string, roleId: string, expectVersion: (v: number) => void): GroupRecord {
  const group = administrableGroup(store, actor, id);
  expectVersion(group.version);
  ensureOpen(store, group);
  const refusal = roleGrantProblem(store, actor, { space: 'caf', conventionId: group.conventionId, viaGroup: true }, roleId);
  if (refusal) throw refusal;
  if (group.roleIds.includes(roleId)) throw new Refusal('role-already-granted', `Le groupe ${group.code} dispose déjà de ce rôle.`);
  const before = { roleIds: group.roleIds };
  // Replaced, never changed in place: the seed's groups share their role lists with the seed.
  group.roleIds = [...group.roleIds, roleId];
  group.version += 1;
  trace(store, actor, {
    action: 'group.role-added',
    targetType: 'group',
    targetId: group.id,
    summary: `Rôle assigné au groupe ${group.code} : ${store.roles.get(roleId)!.label}`,
    before,
    after: { roleIds: group.roleIds },
  });
  return group;
}

export function removeGroupRole(store: ReferenceStore, actor: Actor, id: string, roleId: string, expectVersion: (v: number) => void): GroupRecord {
  const group = administrableGroup(store, actor, id);
  expectVersion(group.version);
  ensureOpen(store, group);
  if (!group.roleIds.includes(roleId)) throw new Refusal('role-not-granted', `Ce rôle n'est pas assigné au groupe ${group.code}.`);
  const before = { roleIds: group.roleIds };
  group.roleIds = group.roleIds.filter((r) => r !== roleId);
  group.version += 1;
  trace(store, actor, {
    action: 'group.role-removed',
    targetType: 'group',
    targetId: group.id,
    summary: `Rôle retiré du groupe ${group.code} : ${store.roles.get(roleId)?.label ?? roleId}`,
    before,
    after: { roleIds: group.roleIds },
  });
  return group;
}

// ---- members ----------------------------------------------------------------------------

export function listMembers(store: ReferenceStore, actor: Actor, groupId: string): MembershipRecord[] {
  const group = readableGroup(store, actor, groupId);
  const key = (m: MembershipRecord) => store.accounts.get(m.accountId)!.sortKey;
  return store.membersOf(group.id).sort((a, b) => key(a).localeCompare(key(b)));
}

/** R1: the partner administrator, or the responsable of the group or of a group above it. */
function membersGroup(store: ReferenceStore, actor: Actor, id: string): GroupRecord {
  const group = getGroupRecord(store, id);
  const refusal = membersRefusal(actor, group);
  if (refusal) throw new Refusal(refusal);
  ensureOpen(store, group);
  // R12: moving people in and out of an Afas group is managing their Afas profiles.
  if (group.roleIds.some((r) => isAfasRole(store, r))) {
    const afas = afasRefusal(actor);
    if (afas) throw new Refusal(afas);
  }
  return group;
}

function currentMembership(store: ReferenceStore, group: GroupRecord, accountId: string): MembershipRecord {
  const m = store.memberships.get(store.membershipKey(group.id, accountId));
  if (!m || hasEnded(store, m)) {
    throw new Refusal('not-found', `Cet utilisateur n'est pas (ou plus) membre du groupe ${group.code} : rattachez-le à nouveau.`);
  }
  return m;
}

function membershipTrace(store: ReferenceStore, m: MembershipRecord) {
  return { targetType: 'membership' as const, targetId: store.membershipKey(m.groupId, m.accountId), accountId: m.accountId };
}

export function addMember(store: ReferenceStore, actor: Actor, groupId: string, draft: MembershipDraft): MembershipRecord {
  const group = membersGroup(store, actor, groupId);
  const account = store.accounts.get(draft.accountId);
  if (!account) throw new Refusal('not-found', 'Compte introuvable.');
  if (account.space !== 'caf' || account.conventionId !== group.conventionId) {
    throw new Refusal('out-of-scope', 'Seuls les utilisateurs de la convention du groupe peuvent y être rattachés.');
  }
  if (effectiveStatus(store, account) !== 'ouvert') throw new Refusal('account-not-active', 'Ce compte est clôturé.');
  const key = store.membershipKey(group.id, account.id);
  const former = store.memberships.get(key);
  if (former && !hasEnded(store, former)) throw new Refusal('already-member');
  const dates = { openingDate: draft.openingDate ?? store.clock.today(), ...(draft.closingDate ? { closingDate: draft.closingDate } : {}) };
  const problems = validateDates(dates, store.clock.now());
  if (problems.length) throw fieldRefusal(problems);
  // A membership that ended is replaced; its version goes on so that no stale write applies.
  const m: MembershipRecord = { groupId: group.id, accountId: account.id, ...dates, version: (former?.version ?? 0) + 1 };
  store.memberships.set(key, m);
  trace(store, actor, {
    action: 'membership.added',
    ...membershipTrace(store, m),
    summary: `Rattachement au groupe ${group.code} à compter du ${formatDate(m.openingDate)}${m.closingDate ? ` jusqu'au ${formatDate(m.closingDate)}` : ''}`,
    after: { groupId: group.id, ...dates },
  });
  return m;
}

export function updateMember(
  store: ReferenceStore,
  actor: Actor,
  groupId: string,
  accountId: string,
  patch: MembershipPatch,
  expectVersion: (v: number) => void,
): MembershipRecord {
  const group = membersGroup(store, actor, groupId);
  const m = currentMembership(store, group, accountId);
  expectVersion(m.version);
  const next = { openingDate: patch.openingDate ?? m.openingDate, ...((patch.closingDate ?? m.closingDate) ? { closingDate: patch.closingDate ?? m.closingDate } : {}) };
  const problems = validateDates(next, store.clock.now());
  if (problems.length) throw fieldRefusal(problems);
  const before = { openingDate: m.openingDate, closingDate: m.closingDate };
  Object.assign(m, next);
  m.version += 1;
  trace(store, actor, {
    action: 'membership.updated',
    ...membershipTrace(store, m),
    summary: `Modification des dates d'appartenance au groupe ${group.code}`,
    before,
    after: next,
  });
  return m;
}

/**
 * "Détacher" is, in the CAF guide, entering a closing date on the membership: the record
 * stays, so the group's list and the account keep the period the rights were held.
 */
export function removeMember(store: ReferenceStore, actor: Actor, groupId: string, accountId: string): void {
  const group = membersGroup(store, actor, groupId);
  endMembership(store, actor, group, currentMembership(store, group, accountId));
}

/** A membership that has not begun gave no right: it is deleted rather than closed before it opens. */
function endMembership(store: ReferenceStore, actor: Actor, group: GroupRecord, m: MembershipRecord, reason = ''): void {
  const today = store.clock.today();
  const before = { openingDate: m.openingDate, closingDate: m.closingDate };
  if (m.openingDate > today) {
    store.memberships.delete(store.membershipKey(group.id, m.accountId));
    trace(store, actor, {
      action: 'membership.removed',
      ...membershipTrace(store, m),
      summary: `Rattachement prévu au groupe ${group.code} annulé${reason}`,
      before,
    });
    return;
  }
  m.closingDate = today;
  m.version += 1;
  trace(store, actor, {
    action: 'membership.closed',
    ...membershipTrace(store, m),
    summary: `Détachement du groupe ${group.code}${reason}`,
    before,
    after: { closingDate: today },
  });
}
