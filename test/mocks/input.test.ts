/**
 * R17 input limits, as the contract states them, and R5 idempotency keys bound to their
 * request. Through HTTP against the reference server.
 */
import { expect } from '@open-wc/testing';
import type { AccessRequest, AccountDetail, BulkResult, EntitlementPage, Group } from '../../src/domain/index.js';
import { api, expectOk, expectProblem, useReferenceServer, type ApiResponse } from '../support/api.js';

const server = useReferenceServer();
const version = (id: string) => server().store.accounts.get(id)!.version;

const DRAFT = { civilite: 'Mme', nom: 'NOUVELLE', prenom: 'Agnès', emailPro: 'agnes.nouvelle@lassuranceretraite.fr' } as const;
const SIGNUP = { civilite: 'M.', nom: 'NOUVEAU', prenom: 'Yann', emailPro: 'yann.nouveau@urssaf.fr', worksForInstitution: true, organismeId: 'urssaf-alsace', acceptsTerms: true } as const;

async function expectFieldError(res: ApiResponse, field: string, code: string): Promise<void> {
  expectProblem(res, 422, 'validation-failed');
  expect(res.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`)).to.deep.equal([`${field}:${code}`]);
}

describe('R17 free text has limits', () => {
  const bad: [string, string, string][] = [
    ['a name of 101 characters', 'A'.repeat(101), 'too-long'],
    ['a megabyte', 'A'.repeat(1_000_000), 'too-long'],
    ['NUL', 'ANNE\u0000', 'invalid-characters'],
    ['CR LF', 'ANNE\r\nSet-Cookie: x', 'invalid-characters'],
    ['a right-to-left override', 'ANNE\u202EDIRF', 'invalid-characters'],
    ['a zero-width space', 'AN\u200BNE', 'invalid-characters'],
    ['a lone surrogate', 'ANNE\uD800', 'invalid-characters'],
  ];
  for (const [what, nom, code] of bad) {
    it(`refuses ${what} in a name, at creation, in an update and at sign-up, next to the field`, async () => {
      const count = server().store.accounts.size;
      await expectFieldError(await api('POST', '/accounts', { body: { ...DRAFT, nom } }), 'nom', code);
      await expectFieldError(await api('PATCH', '/accounts/c-dona', { body: { nom }, ifMatch: version('c-dona') }), 'nom', code);
      server().actAs(undefined);
      await expectFieldError(await api('POST', '/account-requests', { body: { ...SIGNUP, nom } }), 'nom', code);
      expect(server().store.accounts.size).to.equal(count);
      expect(server().store.accounts.get('c-dona')!.nom).to.equal('DONA');
      expect([...server().store.accountRequests.values()].some((r) => r.nom.startsWith('A'))).to.equal(false);
    });
  }

  it('welcomes accents, hyphens, apostrophes, emoji, right-to-left and CJK names', async () => {
    const names = ["Émilie", 'Jean-François', "D'ARTAGNAN", 'Zoé 🌻', 'مريم', '李小龙', 'נועה', 'می‌خواهم'];
    for (const [i, prenom] of names.entries()) {
      const created = expectOk<AccountDetail>(await api('POST', '/accounts', { body: { ...DRAFT, prenom, emailPro: `p${i}@lassuranceretraite.fr` } }), 201);
      expect(created.prenom).to.equal(prenom);
    }
  });

  it('limits the fonction to 200 characters and wants a phone in a phone format', async () => {
    await expectFieldError(await api('POST', '/accounts', { body: { ...DRAFT, fonction: 'x'.repeat(201) } }), 'fonction', 'too-long');
    expectOk(await api('POST', '/accounts', { body: { ...DRAFT, fonction: 'x'.repeat(200) } }), 201);
    for (const phone of ['abc', '12', '03 88 25 26 00 <script>', '0'.repeat(40)]) {
      await expectFieldError(await api('PATCH', '/accounts/c-dona', { body: { phone }, ifMatch: version('c-dona') }), 'phone', 'phone');
    }
    for (const phone of ['03 88 25 26 00', '+33 3 88 25 26 00', '06.74.31.00.10']) {
      expect(expectOk<AccountDetail>(await api('PATCH', '/accounts/c-dona', { body: { phone }, ifMatch: version('c-dona') })).phone).to.equal(phone);
    }
  });

  it('wants real calendar days of a sensible year', async () => {
    server().actAs('partner-admin');
    for (const closingDate of ['0000-01-01', '2025-02-30', '9999-12-31']) {
      await expectFieldError(await api('PATCH', '/accounts/k-benali', { body: { closingDate }, ifMatch: version('k-benali') }), 'closingDate', 'invalid-date');
    }
  });

  it('limits group codes and labels', async () => {
    server().actAs('partner-admin');
    const draft = { code: 'NOUVEAU', label: 'Nouveau groupe', responsableId: 's-garnier' };
    await expectFieldError(await api('POST', '/conventions/conv-cd83/groups', { body: { ...draft, code: 'C'.repeat(31) } }), 'code', 'too-long');
    await expectFieldError(await api('POST', '/conventions/conv-cd83/groups', { body: { ...draft, label: 'Nouveau\u202Egroupe' } }), 'label', 'invalid-characters');
    expectOk<Group>(await api('POST', '/conventions/conv-cd83/groups', { body: { ...draft, code: 'C'.repeat(30) } }), 201);
  });

  it('keeps line breaks in a refusal reason but no other control character, and at most 500 characters', async () => {
    await expectFieldError(await api('POST', '/access-requests/dem-1/decision', { body: { decision: 'refuse', reason: 'Non\u0007' } }), 'reason', 'invalid-characters');
    await expectFieldError(await api('POST', '/access-requests/dem-1/decision', { body: { decision: 'refuse', reason: 'x'.repeat(501) } }), 'reason', 'too-long');
    const refused = expectOk<AccessRequest>(await api('POST', '/access-requests/dem-1/decision', { body: { decision: 'refuse', reason: 'Non.\nVoir avec le service.' } }));
    expect(refused.reason).to.equal('Non.\nVoir avec le service.');
  });

  it('refuses CAF-only fields on a UCANSS account', async () => {
    const v = version('c-dona');
    const res = await api('PATCH', '/accounts/c-dona', { body: { workstyle: 'itinerant', closingDate: '2030-01-01' }, ifMatch: v });
    expectProblem(res, 422, 'validation-failed');
    expect(res.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`)).to.deep.equal(['workstyle:not-applicable', 'closingDate:not-applicable']);
    expect(version('c-dona')).to.equal(v);
  });

  it('refuses an unknown sort instead of ignoring it, and extra properties in bulk decision items', async () => {
    expectProblem(await api('GET', '/accounts?sort=password'), 400, 'invalid-request');
    expectProblem(await api('GET', '/access-requests?sort=-secret'), 400, 'invalid-request');
    expectProblem(await api('GET', '/reports/entitlements?sort=roles'), 400, 'invalid-request');
    expectProblem(await api('POST', '/access-requests/decisions', { body: { items: [{ id: 'dem-1', decision: 'accept', decidedBy: 'n-fontaine' }] } }), 400, 'invalid-request');
    expect(server().store.accessRequests.get('dem-1')!.status).to.equal('en_attente');
  });

  it('sorts the entitlement report as asked', async () => {
    const names = async (sort: string) => expectOk<EntitlementPage>(await api('GET', `/reports/entitlements?pageSize=100&sort=${sort}`)).items.map((r) => r.nom);
    const byName = await names('nom');
    expect(byName[0]).to.equal('AHOVA');
    expect(await names('-nom')).to.deep.equal([...byName].reverse());
    const byEmail = expectOk<EntitlementPage>(await api('GET', '/reports/entitlements?pageSize=100&sort=emailPro')).items.map((r) => r.emailPro);
    expect(byEmail).to.deep.equal([...byEmail].sort());
  });
});

