import { expect } from '@open-wc/testing';
import { startReferenceServer, type RunningReferenceServer } from '../../mocks/browser.js';
import { ProblemError, createFetchClient } from '../../src/client/index.js';
import { rejectionOf } from './support.js';

describe('createFetchClient against the reference server', () => {
  let running: RunningReferenceServer;
  const client = createFetchClient();

  before(async () => {
    running = await startReferenceServer({ now: '2025-06-02T10:00:00+02:00', persona: 'admin-carsat', generatedAccounts: 0 });
  });
  after(() => running.stop());

  it('reads who is acting', async () => {
    const me = await client.call('getMe', {});

    expect([me.account.id, me.organisme.id]).to.deep.equal(['e-benga', 'carsat-am']);
  });

  it('searches with a query the server parses: accents and booleans', async () => {
    const page = await client.call('searchAccounts', { query: { prenom: 'Émilie', nom: 'benga', active: true, identifier: '' } });

    expect(page.items.map((account) => account.id)).to.deep.equal(['e-benga']);
  });

  it("is refused a change to a director's account, with the rule's code", async () => {
    const director = await client.call('getAccount', { params: { id: 'p-raymond' } });

    const error = await rejectionOf(
      client.call('updateAccount', { params: { id: 'p-raymond' }, body: { fonction: 'Directrice' }, ifMatch: director.version }),
    );

    expect(error).to.be.instanceOf(ProblemError);
    expect([(error as ProblemError).status, (error as ProblemError).code]).to.deep.equal([403, 'add-account-read-only']);
  });

  it('gets the same answer when a decision is resent with its key, and already-decided without it', async () => {
    const pending = await client.call('listAccessRequests', { query: { state: 'pending' } });
    const decision = { params: { id: pending.items[0]!.id }, body: { decision: 'accept' } } as const;

    const first = await client.call('decideAccessRequest', { ...decision, idempotencyKey: 'double-clic-1' });
    const resent = await client.call('decideAccessRequest', { ...decision, idempotencyKey: 'double-clic-1' });
    const again = (await rejectionOf(client.call('decideAccessRequest', decision))) as ProblemError;

    expect(resent).to.deep.equal(first);
    expect([again.code, again.problem.decidedBy?.id]).to.deep.equal(['already-decided', 'e-benga']);
  });

  it('is told of a stale write with the current version, then writes with it', async () => {
    const read = await client.call('getAccount', { params: { id: 'c-living' } });

    const stale = (await rejectionOf(
      client.call('updateAccount', { params: { id: 'c-living' }, body: { phone: '03 88 00 00 00' }, ifMatch: read.version - 1 }),
    )) as ProblemError;
    const written = await client.call('updateAccount', {
      params: { id: 'c-living' },
      body: { phone: '03 88 00 00 00' },
      ifMatch: stale.problem.currentVersion!,
    });

    expect([stale.isStaleWrite, stale.problem.currentVersion]).to.deep.equal([true, read.version]);
    expect(written.phone).to.equal('03 88 00 00 00');
  });
});
