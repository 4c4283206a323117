/**
 * R1, R16: every write operation of openapi.json, tried by every persona on the objects just
 * outside his scope — including objects an earlier allowed call brought within reach
 * (a privileged user attached to his group, another organisme's local administrator) — must be
 * refused and change nothing. The same calls made in scope succeed, which proves the calls
 * themselves are well formed: a refusal here is the rule's, not a malformed body's.
 */
import { expect } from '@open-wc/testing';
import type { PersonaId } from '../../mocks/personas.js';
import type { ReferenceStore } from '../../mocks/store.js';
import { api, expectOk, useReferenceServer, type ApiResponse } from '../support/api.js';

const server = useReferenceServer();

type Target =
  | { account: string }
  | { request: string }
  | { accountRequest: string }
  | { convention?: string }
  | { group: string; member?: string; role?: string }
  | { partner: string; account: string }
  | { localAdmin: string }
  | { self: true };

interface Call {
  method: string;
  path: string;
  body?: unknown;
  ifMatch?: number;
}

const accountVersion = (store: ReferenceStore, id: string) => store.accounts.get(id)!.version;
const groupVersion = (store: ReferenceStore, id: string) => store.groups.get(id)!.version;
/** A role the account could be given in principle: a locally approved one on UCANSS, an Afas profile on CAF. */
const roleFor = (store: ReferenceStore, id: string) => (store.accounts.get(id)!.space === 'caf' ? 'afas-declarer' : 'conseil-energie-lecteur');
const heldRole = (store: ReferenceStore, id: string) => [...store.accounts.get(id)!.grants.keys()].find((r) => r !== 'administration-locale') ?? 'egap-guides';
const draftFor = (conventionId?: string) => ({
  civilite: 'M.',
  nom: 'ESSAI',
  prenom: 'Matrice',
  emailPro: `matrice.${conventionId ?? 'ucanss'}@lassuranceretraite.fr`,
  ...(conventionId ? { conventionId } : {}),
});

/** How each write operation is called on a target. Every write of openapi.json must be here. */
const CALLS: Record<string, (store: ReferenceStore, t: any) => Call> = {
  createAccount: (_s, t: { convention?: string }) => ({ method: 'POST', path: '/accounts', body: draftFor(t.convention) }),
  updateAccount: (s, t) => ({ method: 'PATCH', path: `/accounts/${t.account}`, body: { phone: '03 88 00 00 01' }, ifMatch: accountVersion(s, t.account) }),
  deactivateAccount: (s, t) => ({ method: 'POST', path: `/accounts/${t.account}/deactivate`, body: { mode: 'temporary' }, ifMatch: accountVersion(s, t.account) }),
  reactivateAccount: (s, t) => ({ method: 'POST', path: `/accounts/${t.account}/reactivate`, ifMatch: accountVersion(s, t.account) }),
  attachAccount: (s, t) => ({ method: 'POST', path: `/accounts/${t.account}/attach`, ifMatch: accountVersion(s, t.account) }),
  resendIdentifier: (_s, t) => ({ method: 'POST', path: `/accounts/${t.account}/resend-identifier` }),
  grantRole: (s, t) => ({ method: 'POST', path: `/accounts/${t.account}/grants`, body: { roleId: roleFor(s, t.account) }, ifMatch: accountVersion(s, t.account) }),
  revokeRole: (s, t) => ({ method: 'DELETE', path: `/accounts/${t.account}/grants/${heldRole(s, t.account)}`, ifMatch: accountVersion(s, t.account) }),
  bulkAccounts: (s, t) => ({ method: 'POST', path: '/accounts/bulk', body: { action: 'grant', roleId: roleFor(s, t.account), accountIds: [t.account] } }),
  decideAccessRequest: (_s, t) => ({ method: 'POST', path: `/access-requests/${t.request}/decision`, body: { decision: 'accept' } }),
  decideAccessRequests: (_s, t) => ({ method: 'POST', path: '/access-requests/decisions', body: { items: [{ id: t.request, decision: 'accept' }] } }),
  decideAccountRequest: (_s, t) => ({ method: 'POST', path: `/account-requests/${t.accountRequest}/decision`, body: { decision: 'accept' } }),
  createGroup: (_s, t) => ({ method: 'POST', path: `/conventions/${t.convention}/groups`, body: { code: 'MATRICE', label: 'Matrice', responsableId: t.convention === 'conv-cd83' ? 's-garnier' : 'v-habitat-1' } }),
  updateGroup: (s, t) => ({ method: 'PATCH', path: `/groups/${t.group}`, body: { label: 'Renommé' }, ifMatch: groupVersion(s, t.group) }),
  closeGroup: (s, t) => ({ method: 'POST', path: `/groups/${t.group}/close`, ifMatch: groupVersion(s, t.group) }),
  assignGroupRole: (s, t) => ({ method: 'POST', path: `/groups/${t.group}/roles`, body: { roleId: t.role }, ifMatch: groupVersion(s, t.group) }),
  removeGroupRole: (s, t) => ({ method: 'DELETE', path: `/groups/${t.group}/roles/${s.groups.get(t.group)!.roleIds[0]}`, ifMatch: groupVersion(s, t.group) }),
  addMember: (_s, t) => ({ method: 'POST', path: `/groups/${t.group}/members`, body: { accountId: t.member } }),
  updateMember: (s, t) => ({
    method: 'PATCH',
    path: `/groups/${t.group}/members/${t.member}`,
    body: { closingDate: '2030-01-01' },
    ifMatch: s.memberships.get(s.membershipKey(t.group, t.member))!.version,
  }),
  removeMember: (_s, t) => ({ method: 'DELETE', path: `/groups/${t.group}/members/${t.member}` }),
  addLocalAdmin: (_s, t) => ({ method: 'POST', path: '/local-admins', body: { accountId: t.account } }),
  revokeLocalAdmin: (_s, t) => ({ method: 'DELETE', path: `/local-admins/${t.localAdmin}` }),
  addPartnerAdmin: (_s, t) => ({ method: 'POST', path: `/partners/${t.partner}/admins`, body: { accountId: t.account } }),
  revokePartnerAdmin: (_s, t) => ({ method: 'DELETE', path: `/partners/${t.partner}/admins/${t.account}` }),
};