describe('R5 an Idempotency-Key is bound to its person and its request', () => {
  const decide = (id: string, decision: 'accept' | 'refuse', key: string) =>
    api('POST', `/access-requests/${id}/decision`, { body: { decision }, idempotencyKey: key });

  it('replays the first answer to the same request, and refuses the key for another one', async () => {
    const first = expectOk<AccessRequest>(await decide('dem-1', 'accept', 'k-1'));
    const again = await decide('dem-1', 'accept', 'k-1');
    expect(again.status).to.equal(200);
    expect(again.headers.get('Idempotent-Replayed')).to.equal('true');
    expect(again.body).to.deep.equal(first);
    expectProblem(await decide('dem-1', 'refuse', 'k-1'), 422, 'idempotency-key-reused');
    expectProblem(await decide('dem-3', 'accept', 'k-1'), 422, 'idempotency-key-reused');
    expect(server().store.accessRequests.get('dem-3')!.status).to.equal('en_attente');
    expect(server().store.accessRequests.get('dem-1')!.status).to.equal('acceptee');
  });

  it('does not drop a second batch sent with the first batch’s key', async () => {
    const batch = (ids: string[]) => api('POST', '/access-requests/decisions', { body: { items: ids.map((id) => ({ id, decision: 'accept' })) }, idempotencyKey: 'batch' });
    expect(expectOk<BulkResult>(await batch(['dem-1'])).succeeded).to.equal(1);
    expectProblem(await batch(['dem-3', 'dem-4']), 422, 'idempotency-key-reused');
    expect(server().store.accessRequests.get('dem-3')!.status).to.equal('en_attente');
  });

  it('gives two requests sent at the same moment with one key the same answer, applied once', async () => {
    // The first request of a test applies the tacit acceptances due (R4): done before counting.
    expectOk(await api('GET', '/me'));
    const historyBefore = server().store.history.length;
    const [a, b] = await Promise.all([decide('dem-1', 'accept', 'k-2'), decide('dem-1', 'accept', 'k-2')]);
    expect(a.status).to.equal(200);
    expect(b.status).to.equal(200);
    expect(b.body).to.deep.equal(a.body);
    expect(server().store.history.length - historyBefore).to.equal(1);
  });

  it('belongs to the person who sent it, and is free again after a refusal', async () => {
    expectOk(await decide('dem-1', 'accept', 'k-3'));
    // The other local administrator of the organisme, with the same key: his own request, told it is decided.
    server().actAs('director-carsat');
    expectProblem(await decide('dem-1', 'accept', 'k-3'), 409, 'already-decided');
    // A refused request leaves its key free: corrected, it goes through with the same key.
    expectProblem(await decide('dem-nope', 'accept', 'k-4'), 404, 'not-found');
    expectOk(await decide('dem-3', 'accept', 'k-4'));
  });
});
