/**
 * CAF conventions and user groups through HTTP against the reference server: scope (R1),
 * groups, roles and members (R11), the Synthèse and Afas rules (R12), history (R14) and
 * concurrency (R15). Expected values come from the seed (mocks/seed/people.ts): groups of
 * the CAF guide in conv-cd83, Pierre Martin partner administrator, Mathieu Durand
 * responsable of CDAP T1 (and its sub-group CDAP T1-NORD) and AFAS-DEC.
 */
import { expect } from '@open-wc/testing';
import type { PersonaId } from '../../mocks/personas.js';
import type { AccountDetail, Convention, Group, HistoryEntry, Membership } from '../../src/domain/index.js';
import { api, expectOk, expectProblem, expectRefusedToEach, TODAY, useReferenceServer } from '../support/api.js';

const server = useReferenceServer({ persona: 'partner-admin' });
const version = (groupId: string) => server().store.groups.get(groupId)!.version;
const entries = (action: string) => server().store.history.filter((h) => h.action === action);

/** Reads as the partner administrator, who sees every account of conv-cd83, then acts as before. */
async function asPartnerAdmin<T>(path: string): Promise<T> {
  const persona = server().persona;
  if (!persona) throw new Error('asPartnerAdmin: the test acts as an account, not a persona');
  server().actAs('partner-admin');
  const body = expectOk(await api<T>('GET', path));
  server().actAs(persona);
  return body;
}

/** "GROUP CODE:roleId" of the roles an account holds through its groups. */
async function groupRoles(accountId: string): Promise<string[]> {
  const detail = await asPartnerAdmin<AccountDetail>(`/accounts/${accountId}`);
  return detail.grants.filter((g) => g.source === 'groupe').map((g) => `${g.groupCode}:${g.roleId}`).sort();
}

const accountHistory = (accountId: string) => asPartnerAdmin<HistoryEntry[]>(`/accounts/${accountId}/history`);

const DRAFT = { code: 'CDAP T4', label: 'Cdap T4 - Service', responsableId: 'g-lemaitre' };

/**
 * R1 on a read: `outside` (of the other convention, conv-var-habitat) is refused to the partner
 * administrator and to a responsable of conv-cd83, and `inside` (of conv-cd83) to the UCANSS people
 * `ucanss`, all out-of-scope; the server acts as the last of them afterwards.
 */
async function expectReadOutOfScope(outside: string, inside: string, ucanss: readonly PersonaId[] = ['user-carsat']): Promise<void> {
  await expectRefusedToEach(server, ['partner-admin', 'responsable'], () => api('GET', outside), 403, 'out-of-scope');
  await expectRefusedToEach(server, ucanss, () => api('GET', inside), 403, 'out-of-scope');
}

describe('conventions', () => {
  it('lists the conventions of the partner administrator’s partner', async () => {
    const list = expectOk(await api<Convention[]>('GET', '/conventions'));
    expect(list.map((c) => c.id)).to.deep.equal(['conv-cd83']);
  });

  it('lists those of his groups to a responsable and all of them to a CAF agent', async () => {
    server().actAsAccount('v-habitat-1');
    expect(expectOk(await api<Convention[]>('GET', '/conventions')).map((c) => c.id)).to.deep.equal(['conv-var-habitat']);
    server().actAs('responsable');
    expect(expectOk(await api<Convention[]>('GET', '/conventions')).map((c) => c.id)).to.deep.equal(['conv-cd83']);
    server().actAs('caf-agent');
    expect(expectOk(await api<Convention[]>('GET', '/conventions')).map((c) => c.id)).to.have.members(['conv-cd83', 'conv-var-habitat']);
  });

  it('refuses the list to UCANSS people and to a partner user who manages nothing (forbidden)', async () => {
    await expectRefusedToEach(server, ['user-carsat', 'admin-carsat'], () => api('GET', '/conventions'), 403, 'forbidden');
    server().actAsAccount('k-benali');
    expectProblem(await api('GET', '/conventions'), 403, 'forbidden');
  });

  it('shows a convention with its services and roles, and refuses another partner’s (out-of-scope)', async () => {
    const convention = expectOk(await api<Convention>('GET', '/conventions/conv-cd83'));
    expect(convention.partnerName).to.equal('CONSEIL DEPARTEMENTAL DU VAR');
    expect(convention.services.map((s) => s.name)).to.include.members(['Consulter Dossier', 'Afas']);
    expectProblem(await api('GET', '/conventions/conv-var-habitat'), 403, 'out-of-scope');
    server().actAs('responsable');
    expectProblem(await api('GET', '/conventions/conv-var-habitat'), 403, 'out-of-scope');
    server().actAs('user-carsat');
    expectProblem(await api('GET', '/conventions/conv-cd83'), 403, 'out-of-scope');
    server().actAs('caf-agent');
    expectProblem(await api('GET', '/conventions/conv-inconnue'), 404, 'not-found');
  });
});