/** Writes with no object to be outside of: the unauthenticated sign-up, a request for oneself, one's own details. */
const WITHOUT_TARGET = ['signup', 'requestAccess', 'updateMyProfile'];

const UCANSS_ACCOUNTS = ['a-charenne', 'n-fontaine', 'c-dona', 'd-tologue'];
const CAF_ACCOUNTS = ['p-martin', 's-garnier', 'g-lemaitre', 'v-habitat-1', 'caf-agent'];

/**
 * What lies just outside each persona's scope, per operation. `setup` runs allowed calls first
 * (as the persona or as someone else) that bring privileged people within reach.
 */
const OUTSIDE: Record<PersonaId, { setup?: [PersonaId, string, string, unknown][]; targets: Record<string, Target[]> }> = {
  'admin-carsat': {
    // Another organisme's local administrator, named by UCANSS; then the chain: try to attach him.
    setup: [['admin-ucanss', 'POST', '/local-admins', { accountId: 'a-charenne' }]],
    targets: {
      account: ['a-charenne', 'n-fontaine', 'd-tologue', 'm-rousseau', 'p-martin', 'p-raymond'].map((account) => ({ account })),
      attach: ['a-charenne', 'n-fontaine', 'm-rousseau', 'p-martin'].map((account) => ({ account })),
      request: ['dem-5', 'dem-6', 'dem-7'].map((request) => ({ request })),
      accountRequest: [{ accountRequest: 'dcc-3' }],
      convention: [{ convention: 'conv-cd83' }],
      create: [{ convention: 'conv-cd83' }],
      group: [{ group: 'g-cdap-t1', member: 'j-blanc', role: 'cdap-t6' }],
      addMember: [{ group: 'g-cdap-t1', member: 'k-benali' }],
      addLocalAdmin: [{ account: 'a-charenne' }, { account: 'd-tologue' }, { account: 'p-martin' }],
      localAdmin: [{ localAdmin: 'm-rousseau' }, { localAdmin: 'b-lefort' }],
      partner: [{ partner: 'cd-83', account: 'p-martin' }],
      addPartner: [{ partner: 'cd-83', account: 's-garnier' }],
    },
  },
  'director-carsat': {
    targets: {
      account: ['a-charenne', 'n-fontaine', 'p-martin', 'jf-muller'].map((account) => ({ account })),
      attach: ['n-fontaine', 'm-rousseau'].map((account) => ({ account })),
      request: ['dem-6', 'dem-7'].map((request) => ({ request })),
      accountRequest: [{ accountRequest: 'dcc-3' }],
      convention: [{ convention: 'conv-cd83' }],
      create: [{ convention: 'conv-cd83' }],
      group: [{ group: 'g-cdap-t1', member: 'j-blanc', role: 'cdap-t6' }],
      addMember: [{ group: 'g-cdap-t1', member: 'k-benali' }],
      addLocalAdmin: [{ account: 'a-charenne' }],
      localAdmin: [{ localAdmin: 'm-rousseau' }],
      partner: [{ partner: 'cd-83', account: 'p-martin' }],
      addPartner: [{ partner: 'cd-83', account: 's-garnier' }],
    },
  },
  'admin-ucanss': {
    targets: {
      account: CAF_ACCOUNTS.map((account) => ({ account })),
      attach: ['a-charenne', 'p-martin'].map((account) => ({ account })),
      request: [],
      accountRequest: [],
      convention: [{ convention: 'conv-cd83' }],
      create: [{ convention: 'conv-cd83' }],
      group: [{ group: 'g-cdap-t1', member: 'j-blanc', role: 'cdap-t6' }],
      addMember: [{ group: 'g-cdap-t1', member: 'k-benali' }],
      addLocalAdmin: [{ account: 'p-martin' }],
      localAdmin: [],
      partner: [{ partner: 'cd-83', account: 'p-martin' }],
      addPartner: [{ partner: 'cd-83', account: 's-garnier' }],
    },
  },
  'partner-admin': {
    targets: {
      account: ['v-habitat-1', 'caf-agent', ...UCANSS_ACCOUNTS].map((account) => ({ account })),
      attach: ['v-habitat-1', 'c-dona'].map((account) => ({ account })),
      request: [{ request: 'dem-1' }],
      accountRequest: [{ accountRequest: 'dcc-1' }],
      convention: [{ convention: 'conv-var-habitat' }],
      create: [{ convention: 'conv-var-habitat' }],
      group: [{ group: 'g-vh-bailleurs', role: 'bailleur-prives' }],
      addMember: [{ group: 'g-vh-bailleurs', member: 'v-habitat-1' }, { group: 'g-cdap-t1', member: 'v-habitat-1' }],
      addLocalAdmin: [{ account: 'c-dona' }, { account: 's-garnier' }],
      localAdmin: [{ localAdmin: 'e-benga' }],
      partner: [{ partner: 'cd-83', account: 'p-martin' }],
      addPartner: [{ partner: 'cd-83', account: 's-garnier' }],
    },
  },
  responsable: {
    // The chain of the takeover: he attaches the partner administrator and another group's responsable to his group.
    setup: [
      ['responsable', 'POST', '/groups/g-cdap-t1/members', { accountId: 'p-martin' }],
      ['responsable', 'POST', '/groups/g-cdap-t1/members', { accountId: 's-garnier' }],
    ],
    targets: {
      account: ['p-martin', 's-garnier', 'g-lemaitre', 'v-habitat-1', 'caf-agent', 'c-dona'].map((account) => ({ account })),
      attach: ['g-lemaitre', 'c-dona'].map((account) => ({ account })),
      request: [{ request: 'dem-1' }],
      accountRequest: [{ accountRequest: 'dcc-1' }],
      convention: [{ convention: 'conv-cd83' }, { convention: 'conv-var-habitat' }],
      create: [{ convention: 'conv-var-habitat' }],
      // His own group for what only the partner administrator does; other groups for members.
      group: [
        { group: 'g-cdap-t1', member: 'j-blanc', role: 'cdap-t6' },
        { group: 'g-bailleurs', member: 'g-lemaitre', role: 'cdap-t6' },
      ],
      members: [{ group: 'g-bailleurs', member: 'g-lemaitre' }, { group: 'g-cdap-t2', member: 'k-benali' }],
      addMember: [{ group: 'g-cdap-t2', member: 'j-blanc' }, { group: 'g-afas-hab', member: 'm-durand' }, { group: 'g-cdap-t1', member: 'v-habitat-1' }],
      addLocalAdmin: [{ account: 'c-dona' }],
      localAdmin: [{ localAdmin: 'e-benga' }],
      partner: [{ partner: 'cd-83', account: 'p-martin' }],
      addPartner: [{ partner: 'cd-83', account: 'j-blanc' }],
    },
  },
  'caf-agent': {
    targets: {
      account: ['p-martin', 'm-durand', ...UCANSS_ACCOUNTS].map((account) => ({ account })),
      attach: ['p-martin', 'c-dona'].map((account) => ({ account })),
      request: [{ request: 'dem-1' }],
      accountRequest: [{ accountRequest: 'dcc-1' }],
      convention: [{ convention: 'conv-cd83' }],
      create: [{ convention: 'conv-cd83' }, {}],
      group: [{ group: 'g-cdap-t1', member: 'j-blanc', role: 'cdap-t6' }],
      addMember: [{ group: 'g-cdap-t1', member: 'k-benali' }],
      addLocalAdmin: [{ account: 'c-dona' }],
      localAdmin: [{ localAdmin: 'e-benga' }],
      partner: [{ partner: 'var-habitat', account: 'v-habitat-1' }],
      addPartner: [{ partner: 'cd-83', account: 'caf-agent' }],
    },
  },
  'user-carsat': {
    targets: {
      account: ['c-dona', 'c-living', 'a-charenne'].map((account) => ({ account })),
      attach: ['d-tologue'].map((account) => ({ account })),
      request: [{ request: 'dem-1' }, { request: 'dem-guide-1' }],
      accountRequest: [{ accountRequest: 'dcc-1' }],
      convention: [{ convention: 'conv-cd83' }],
      create: [{}],
      group: [{ group: 'g-cdap-t1', member: 'j-blanc', role: 'cdap-t6' }],
      addMember: [{ group: 'g-cdap-t1', member: 'k-benali' }],
      addLocalAdmin: [{ account: 'c-living' }, { account: 'c-dona' }],
      localAdmin: [{ localAdmin: 'e-benga' }],
      partner: [{ partner: 'cd-83', account: 'p-martin' }],
      addPartner: [{ partner: 'cd-83', account: 's-garnier' }],
    },
  },
};

