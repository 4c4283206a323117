/**
 * The operations moved to core/ answer the same on habil-server (PGlite, PostgreSQL) as on the
 * reference server: GET /me for every persona, the organismes and the applications, every
 * account's fiche and history as each persona may (or may not) read them. The
 * reference answer is computed here by the very same core functions over the reference
 * server's memory, seeded with the same data on the same day.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { accountHistory, getAccount } from '../../core/operations/accounts.js';
import { actorOf, getMe, listApplications, listOrganismes, myContacts, myGrants } from '../../core/operations/session.js';
import { problemOf, Refusal } from '../../core/refusal.js';
import { PERSONAS, type PersonaId } from '../../mocks/personas.js';
import { devToken, KINDS, referenceStorage, useServer } from './support.js';

const NOW = '2025-06-02T10:00:00+02:00';

/** The contract gives no order to these lists: compared as sorted. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(canonical);
    return items.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, canonical(v)]));
  return value;
}

const reference = () => referenceStorage(NOW);

for (const kind of KINDS) {
  describe(`the session on ${kind}, as on the reference server`, () => {
    const running = useServer(kind, { HABIL_NOW: NOW, HABIL_SEED_ACCOUNTS: '0' });

    for (const persona of Object.keys(PERSONAS) as PersonaId[]) {
      it(`GET /me, /me/grants and /me/contacts as ${persona}`, async () => {
        const server = running();
        const token = await devToken(server, persona);
        const res = await fetch(`${server.url}/api/me`, { headers: { Authorization: `Bearer ${token}` } });
        assert.equal(res.status, 200);
        const storage = await reference();
        const actor = await actorOf(storage, PERSONAS[persona].accountId);
        assert.deepEqual(canonical(await res.json()), canonical(await getMe(storage, actor)));
        // « Mes habilitations » and « Mes contacts » too.
        for (const [path, expected] of [['/me/grants', await myGrants(storage, actor)], ['/me/contacts', await myContacts(storage, actor)]] as const) {
          const mine = await fetch(`${server.url}/api${path}`, { headers: { Authorization: `Bearer ${token}` } });
          assert.equal(mine.status, 200);
          assert.deepEqual(canonical(await mine.json()), canonical(expected), path);
        }
      });
    }

    const ACCOUNTS = ['e-benga', 'p-raymond', 'c-dona', 'l-dartagnan', 'a-charenne', 'n-fontaine', 'p-martin', 'm-durand', 'j-blanc', 'a-roux', 'k-benali', 'caf-agent', 'nobody'];

    /** What the reference server answers: the result, or the refusal as status, code and detail. */
    async function expected(work: () => Promise<unknown>): Promise<{ status: number; body: unknown }> {
      try {
        return { status: 200, body: canonical(await work()) };
      } catch (error) {
        if (!(error instanceof Refusal)) throw error;
        return { status: error.code === 'not-found' ? 404 : 403, body: { code: error.code, detail: problemOf(error, 'fr').detail } };
      }
    }

    for (const persona of Object.keys(PERSONAS) as PersonaId[]) {
      it(`GET /accounts/{id} and its history, as ${persona}, for ${ACCOUNTS.length} accounts`, async () => {
        const server = running();
        const token = await devToken(server, persona);
        const storage = await reference();
        const actor = await actorOf(storage, PERSONAS[persona].accountId);
        for (const id of ACCOUNTS) {
          for (const [path, work] of [
            [`/accounts/${id}`, () => getAccount(storage, actor, id)],
            [`/accounts/${id}/history`, () => accountHistory(storage, actor, id)],
          ] as const) {
            const res = await fetch(`${server.url}/api${path}`, { headers: { Authorization: `Bearer ${token}` } });
            const body = (await res.json()) as { code?: string; detail?: string };
            const got = { status: res.status, body: res.status === 200 ? canonical(body) : { code: body.code, detail: body.detail } };
            assert.deepEqual(got, await expected(work), `${persona} ${path}`);
          }
        }
      });
    }

    it('GET /organismes and GET /applications, without a token', async () => {
      const server = running();
      const storage = await reference();
      assert.deepEqual(canonical(await (await fetch(`${server.url}/api/organismes`)).json()), canonical(await listOrganismes(storage)));
      assert.deepEqual(canonical(await (await fetch(`${server.url}/api/applications`)).json()), canonical(listApplications(storage)));
    });
  });
}