describe('listing groups', () => {
  it('lists the groups of the guide by code, with the hierarchy', async () => {
    const groups = expectOk(await api<Group[]>('GET', '/conventions/conv-cd83/groups'));
    expect(groups.map((g) => g.code)).to.deep.equal(['AFAS-DEC', 'AFAS-HAB', 'BAILLEURS', 'CDAP T1', 'CDAP T1-NORD', 'CDAP T2', 'CDAP T6', 'DGFIP']);
    const nord = groups.find((g) => g.code === 'CDAP T1-NORD')!;
    expect(nord).to.deep.include({ parentId: 'g-cdap-t1', parentCode: 'CDAP T1', level: 2, status: 'ouvert', openingDate: '2018-03-27' });
    const t2 = groups.find((g) => g.code === 'CDAP T2')!;
    expect(t2).to.deep.include({ level: 1, memberCount: 2, roleIds: ['cdap-t2'] });
    expect(t2.responsable.name).to.equal('Sylvie GARNIER');
    expect(t2).not.to.have.property('parentId');
    expect(t2.actions).to.have.members(['edit', 'close', 'assign-role', 'remove-role', 'create-subgroup', 'add-member', 'edit-member', 'remove-member']);
  });

  it('shows a responsable every group of his convention, with member actions on his own groups only', async () => {
    server().actAs('responsable');
    const groups = expectOk(await api<Group[]>('GET', '/conventions/conv-cd83/groups'));
    const actions = Object.fromEntries(groups.map((g) => [g.code, g.actions]));
    expect(actions['CDAP T1']).to.have.members(['add-member', 'edit-member', 'remove-member']);
    expect(actions['CDAP T1-NORD']).to.have.members(['add-member', 'edit-member', 'remove-member']);
    expect(actions['CDAP T2']).to.deep.equal([]);
  });

  it('filters by code and label (case and accents ignored) and by member', async () => {
    const codes = async (query: string) => expectOk(await api<Group[]>('GET', `/conventions/conv-cd83/groups?${query}`)).map((g) => g.code);
    expect(await codes('code=t1')).to.deep.equal(['CDAP T1', 'CDAP T1-NORD']);
    expect(await codes('label=D%C3%89CLARER')).to.deep.equal(['AFAS-DEC']);
    expect(await codes('label=territoire')).to.deep.equal(['CDAP T1-NORD']);
    expect(await codes('accountId=k-benali')).to.deep.equal(['CDAP T2', 'CDAP T6']);
    expect(await codes('code=cdap&accountId=j-blanc')).to.deep.equal(['CDAP T1', 'CDAP T1-NORD']);
  });

  it('leaves out of the member filter the groups the user was detached from', async () => {
    expectOk(await api('DELETE', '/groups/g-cdap-t1-nord/members/j-blanc'), 204);
    expect(expectOk(await api<Group[]>('GET', '/conventions/conv-cd83/groups?accountId=j-blanc')).map((g) => g.code)).to.deep.equal(['CDAP T1']);
  });

  it('refuses the groups of another convention (out-of-scope)', async () => {
    await expectReadOutOfScope('/conventions/conv-var-habitat/groups', '/conventions/conv-cd83/groups', ['user-carsat', 'admin-carsat']);
  });
});