/** Which kind of target each operation takes. */
const KIND: Record<string, string> = {
  createAccount: 'create',
  updateAccount: 'account',
  deactivateAccount: 'account',
  reactivateAccount: 'account',
  attachAccount: 'attach',
  resendIdentifier: 'account',
  grantRole: 'account',
  revokeRole: 'account',
  bulkAccounts: 'account',
  decideAccessRequest: 'request',
  decideAccessRequests: 'request',
  decideAccountRequest: 'accountRequest',
  createGroup: 'convention',
  updateGroup: 'group',
  closeGroup: 'group',
  assignGroupRole: 'group',
  removeGroupRole: 'group',
  addMember: 'addMember',
  updateMember: 'members',
  removeMember: 'members',
  addLocalAdmin: 'addLocalAdmin',
  revokeLocalAdmin: 'localAdmin',
  addPartnerAdmin: 'addPartner',
  revokePartnerAdmin: 'partner',
};

/** The same calls in scope, each on a fresh server: they succeed. */
const IN_SCOPE: [PersonaId, string, Target][] = [
  ['admin-carsat', 'createAccount', {} as Target],
  ['admin-carsat', 'updateAccount', { account: 'c-dona' }],
  ['admin-carsat', 'deactivateAccount', { account: 'c-dona' }],
  ['admin-carsat', 'reactivateAccount', { account: 'l-dartagnan' }],
  ['admin-carsat', 'attachAccount', { account: 'd-tologue' }],
  ['partner-admin', 'resendIdentifier', { account: 'k-benali' }],
  ['admin-carsat', 'grantRole', { account: 'c-dona' }],
  ['admin-carsat', 'revokeRole', { account: 'e-ahova' }],
  ['admin-carsat', 'bulkAccounts', { account: 'c-dona' }],
  ['admin-carsat', 'decideAccessRequest', { request: 'dem-1' }],
  ['admin-carsat', 'decideAccessRequests', { request: 'dem-1' }],
  ['admin-carsat', 'decideAccountRequest', { accountRequest: 'dcc-1' }],
  ['partner-admin', 'createGroup', { convention: 'conv-cd83' }],
  ['partner-admin', 'updateGroup', { group: 'g-cdap-t1' }],
  ['partner-admin', 'closeGroup', { group: 'g-cdap-t1' }],
  ['partner-admin', 'assignGroupRole', { group: 'g-cdap-t1', role: 'cdap-t6' }],
  ['partner-admin', 'removeGroupRole', { group: 'g-cdap-t1' }],
  ['responsable', 'addMember', { group: 'g-cdap-t1', member: 'k-benali' }],
  ['responsable', 'updateMember', { group: 'g-cdap-t1', member: 'j-blanc' }],
  ['responsable', 'removeMember', { group: 'g-cdap-t1', member: 'j-blanc' }],
  ['admin-carsat', 'addLocalAdmin', { account: 'c-dona' }],
  ['admin-carsat', 'revokeLocalAdmin', { localAdmin: 'p-raymond' }],
  ['caf-agent', 'addPartnerAdmin', { partner: 'cd-83', account: 's-garnier' }],
  ['caf-agent', 'revokePartnerAdmin', { partner: 'cd-83', account: 'p-martin' }],
];

