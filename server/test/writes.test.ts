/**
 * Writes moved to core/, on habil-server as on the reference server: PATCH /accounts/{id}
 * with its refusals (R2, R15, R16, R17) and its history (R14) gives the same answers on
 * PGlite, PostgreSQL and in the reference server's memory. And what one process cannot show:
 * two instances on one PostgreSQL never lose an update (R15), never appoint a third partner
 * administrator (R12), never leave an organisme without a local administrator (R13).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { accountHistory, updateAccount } from '../../core/operations/accounts.js';
import { actorOf } from '../../core/operations/session.js';
import { problemOf, Refusal } from '../../core/refusal.js';
import { parseBody } from '../../core/request.js';
import { ROUTES } from '../../src/contract/routes.js';
import { PERSONAS, type PersonaId } from '../../mocks/personas.js';
import { PROBLEMS } from '../../src/domain/problems.js';
import { MAX_PARTNER_ADMINS } from '../../src/domain/index.js';
import { devToken, freshDatabase, KINDS, referenceStorage, startServer, useServer, type FreshDatabase, type RunningServer } from './support.js';

const NOW = '2025-06-02T10:00:00+02:00';

/** Ids are each storage's own; everything else must agree. Lists compared as sorted. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'id' || !String((value as { id: unknown }).id).startsWith('h-')).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}

interface Step {
  as: PersonaId;
  method: 'PATCH' | 'GET';
  id: string;
  body?: object;
  ifMatch?: number;
}

const STEPS: Step[] = [
  { as: 'admin-carsat', method: 'PATCH', id: 'c-dona', body: { fonction: 'Assistante RH' }, ifMatch: 1 },
  { as: 'admin-carsat', method: 'PATCH', id: 'c-dona', body: { phone: '03 88 00 00 09' }, ifMatch: 1 },
  { as: 'admin-carsat', method: 'PATCH', id: 'c-dona', body: { phone: '03 88 00 00 09' } },
  { as: 'admin-carsat', method: 'PATCH', id: 'c-dona', body: { nom: 'D'.repeat(101) }, ifMatch: 2 },
  { as: 'admin-carsat', method: 'PATCH', id: 'c-dona', body: { workstyle: 'itinerant' }, ifMatch: 2 },
  { as: 'admin-carsat', method: 'PATCH', id: 'c-dona', body: { nom: 'DONA-MEYER', phone: '+33 3 88 00 00 09' }, ifMatch: 2 },
  { as: 'admin-carsat', method: 'PATCH', id: 'p-raymond', body: { fonction: 'Directeur' }, ifMatch: 1 },
  { as: 'admin-carsat', method: 'PATCH', id: 'a-charenne', body: { fonction: 'x' }, ifMatch: 1 },
  { as: 'responsable', method: 'PATCH', id: 'p-martin', body: { phone: '04 94 00 00 00' }, ifMatch: 1 },
  { as: 'responsable', method: 'PATCH', id: 'j-blanc', body: { phone: '04 94 00 00 01' }, ifMatch: 1 },
  { as: 'admin-carsat', method: 'GET', id: 'c-dona' },
];

function answerOf(status: number, body: any) {
  return status < 300 ? { status, body: canonical(body) } : { status, body: { code: body.code, detail: body.detail, errors: body.errors, currentVersion: body.currentVersion } };
}

for (const kind of KINDS) {
  describe(`PATCH /accounts/{id} on ${kind}, as on the reference server`, () => {
    const running = useServer(kind, { HABIL_NOW: NOW, HABIL_SEED_ACCOUNTS: '0' });

    it(`gives the same answers, refusals and history over ${STEPS.length} steps`, async () => {
      const server = running();
      const storage = await referenceStorage(NOW);
      for (const [i, step] of STEPS.entries()) {
        const headers: Record<string, string> = { Authorization: `Bearer ${await devToken(server, step.as)}`, 'Content-Type': 'application/json' };
        if (step.ifMatch !== undefined) headers['If-Match'] = `"${step.ifMatch}"`;
        const path = step.method === 'GET' ? `/accounts/${step.id}/history` : `/accounts/${step.id}`;
        const res = await fetch(`${server.url}/api${path}`, { method: step.method, headers, ...(step.body ? { body: JSON.stringify(step.body) } : {}) });
        const got = answerOf(res.status, await res.json());
        if (res.status === 200 && step.method === 'PATCH') assert.equal(res.headers.get('etag'), `"${(got.body as { version: number }).version}"`);

        const actor = await actorOf(storage, PERSONAS[step.as].accountId);
        let want;
        try {
          // As a server does: the body read against the contract first, then the operation.
          const result =
            step.method === 'GET'
              ? await accountHistory(storage, actor, step.id)
              : await updateAccount(storage, actor, step.id, parseBody(ROUTES.updateAccount.body, JSON.stringify(step.body)) as never, step.ifMatch);
          // What it would be once written as JSON by the reference server (undefined fields left out).
          want = answerOf(200, JSON.parse(JSON.stringify(result)));
        } catch (error) {
          if (!(error instanceof Refusal)) throw error;
          want = answerOf(PROBLEMS[error.code].status, problemOf(error, 'fr'));
        }
        assert.deepEqual(got, want, `step ${i + 1}: ${step.as} ${step.method} ${path}`);
      }
    });
  });
}

describe('two habil-server instances on one PostgreSQL', () => {
  let db: FreshDatabase;
  let servers: RunningServer[];
  before(async () => {
    db = await freshDatabase('postgres');
    const first = await startServer({ ...db.env, HABIL_SEED_ACCOUNTS: '0' });
    servers = [first, await startServer({ ...db.env, HABIL_SEED_ACCOUNTS: '0' })];
  });
  after(async () => {
    for (const s of servers) await s.stop();
    await db.drop();
  });

  it('R15: of two PATCHes with the same version, one wins, the other is told, and no field is lost', async () => {
    const tokens = await Promise.all(servers.map((s) => devToken(s, 'admin-carsat')));
    const ROUNDS = 40;
    // On the real day, the seed's old requests have been accepted tacitly (R4): the version is read, not assumed.
    const start = ((await (await fetch(`${servers[0]!.url}/api/accounts/e-ahova`, { headers: { Authorization: `Bearer ${tokens[0]}` } })).json()) as { version: number }).version;
    let version = start;
    const changed: string[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const bodies = [{ fonction: `Fonction ${round}` }, { phone: `03 88 00 ${String(10 + (round % 90)).padStart(2, '0')} 00` }];
      const answers = await Promise.all(
        servers.map((s, i) =>
          fetch(`${s.url}/api/accounts/e-ahova`, {
            method: 'PATCH',
            headers: { Authorization: `Bearer ${tokens[i]}`, 'Content-Type': 'application/json', 'If-Match': `"${version}"` },
            body: JSON.stringify(bodies[i]),
          }).then(async (res) => ({ status: res.status, body: (await res.json()) as { code?: string; currentVersion?: number; fonction?: string; phone?: string } })),
        ),
      );
      const statuses = answers.map((a) => a.status).sort();
      assert.deepEqual(statuses, [200, 412], `round ${round}: ${JSON.stringify(answers)}`);
      const loser = answers.find((a) => a.status === 412)!;
      assert.equal(loser.body.code, 'stale-write');
      assert.equal(loser.body.currentVersion, version + 1);
      changed.push(answers[0]!.status === 200 ? 'fonction' : 'phone');
      version += 1;
    }
    // The last answer of each round is what the account holds: read it back from the other instance.
    const detail = (await (await fetch(`${servers[1]!.url}/api/accounts/e-ahova`, { headers: { Authorization: `Bearer ${tokens[1]}` } })).json()) as { version: number };
    assert.equal(detail.version, start + ROUNDS);
    const history = ((await (await fetch(`${servers[0]!.url}/api/accounts/e-ahova/history`, { headers: { Authorization: `Bearer ${tokens[0]}` } })).json()) as { action: string; after: Record<string, unknown> }[]).filter(
      (h) => h.action === 'account.updated',
    );
    assert.equal(history.length, ROUNDS);
    assert.deepEqual(history.map((h) => Object.keys(h.after)[0]).reverse(), changed);
  });

  /** A request to one instance, with its status and its problem code, if any. */
  async function send(server: RunningServer, token: string, method: string, path: string, body?: object): Promise<{ status: number; code?: string }> {
    const res = await fetch(`${server.url}/api${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, ...(text ? { code: (JSON.parse(text) as { code?: string }).code } : {}) };
  }

  it('R12: of appointments sent at once to both instances, only as many as a partner may still have succeed; never three', async () => {
    const agents = await Promise.all(servers.map((s) => devToken(s, 'caf-agent')));
    const list = async () => (await (await fetch(`${servers[0]!.url}/api/partners/cd-83/admins`, { headers: { Authorization: `Bearer ${agents[0]}` } })).json()) as { accountId: string }[];
    // The seed's partner administrator stays; four users of the partner's convention are proposed each round.
    assert.deepEqual((await list()).map((p) => p.accountId), ['p-martin']);
    const candidates = ['s-garnier', 'j-blanc', 'k-benali', 'g-lemaitre'];
    for (let round = 0; round < 12; round += 1) {
      const answers = await Promise.all(candidates.map((accountId, i) => send(servers[i % 2]!, agents[i % 2]!, 'POST', '/partners/cd-83/admins', { accountId })));
      const appointed = candidates.filter((_, i) => answers[i]!.status === 201);
      assert.equal(appointed.length, MAX_PARTNER_ADMINS - 1, `round ${round}: ${JSON.stringify(answers)}`);
      assert.deepEqual(answers.filter((a) => a.status !== 201), Array(candidates.length - appointed.length).fill({ status: 409, code: 'partner-admin-limit' }), `round ${round}`);
      assert.equal((await list()).length, MAX_PARTNER_ADMINS);
      for (const accountId of appointed) assert.equal((await send(servers[round % 2]!, agents[round % 2]!, 'DELETE', `/partners/cd-83/admins/${accountId}`)).status, 204);
    }
  });

  it('R13: of the revocations of the last two local administrators of an organisme sent at once to both instances, one succeeds and the other is refused', async () => {
    const tokens = await Promise.all(servers.map((s) => devToken(s, 'admin-ucanss')));
    const ofOrganisme = async () =>
      ((await (await fetch(`${servers[1]!.url}/api/local-admins?scope=all&organismeId=carsat-ra`, { headers: { Authorization: `Bearer ${tokens[1]}` } })).json()) as { accountId: string }[]).map((l) => l.accountId).sort();
    // CARSAT RHÔNE-ALPES has its director; a second one is named, then both are revoked at once, round after round.
    assert.equal((await send(servers[0]!, tokens[0]!, 'POST', '/local-admins', { accountId: 'a-charenne' })).status, 201);
    const pair = ['a-charenne', 'm-rousseau'];
    assert.deepEqual(await ofOrganisme(), pair);
    for (let round = 0; round < 12; round += 1) {
      const answers = await Promise.all(pair.map((accountId, i) => send(servers[(i + round) % 2]!, tokens[(i + round) % 2]!, 'DELETE', `/local-admins/${accountId}`)));
      assert.deepEqual(answers.map((a) => a.status).sort(), [204, 409], `round ${round}: ${JSON.stringify(answers)}`);
      assert.equal(answers.find((a) => a.status === 409)!.code, 'last-local-admin');
      const revoked = pair[answers.findIndex((a) => a.status === 204)]!;
      assert.deepEqual(await ofOrganisme(), pair.filter((id) => id !== revoked));
      assert.equal((await send(servers[round % 2]!, tokens[round % 2]!, 'POST', '/local-admins', { accountId: revoked })).status, 201);
    }
  });
});