describe('R11 creating a group', () => {
  it('creates a group opened today, with its responsable, and records it', async () => {
    const res = await api<Group>('POST', '/conventions/conv-cd83/groups', { body: DRAFT });
    const group = expectOk(res, 201);
    expect(group).to.deep.include({ code: 'CDAP T4', label: 'Cdap T4 - Service', level: 1, openingDate: TODAY, status: 'ouvert', roleIds: [], memberCount: 0, version: 1 });
    expect(group.responsable).to.deep.equal({ id: 'g-lemaitre', name: 'Grégoire LEMAÎTRE' });
    expect(res.headers.get('ETag')).to.equal('"1"');
    const listed = expectOk(await api<Group[]>('GET', '/conventions/conv-cd83/groups?code=t4'));
    expect(listed.map((g) => g.id)).to.deep.equal([group.id]);
    const [created] = entries('group.created');
    expect(created).to.deep.include({ targetType: 'group', targetId: group.id });
    expect(created!.actor.name).to.equal('Pierre MARTIN');
    expect(created!.after).to.deep.include({ code: 'CDAP T4', responsableId: 'g-lemaitre', level: 1 });
    const named = (await accountHistory('g-lemaitre')).find((h) => h.action === 'group.responsable-named');
    expect(named?.summary).to.equal('Désignation comme responsable habilitations du groupe CDAP T4');
  });

  it('places a sub-group one level under its parent, and under a sub-group at level 3', async () => {
    const sub = expectOk(await api<Group>('POST', '/conventions/conv-cd83/groups', { body: { ...DRAFT, code: 'CDAP T1-SUD', parentId: 'g-cdap-t1' } }), 201);
    expect(sub).to.deep.include({ level: 2, parentId: 'g-cdap-t1', parentCode: 'CDAP T1' });
    const subSub = expectOk(await api<Group>('POST', '/conventions/conv-cd83/groups', { body: { ...DRAFT, code: 'CDAP T1-NORD-EST', parentId: 'g-cdap-t1-nord' } }), 201);
    expect(subSub).to.deep.include({ level: 3, parentId: 'g-cdap-t1-nord' });
  });

  it('refuses a responsable and a CAF agent: only the partner administrator administers groups (forbidden)', async () => {
    await expectRefusedToEach(server, ['responsable', 'caf-agent'], () => api('POST', '/conventions/conv-cd83/groups', { body: DRAFT }), 403, 'forbidden');
    expect(entries('group.created')).to.have.length(0);
  });

  it('refuses a convention that is not his (out-of-scope)', async () => {
    expectProblem(await api('POST', '/conventions/conv-var-habitat/groups', { body: { ...DRAFT, responsableId: 'v-habitat-1' } }), 403, 'out-of-scope');
    server().actAs('user-carsat');
    expectProblem(await api('POST', '/conventions/conv-cd83/groups', { body: DRAFT }), 403, 'out-of-scope');
    expect(entries('group.created')).to.have.length(0);
  });

  it('requires code, label and responsable', async () => {
    const res = await api('POST', '/conventions/conv-cd83/groups', { body: { code: ' ', label: '', responsableId: '' } });
    expectProblem(res, 422, 'validation-failed');
    expect(res.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`)).to.have.members(['code:required', 'label:required', 'responsableId:required']);
  });

  it('refuses a code already used in the convention, whatever its case', async () => {
    const res = await api('POST', '/conventions/conv-cd83/groups', { body: { ...DRAFT, code: 'cdap t2' } });
    expectProblem(res, 409, 'duplicate-group-code');
    expect(res.body.errors[0]).to.deep.include({ field: 'code', code: 'duplicate-group-code' });
  });

  it('accepts a code that another convention uses', async () => {
    server().store.partnerAdmins.set('v-habitat-1', { accountId: 'v-habitat-1', partnerId: 'var-habitat', since: TODAY });
    server().actAsAccount('v-habitat-1');
    const group = expectOk(await api<Group>('POST', '/conventions/conv-var-habitat/groups', { body: { code: 'CDAP T2', label: 'Cdap T2', responsableId: 'v-habitat-1' } }), 201);
    expect(group.conventionId).to.equal('conv-var-habitat');
  });

  it('wants a responsable who is an open user of the convention', async () => {
    const closed = server().store.accounts.get('k-benali')!;
    server().store.updateAccount(closed, { closingDate: '2025-06-01' });
    for (const responsableId of ['v-habitat-1', 'c-living', 'k-benali', 'personne']) {
      const res = await api('POST', '/conventions/conv-cd83/groups', { body: { ...DRAFT, responsableId } });
      expectProblem(res, 422, 'responsable-not-member-of-convention');
      expect(res.body.errors[0].field, responsableId).to.equal('responsableId');
    }
  });

  it('refuses a closed parent (group-closed) and a parent of another convention (out-of-scope)', async () => {
    expectOk(await api('POST', '/groups/g-cdap-t6/close', { ifMatch: 1 }));
    expectProblem(await api('POST', '/conventions/conv-cd83/groups', { body: { ...DRAFT, parentId: 'g-cdap-t6' } }), 409, 'group-closed');
    expectProblem(await api('POST', '/conventions/conv-cd83/groups', { body: { ...DRAFT, parentId: 'g-vh-bailleurs' } }), 403, 'out-of-scope');
    expectProblem(await api('POST', '/conventions/conv-cd83/groups', { body: { ...DRAFT, parentId: 'g-inconnu' } }), 404, 'not-found');
  });

  it('refuses a retroactive closing date and a closing date before the opening date', async () => {
    const retro = await api('POST', '/conventions/conv-cd83/groups', { body: { ...DRAFT, closingDate: '2025-06-01' } });
    expectProblem(retro, 422, 'retroactive-date');
    expect(retro.body.errors[0]).to.deep.include({ field: 'closingDate', code: 'retroactive-date' });
    const order = await api('POST', '/conventions/conv-cd83/groups', { body: { ...DRAFT, openingDate: '2025-09-01', closingDate: '2025-08-01' } });
    expectProblem(order, 422, 'validation-failed');
    expect(order.body.errors[0]).to.deep.include({ field: 'closingDate', code: 'date-order' });
  });
});

describe('R11 reading and changing a group', () => {
  it('reads a group with its version as ETag', async () => {
    const res = await api<Group>('GET', '/groups/g-cdap-t1-nord');
    expect(expectOk(res)).to.deep.include({ code: 'CDAP T1-NORD', level: 2, memberCount: 1 });
    expect(res.headers.get('ETag')).to.equal('"1"');
  });

  it('lets a responsable read any group of his convention, read-only outside his groups', async () => {
    server().actAs('responsable');
    expect(expectOk(await api<Group>('GET', '/groups/g-cdap-t2')).actions).to.deep.equal([]);
    expect(expectOk(await api<Group>('GET', '/groups/g-cdap-t1')).actions).not.to.include('edit');
  });

  it('refuses a group of another convention (out-of-scope)', async () => {
    await expectReadOutOfScope('/groups/g-vh-bailleurs', '/groups/g-cdap-t1');
    expectProblem(await api('GET', '/groups/g-inconnu'), 404, 'not-found');
  });

  it('changes the label and replaces the responsable, with before/after in the history', async () => {
    const res = await api<Group>('PATCH', '/groups/g-cdap-t2', { body: { label: 'Cdap T2 - Prestataires', responsableId: 'g-lemaitre' }, ifMatch: 1 });
    const group = expectOk(res);
    expect(group).to.deep.include({ label: 'Cdap T2 - Prestataires', version: 2 });
    expect(group.responsable.id).to.equal('g-lemaitre');
    expect(res.headers.get('ETag')).to.equal('"2"');
    const [updated] = entries('group.updated');
    expect(updated!.before).to.deep.equal({ label: 'Cdap T2', responsableId: 's-garnier' });
    expect(updated!.after).to.deep.equal({ label: 'Cdap T2 - Prestataires', responsableId: 'g-lemaitre' });
    expect((await accountHistory('s-garnier')).map((h) => h.action)).to.include('group.responsable-withdrawn');
    expect((await accountHistory('g-lemaitre')).map((h) => h.action)).to.include('group.responsable-named');
  });

  it('gives the new responsable the members of the group and takes them from the former one', async () => {
    expectOk(await api('PATCH', '/groups/g-cdap-t1', { body: { responsableId: 'g-lemaitre' }, ifMatch: 1 }));
    server().actAs('responsable');
    expectProblem(await api('POST', '/groups/g-cdap-t1/members', { body: { accountId: 'k-benali' } }), 403, 'out-of-scope');
    server().actAsAccount('g-lemaitre');
    expect(expectOk(await api<Group>('GET', '/groups/g-cdap-t1')).actions).to.include('add-member');
  });

  it('R12: lists no member action on an Afas group for a responsable without « Afas - Habiliter », as the server refuses them', async () => {
    server().actAs('responsable');
    const afas = expectOk(await api<Group>('GET', '/groups/g-afas-dec'));
    expect(afas.actions).not.to.include('add-member');
    expect(afas.actions).not.to.include('remove-member');
    expect(expectOk(await api<Group>('GET', '/groups/g-cdap-t1')).actions).to.include('add-member');
    server().actAs('partner-admin');
    expect(expectOk(await api<Group>('GET', '/groups/g-afas-dec')).actions).to.include('add-member');
  });

  it('needs the version read before (R15)', async () => {
    expectProblem(await api('PATCH', '/groups/g-cdap-t2', { body: { label: 'X' } }), 428, 'precondition-required');
    const stale = await api('PATCH', '/groups/g-cdap-t2', { body: { label: 'X' }, ifMatch: 7 });
    expectProblem(stale, 412, 'stale-write');
    expect(stale.body.currentVersion).to.equal(1);
    expect(server().store.groups.get('g-cdap-t2')!.label).to.equal('Cdap T2');
  });

  it('refuses the responsable (forbidden) and another convention’s group (out-of-scope)', async () => {
    expectProblem(await api('PATCH', '/groups/g-vh-bailleurs', { body: { label: 'X' }, ifMatch: 1 }), 403, 'out-of-scope');
    server().actAs('responsable');
    expectProblem(await api('PATCH', '/groups/g-cdap-t1', { body: { label: 'X' }, ifMatch: 1 }), 403, 'forbidden');
    server().actAs('user-carsat');
    expectProblem(await api('PATCH', '/groups/g-cdap-t1', { body: { label: 'X' }, ifMatch: 1 }), 403, 'out-of-scope');
    expect(server().store.groups.get('g-cdap-t1')!.label).to.equal('Cdap T1');
  });

  it('checks the new values as at creation', async () => {
    expectProblem(await api('PATCH', '/groups/g-cdap-t2', { body: { label: '  ' }, ifMatch: 1 }), 422, 'validation-failed');
    expectProblem(await api('PATCH', '/groups/g-cdap-t2', { body: { responsableId: 'v-habitat-1' }, ifMatch: 1 }), 422, 'responsable-not-member-of-convention');
    expectProblem(await api('PATCH', '/groups/g-cdap-t2', { body: { closingDate: '2025-05-31' }, ifMatch: 1 }), 422, 'retroactive-date');
    expect(version('g-cdap-t2')).to.equal(1);
  });

  it('sets a future closing date without touching the members until then', async () => {
    const group = expectOk(await api<Group>('PATCH', '/groups/g-cdap-t2', { body: { closingDate: '2025-06-30' }, ifMatch: 1 }));
    expect(group).to.deep.include({ closingDate: '2025-06-30', status: 'ouvert', memberCount: 2 });
    expect(await groupRoles('k-benali')).to.include('CDAP T2:cdap-t2');
  });

  it('closes the group when the closing date given is today, as "Désactiver" does', async () => {
    const group = expectOk(await api<Group>('PATCH', '/groups/g-cdap-t2', { body: { closingDate: TODAY }, ifMatch: 1 }));
    expect(group).to.deep.include({ status: 'cloture', memberCount: 0, actions: [] });
    expect(await groupRoles('k-benali')).to.deep.equal(['CDAP T6:cdap-t6']);
  });

  it('refuses to change a closed group', async () => {
    const closed = expectOk(await api<Group>('POST', '/groups/g-dgfip/close', { ifMatch: 1 }));
    expectProblem(await api('PATCH', '/groups/g-dgfip', { body: { label: 'X' }, ifMatch: closed.version }), 409, 'group-closed');
  });
});

describe('R11 closing a group', () => {
  it('detaches the members, who lose its rights but keep their open accounts', async () => {
    expect(await groupRoles('k-benali')).to.deep.equal(['CDAP T2:cdap-t2', 'CDAP T6:cdap-t6']);
    const res = await api<Group>('POST', '/groups/g-cdap-t2/close', { ifMatch: 1 });
    const group = expectOk(res);
    expect(group).to.deep.include({ closingDate: TODAY, status: 'cloture', version: 2, memberCount: 0, actions: [] });
    expect(await groupRoles('k-benali')).to.deep.equal(['CDAP T6:cdap-t6']);
    const account = expectOk(await api<AccountDetail>('GET', '/accounts/k-benali'));
    expect(account.status).to.equal('ouvert');
    expect(account.memberships.find((m) => m.groupCode === 'CDAP T2')!.closingDate).to.equal(TODAY);
    const members = expectOk(await api<Membership[]>('GET', '/groups/g-cdap-t2/members'));
    expect(members.map((m) => [m.accountId, m.closingDate])).to.have.deep.members([['k-benali', TODAY], ['s-garnier', TODAY]]);
    expect(entries('group.closed').map((h) => h.targetId)).to.deep.equal(['g-cdap-t2']);
    const detached = (await accountHistory('k-benali')).find((h) => h.action === 'membership.closed');
    expect(detached?.summary).to.equal('Détachement du groupe CDAP T2 (clôture du groupe)');
  });

  it('closes the sub-groups with their parent', async () => {
    expect(await groupRoles('j-blanc')).to.deep.equal(['CDAP T1-NORD:cdap-t1-ass', 'CDAP T1:cdap-t1-ass', 'CDAP T1:cdap-t1-cesf']);
    expectOk(await api('POST', '/groups/g-cdap-t1/close', { ifMatch: 1 }));
    expect(expectOk(await api<Group>('GET', '/groups/g-cdap-t1-nord'))).to.deep.include({ status: 'cloture', closingDate: TODAY, version: 2 });
    expect(await groupRoles('j-blanc')).to.deep.equal([]);
    expect(entries('group.closed').map((h) => h.targetId)).to.have.members(['g-cdap-t1', 'g-cdap-t1-nord']);
  });

  it('refuses to close a group twice', async () => {
    const closed = expectOk(await api<Group>('POST', '/groups/g-dgfip/close', { ifMatch: 1 }));
    expectProblem(await api('POST', '/groups/g-dgfip/close', { ifMatch: closed.version }), 409, 'group-closed');
    expect(entries('group.closed')).to.have.length(1);
  });

  it('needs the version read before (R15)', async () => {
    expectProblem(await api('POST', '/groups/g-cdap-t2/close'), 428, 'precondition-required');
    expectProblem(await api('POST', '/groups/g-cdap-t2/close', { ifMatch: 3 }), 412, 'stale-write');
    expect(server().store.groups.get('g-cdap-t2')!.closingDate).to.equal(undefined);
  });

  it('refuses the responsable (forbidden) and another convention’s group (out-of-scope)', async () => {
    expectProblem(await api('POST', '/groups/g-vh-bailleurs/close', { ifMatch: 1 }), 403, 'out-of-scope');
    server().actAs('responsable');
    expectProblem(await api('POST', '/groups/g-cdap-t1/close', { ifMatch: 1 }), 403, 'forbidden');
    server().actAs('admin-carsat');
    expectProblem(await api('POST', '/groups/g-cdap-t1/close', { ifMatch: 1 }), 403, 'out-of-scope');
    expect(server().store.groups.get('g-cdap-t1')!.closingDate).to.equal(undefined);
  });
});

describe('R11 roles of a group', () => {
  it('assigns a role of the convention: the members receive it through the group', async () => {
    const res = await api<Group>('POST', '/groups/g-cdap-t2/roles', { body: { roleId: 'cdap-t4' }, ifMatch: 1 });
    expect(expectOk(res)).to.deep.include({ roleIds: ['cdap-t2', 'cdap-t4'], version: 2 });
    expect(res.headers.get('ETag')).to.equal('"2"');
    expect(await groupRoles('k-benali')).to.include('CDAP T2:cdap-t4');
    const [added] = entries('group.role-added');
    expect(added).to.deep.include({ targetId: 'g-cdap-t2', summary: { fr: 'Rôle assigné au groupe CDAP T2 : T4 - Service', en: 'Role assigned to group CDAP T2: T4 - Service' } });
    expect(added!.after).to.deep.equal({ roleIds: ['cdap-t2', 'cdap-t4'] });
  });

  it('refuses a role the convention does not grant', async () => {
    expectProblem(await api('POST', '/groups/g-cdap-t2/roles', { body: { roleId: 'cdap-t8' }, ifMatch: 1 }), 422, 'role-not-in-convention');
    expectProblem(await api('POST', '/groups/g-cdap-t2/roles', { body: { roleId: 'egap-guides' }, ifMatch: 1 }), 422, 'role-not-in-convention');
    expect(version('g-cdap-t2')).to.equal(1);
  });

  it('refuses a role the group already has, and a closed group', async () => {
    expectProblem(await api('POST', '/groups/g-cdap-t2/roles', { body: { roleId: 'cdap-t2' }, ifMatch: 1 }), 409, 'role-already-granted');
    const closed = expectOk(await api<Group>('POST', '/groups/g-dgfip/close', { ifMatch: 1 }));
    expectProblem(await api('POST', '/groups/g-dgfip/roles', { body: { roleId: 'cdap-t4' }, ifMatch: closed.version }), 409, 'group-closed');
  });

  it('refuses the responsable (forbidden), another convention (out-of-scope) and a stale version', async () => {
    expectProblem(await api('POST', '/groups/g-vh-bailleurs/roles', { body: { roleId: 'bailleur-prives' }, ifMatch: 1 }), 403, 'out-of-scope');
    expectProblem(await api('POST', '/groups/g-cdap-t2/roles', { body: { roleId: 'cdap-t4' } }), 428, 'precondition-required');
    expectProblem(await api('POST', '/groups/g-cdap-t2/roles', { body: { roleId: 'cdap-t4' }, ifMatch: 2 }), 412, 'stale-write');
    server().actAs('responsable');
    expectProblem(await api('POST', '/groups/g-cdap-t1/roles', { body: { roleId: 'cdap-t4' }, ifMatch: 1 }), 403, 'forbidden');
    server().actAs('user-carsat');
    expectProblem(await api('POST', '/groups/g-cdap-t1/roles', { body: { roleId: 'cdap-t4' }, ifMatch: 1 }), 403, 'out-of-scope');
    expect(server().store.groups.get('g-cdap-t1')!.roleIds).not.to.include('cdap-t4');
  });

  it('removes a role: the members lose it, their accounts stay open', async () => {
    const group = expectOk(await api<Group>('DELETE', '/groups/g-cdap-t6/roles/cdap-t6', { ifMatch: 1 }));
    expect(group).to.deep.include({ roleIds: [], version: 2 });
    expect(await groupRoles('k-benali')).to.deep.equal(['CDAP T2:cdap-t2']);
    expect(entries('group.role-removed')[0]!.before).to.deep.equal({ roleIds: ['cdap-t6'] });
  });

  it('refuses to remove a role the group does not have, or from a closed group', async () => {
    expectProblem(await api('DELETE', '/groups/g-cdap-t6/roles/cdap-t2', { ifMatch: 1 }), 409, 'role-not-granted');
    const closed = expectOk(await api<Group>('POST', '/groups/g-cdap-t6/close', { ifMatch: 1 }));
    expectProblem(await api('DELETE', '/groups/g-cdap-t6/roles/cdap-t6', { ifMatch: closed.version }), 409, 'group-closed');
  });

  it('refuses removal to the responsable (forbidden), on another convention (out-of-scope) and on a stale version', async () => {
    expectProblem(await api('DELETE', '/groups/g-vh-bailleurs/roles/bailleur-conventionnes', { ifMatch: 1 }), 403, 'out-of-scope');
    expectProblem(await api('DELETE', '/groups/g-cdap-t6/roles/cdap-t6', { ifMatch: 4 }), 412, 'stale-write');
    server().actAs('responsable');
    expectProblem(await api('DELETE', '/groups/g-cdap-t1/roles/cdap-t1-ass', { ifMatch: 1 }), 403, 'forbidden');
    expect(server().store.groups.get('g-cdap-t1')!.roleIds).to.include('cdap-t1-ass');
    expect(server().store.groups.get('g-cdap-t6')!.roleIds).to.include('cdap-t6');
  });
});

describe('R11 members of a group', () => {
  it('lists the members by name with their dates, to a responsable of the convention too', async () => {
    const members = expectOk(await api<Membership[]>('GET', '/groups/g-cdap-t1/members'));
    expect(members.map((m) => m.nom)).to.deep.equal(['BLANC', 'DURAND']);
    expect(members[0]).to.deep.include({ accountId: 'j-blanc', identifier: 'AAD1207CAU', openingDate: '2018-03-27', version: 1 });
    server().actAs('responsable');
    expect(expectOk(await api<Membership[]>('GET', '/groups/g-cdap-t2/members')).map((m) => m.accountId)).to.have.members(['s-garnier', 'k-benali']);
  });

  it('refuses the members of another convention’s group (out-of-scope)', async () => {
    await expectReadOutOfScope('/groups/g-vh-bailleurs/members', '/groups/g-cdap-t1/members');
  });

  it('attaches a user from today: he receives the roles of the group, and his history says so', async () => {
    const m = expectOk(await api<Membership>('POST', '/groups/g-cdap-t1/members', { body: { accountId: 'g-lemaitre' } }), 201);
    expect(m).to.deep.include({ groupId: 'g-cdap-t1', accountId: 'g-lemaitre', openingDate: TODAY, version: 1 });
    expect(m).not.to.have.property('closingDate');
    expect(await groupRoles('g-lemaitre')).to.include.members(['CDAP T1:cdap-t1-ass', 'CDAP T1:cdap-t1-cesf']);
    const added = (await accountHistory('g-lemaitre')).find((h) => h.action === 'membership.added');
    expect(added).to.deep.include({ targetType: 'membership', summary: 'Rattachement au groupe CDAP T1 à compter du 02/06/2025' });
    expect(added!.actor.name).to.equal('Pierre MARTIN');
  });

  it('lets the responsable attach to his group and to its sub-groups, not to a group above or beside', async () => {
    server().actAs('responsable');
    expectOk(await api('POST', '/groups/g-cdap-t1/members', { body: { accountId: 'k-benali' } }), 201);
    expectOk(await api('POST', '/groups/g-cdap-t1-nord/members', { body: { accountId: 'k-benali' } }), 201);
    expectProblem(await api('POST', '/groups/g-cdap-t2/members', { body: { accountId: 'g-lemaitre' } }), 403, 'out-of-scope');
    server().actAsAccount('j-blanc');
    expectProblem(await api('POST', '/groups/g-cdap-t1/members', { body: { accountId: 'g-lemaitre' } }), 403, 'out-of-scope');
    await expectRefusedToEach(server, ['caf-agent', 'user-carsat'], () => api('POST', '/groups/g-cdap-t1/members', { body: { accountId: 'g-lemaitre' } }), 403, 'out-of-scope');
    expect(server().store.memberships.has('g-cdap-t1|g-lemaitre')).to.equal(false);
  });

  it('attaches only open users of the group’s convention', async () => {
    expectProblem(await api('POST', '/groups/g-cdap-t1/members', { body: { accountId: 'v-habitat-1' } }), 403, 'out-of-scope');
    expectProblem(await api('POST', '/groups/g-cdap-t1/members', { body: { accountId: 'c-living' } }), 403, 'out-of-scope');
    expectProblem(await api('POST', '/groups/g-cdap-t1/members', { body: { accountId: 'personne' } }), 404, 'not-found');
    server().store.updateAccount(server().store.accounts.get('k-benali')!, { closingDate: TODAY });
    expectProblem(await api('POST', '/groups/g-cdap-t1/members', { body: { accountId: 'k-benali' } }), 409, 'account-not-active');
  });

  it('refuses a current member, a retroactive closing date and a closed group', async () => {
    expectProblem(await api('POST', '/groups/g-cdap-t1/members', { body: { accountId: 'j-blanc' } }), 409, 'already-member');
    const retro = await api('POST', '/groups/g-cdap-t1/members', { body: { accountId: 'g-lemaitre', closingDate: '2025-05-30' } });
    expectProblem(retro, 422, 'retroactive-date');
    expect(retro.body.errors[0].field).to.equal('closingDate');
    expectOk(await api('POST', '/groups/g-dgfip/close', { ifMatch: 1 }));
    expectProblem(await api('POST', '/groups/g-dgfip/members', { body: { accountId: 'g-lemaitre' } }), 409, 'group-closed');
  });

  it('R12: an Afas responsable must himself belong to a group holding "Afas - Habiliter"', async () => {
    server().actAs('responsable');
    expectProblem(await api('POST', '/groups/g-afas-dec/members', { body: { accountId: 'k-benali' } }), 403, 'afas-habiliter-required');
    expectProblem(await api('DELETE', '/groups/g-afas-dec/members/a-roux'), 403, 'afas-habiliter-required');
    expectProblem(await api('PATCH', '/groups/g-afas-dec/members/a-roux', { body: { closingDate: '2025-12-31' }, ifMatch: 1 }), 403, 'afas-habiliter-required');
    server().actAs('partner-admin');
    expectOk(await api('POST', '/groups/g-afas-hab/members', { body: { accountId: 'm-durand' } }), 201);
    server().actAs('responsable');
    expectOk(await api('POST', '/groups/g-afas-dec/members', { body: { accountId: 'k-benali' } }), 201);
    expect(await groupRoles('k-benali')).to.include('AFAS-DEC:afas-declarer');
  });

  it('changes membership dates with the version read before (R15)', async () => {
    const res = await api<Membership>('PATCH', '/groups/g-cdap-t1/members/j-blanc', { body: { closingDate: '2025-12-31' }, ifMatch: 1 });
    expect(expectOk(res)).to.deep.include({ openingDate: '2018-03-27', closingDate: '2025-12-31', version: 2 });
    const updated = (await accountHistory('j-blanc')).find((h) => h.action === 'membership.updated');
    expect(updated!.before).to.deep.equal({ openingDate: '2018-03-27' });
    expect(updated!.after).to.deep.equal({ openingDate: '2018-03-27', closingDate: '2025-12-31' });
    expectProblem(await api('PATCH', '/groups/g-cdap-t1/members/j-blanc', { body: { closingDate: '2026-01-31' } }), 428, 'precondition-required');
    expectProblem(await api('PATCH', '/groups/g-cdap-t1/members/j-blanc', { body: { closingDate: '2026-01-31' }, ifMatch: 1 }), 412, 'stale-write');
  });

  it('checks the membership dates', async () => {
    expectProblem(await api('PATCH', '/groups/g-cdap-t1/members/j-blanc', { body: { closingDate: '2025-06-01' }, ifMatch: 1 }), 422, 'retroactive-date');
    const order = await api('PATCH', '/groups/g-cdap-t1/members/j-blanc', { body: { openingDate: '2025-09-01', closingDate: '2025-07-01' }, ifMatch: 1 });
    expectProblem(order, 422, 'validation-failed');
    expect(order.body.errors[0].code).to.equal('date-order');
    expectProblem(await api('PATCH', '/groups/g-cdap-t1/members/g-lemaitre', { body: { closingDate: '2025-12-31' }, ifMatch: 1 }), 404, 'not-found');
  });

  it('refuses to change memberships outside the responsable’s groups, and in a closed group', async () => {
    server().actAs('responsable');
    expectProblem(await api('PATCH', '/groups/g-cdap-t2/members/k-benali', { body: { closingDate: '2025-12-31' }, ifMatch: 1 }), 403, 'out-of-scope');
    server().actAs('partner-admin');
    expectProblem(await api('PATCH', '/groups/g-vh-bailleurs/members/v-habitat-1', { body: { closingDate: '2025-12-31' }, ifMatch: 1 }), 403, 'out-of-scope');
    expectOk(await api('POST', '/groups/g-cdap-t2/close', { ifMatch: 1 }));
    expectProblem(await api('PATCH', '/groups/g-cdap-t2/members/k-benali', { body: { closingDate: '2025-12-31' }, ifMatch: 2 }), 409, 'group-closed');
  });

  it('detaches a user by closing his membership today: he loses the rights, keeps his account', async () => {
    expectOk(await api('DELETE', '/groups/g-cdap-t6/members/k-benali'), 204);
    const [m] = expectOk(await api<Membership[]>('GET', '/groups/g-cdap-t6/members'));
    expect(m).to.deep.include({ accountId: 'k-benali', closingDate: TODAY, version: 2 });
    expect(await groupRoles('k-benali')).to.deep.equal(['CDAP T2:cdap-t2']);
    expect(expectOk(await api<AccountDetail>('GET', '/accounts/k-benali')).status).to.equal('ouvert');
    const detached = (await accountHistory('k-benali')).find((h) => h.action === 'membership.closed');
    expect(detached).to.deep.include({ summary: 'Détachement du groupe CDAP T6', after: { closingDate: TODAY } });
    expectProblem(await api('DELETE', '/groups/g-cdap-t6/members/k-benali'), 404, 'not-found');
    const again = expectOk(await api<Membership>('POST', '/groups/g-cdap-t6/members', { body: { accountId: 'k-benali' } }), 201);
    expect(again.version).to.equal(3);
  });

  it('cancels an attachment that has not begun', async () => {
    expectOk(await api('POST', '/groups/g-dgfip/members', { body: { accountId: 'g-lemaitre', openingDate: '2025-07-01' } }), 201);
    expectOk(await api('DELETE', '/groups/g-dgfip/members/g-lemaitre'), 204);
    expect(expectOk(await api<Membership[]>('GET', '/groups/g-dgfip/members'))).to.deep.equal([]);
    expect((await accountHistory('g-lemaitre')).map((h) => h.action)).to.include('membership.removed');
  });

  it('refuses to detach outside the responsable’s groups, another convention’s members and in a closed group', async () => {
    server().actAs('responsable');
    expectOk(await api('DELETE', '/groups/g-cdap-t1-nord/members/j-blanc'), 204);
    expectProblem(await api('DELETE', '/groups/g-cdap-t2/members/k-benali'), 403, 'out-of-scope');
    server().actAs('user-carsat');
    expectProblem(await api('DELETE', '/groups/g-cdap-t1/members/j-blanc'), 403, 'out-of-scope');
    server().actAs('partner-admin');
    expectProblem(await api('DELETE', '/groups/g-vh-bailleurs/members/v-habitat-1'), 403, 'out-of-scope');
    expectOk(await api('POST', '/groups/g-cdap-t2/close', { ifMatch: 1 }));
    expectProblem(await api('DELETE', '/groups/g-cdap-t2/members/k-benali'), 409, 'group-closed');
    expect(server().store.memberships.get('g-cdap-t1|j-blanc')!.closingDate).to.equal(undefined);
  });
});