/** Everything a refused call must leave as it was. */
function snapshot(store: ReferenceStore): string {
  return JSON.stringify(
    {
      accounts: [...store.accounts.values()],
      groups: [...store.groups.values()],
      memberships: [...store.memberships.values()],
      localAdmins: [...store.localAdmins.values()],
      partnerAdmins: [...store.partnerAdmins.values()],
      accessRequests: [...store.accessRequests.values()],
      accountRequests: [...store.accountRequests.values()],
      history: store.history.length,
      mail: store.sentMail.length,
    },
    (_key, value) => (value instanceof Map ? [...value.entries()] : value),
  );
}

async function send(call: Call): Promise<ApiResponse> {
  return api(call.method, call.path, { ...(call.body !== undefined ? { body: call.body } : {}), ...(call.ifMatch !== undefined ? { ifMatch: call.ifMatch } : {}) });
}

/** A bulk answer is 200 with a row per object: a write succeeded when a row did. */
function succeeded(res: ApiResponse): boolean {
  if (res.status >= 300) return false;
  return !(res.body && typeof res.body === 'object' && 'succeeded' in res.body) || res.body.succeeded > 0;
}

async function writeOperations(): Promise<string[]> {
  const openapi = await (await fetch('/openapi.json')).json();
  return Object.values(openapi.paths as Record<string, Record<string, { operationId: string }>>).flatMap((ops) =>
    Object.entries(ops)
      .filter(([method]) => ['post', 'put', 'patch', 'delete'].includes(method))
      .map(([, op]) => op.operationId),
  );
}

