/** Records of the store as the contract shows them to one acting person. */
import type {
  AccountDetail,
  AccountSummary,
  Group,
  LocalAdmin,
  Membership,
  PartnerAdmin,
  PersonRef,
} from '../src/domain/index.js';
import { accountDetail as coreAccountDetail, accountSummary as coreAccountSummary } from '../core/views.js';
import { accountFacts, groupActions, ruleContext, type Actor } from './access.js';
import { membershipsOf } from './memory-storage.js';
import type {
  AccountRecord,
  GroupRecord,
  LocalAdminRecord,
  MembershipRecord,
  PartnerAdminRecord,
  ReferenceStore,
} from './store.js';

export function personRef(store: ReferenceStore, accountId: string): PersonRef {
  const a = store.accounts.get(accountId);
  return { id: accountId, name: a ? `${a.prenom} ${a.nom}` : accountId };
}

export function accountSummary(store: ReferenceStore, actor: Actor, a: AccountRecord): AccountSummary {
  return coreAccountSummary(ruleContext(store), actor, accountFacts(store, actor, a));
}

export function accountDetail(store: ReferenceStore, actor: Actor, a: AccountRecord): AccountDetail {
  return coreAccountDetail(ruleContext(store), actor, accountFacts(store, actor, a), membershipsOf(store, a.id));
}

export function groupView(store: ReferenceStore, actor: Actor, g: GroupRecord): Group {
  const today = store.clock.today();
  const parent = g.parentId ? store.groups.get(g.parentId) : undefined;
  return {
    id: g.id,
    conventionId: g.conventionId,
    code: g.code,
    label: g.label,
    level: g.level,
    ...(parent ? { parentId: parent.id, parentCode: parent.code } : {}),
    openingDate: g.openingDate,
    ...(g.closingDate ? { closingDate: g.closingDate } : {}),
    status: g.closingDate && g.closingDate <= today ? 'cloture' : 'ouvert',
    responsable: personRef(store, g.responsableId),
    roleIds: [...g.roleIds],
    memberCount: store.membersOf(g.id).filter((m) => store.isMembershipActive(m, today)).length,
    version: g.version,
    actions: groupActions(store, actor, g),
  };
}

export function membershipView(store: ReferenceStore, m: MembershipRecord): Membership {
  const a = store.accounts.get(m.accountId)!;
  return {
    groupId: m.groupId,
    accountId: a.id,
    identifier: a.identifier,
    nom: a.nom,
    prenom: a.prenom,
    openingDate: m.openingDate,
    ...(m.closingDate ? { closingDate: m.closingDate } : {}),
    version: m.version,
  };
}

export function localAdminView(store: ReferenceStore, l: LocalAdminRecord, canRevoke: boolean): LocalAdmin {
  const a = store.accounts.get(l.accountId)!;
  return {
    accountId: a.id,
    nom: a.nom,
    prenom: a.prenom,
    emailPro: a.emailPro,
    ...(a.phone ? { phone: a.phone } : {}),
    organismeId: l.organismeId,
    organismeName: store.organismes.get(l.organismeId)!.name,
    director: l.director,
    since: l.since,
    ...(l.namedBy ? { namedBy: personRef(store, l.namedBy) } : {}),
    actions: canRevoke ? ['revoke'] : [],
  };
}

export function partnerAdminView(store: ReferenceStore, p: PartnerAdminRecord, canRevoke: boolean): PartnerAdmin {
  const a = store.accounts.get(p.accountId)!;
  return {
    accountId: a.id,
    identifier: a.identifier,
    nom: a.nom,
    prenom: a.prenom,
    emailPro: a.emailPro,
    partnerId: p.partnerId,
    since: p.since,
    actions: canRevoke ? ['revoke'] : [],
  };
}