describe('R1, R16 every write × every persona × the objects just outside his scope', () => {
  it('covers every write operation of openapi.json', async () => {
    const writes = await writeOperations();
    expect(writes.length).to.be.greaterThan(20);
    expect([...Object.keys(CALLS), ...WITHOUT_TARGET].sort()).to.deep.equal([...writes].sort());
    expect(Object.keys(KIND).sort()).to.deep.equal(Object.keys(CALLS).sort());
    expect(IN_SCOPE.map(([, op]) => op).sort()).to.deep.equal(Object.keys(CALLS).sort());
  });

  for (const [persona, op, target] of IN_SCOPE) {
    it(`in scope, ${persona} ${op} succeeds (the call is well formed)`, async () => {
      server().actAs(persona);
      const res = await send(CALLS[op]!(server().store, target));
      expect(succeeded(res), `${res.status} ${JSON.stringify(res.body)}`).to.equal(true);
    });
  }

  for (const persona of Object.keys(OUTSIDE) as PersonaId[]) {
    it(`${persona}: no write succeeds outside his scope, and a refusal changes nothing`, async () => {
      const { setup = [], targets } = OUTSIDE[persona];
      for (const [as, method, path, body] of setup) {
        server().actAs(as);
        const res = await api(method, path, { body });
        expect(res.status, `setup ${as} ${method} ${path}: ${JSON.stringify(res.body)}`).to.be.below(300);
      }
      server().actAs(persona);
      expectOk(await api('GET', '/me'));
      let tried = 0;
      for (const [op, build] of Object.entries(CALLS)) {
        const kind = KIND[op]!;
        // Memberships just outside scope, unless told: the members of the groups outside it.
        const list = targets[kind] ?? (kind === 'members' ? targets.group!.filter((t) => 'member' in t && t.member) : []);
        for (const target of list) {
          const store = server().store;
          const before = snapshot(store);
          const call = build(store, target);
          const res = await send(call);
          const where = `${persona} ${call.method} ${call.path} ${JSON.stringify(call.body ?? '')} → ${res.status} ${JSON.stringify(res.body)}`;
          expect(succeeded(res), where).to.equal(false);
          if (res.status < 300) expect(res.body.results.every((r: { problem?: { status: number } }) => [403, 404].includes(r.problem!.status)), where).to.equal(true);
          else expect([403, 404], where).to.include(res.status);
          expect(snapshot(store), `${where}: the store changed`).to.equal(before);
          tried += 1;
        }
      }
      expect(tried).to.be.greaterThan(30);
    });
  }
});
