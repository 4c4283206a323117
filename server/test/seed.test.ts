/**
 * The first start of habil-server in development seeds an empty database with the guides' data
 * — the very seed of the reference server, so both meet the same people — and every row of it
 * satisfies the schema's constraints, on PGlite and on PostgreSQL. Production never seeds.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import postgres from 'postgres';
import { PGlite } from '@electric-sql/pglite';
import { seedStore } from '../../mocks/seed/index.js';
import { Clock, ReferenceStore } from '../../mocks/store.js';
import { freshDatabase, KINDS, startServer, type FreshDatabase } from './support.js';
import { applyTacitAcceptance } from '../../core/operations/requests.js';
import { memoryStorage } from '../../mocks/memory-storage.js';

const NOW = '2025-06-02T10:00:00+02:00';
const TABLES = ['organismes', 'applications', 'roles', 'conventions', 'accounts', 'grants', 'local_admins', 'partner_admins', 'groups', 'memberships', 'access_requests', 'account_requests'] as const;

async function counts(fresh: FreshDatabase): Promise<Record<string, number>> {
  const query = `select ${TABLES.map((t) => `(select count(*)::int from ${t}) as ${t}`).join(', ')}`;
  if (fresh.env.DATABASE_URL) {
    const sql = postgres(fresh.env.DATABASE_URL, { max: 1 });
    const [row] = await sql.unsafe(query);
    await sql.end();
    return { ...row } as Record<string, number>;
  }
  const db = await PGlite.create(fresh.env.HABIL_DATA_DIR);
  const { rows } = await db.query<Record<string, number>>(query);
  await db.close();
  return rows[0]!;
}

/** The reference server's seed on that day, its requests past their deadline accepted (R4), as a started server has them. */
async function expected(generated: number): Promise<Record<string, number>> {
  const store = new ReferenceStore(new Clock(NOW));
  seedStore(store, generated);
  await applyTacitAcceptance(memoryStorage(store));
  const grants = [...store.accounts.values()].reduce((n, a) => n + a.grants.size, 0);
  return {
    organismes: store.organismes.size,
    applications: store.applications.size,
    roles: store.roles.size,
    conventions: store.conventions.size,
    accounts: store.accounts.size,
    grants,
    local_admins: store.localAdmins.size,
    partner_admins: store.partnerAdmins.size,
    groups: store.groups.size,
    memberships: store.memberships.size,
    access_requests: store.accessRequests.size,
    account_requests: store.accountRequests.size,
  };
}

for (const kind of KINDS) {
  describe(`the guides' seed on ${kind}`, () => {
    it('fills an empty database once, with every record of the reference server’s seed', async () => {
      const fresh = await freshDatabase(kind);
      try {
        const first = await startServer({ ...fresh.env, HABIL_NOW: NOW, HABIL_SEED_ACCOUNTS: '50' });
        assert.equal((await first.untilLog((l) => l.msg === 'database ready', 'ready')).seeded, true);
        assert.equal(await first.stop(), 0);
        const want = await expected(50);
        assert.ok(want.accounts > 70);
        assert.deepEqual(await counts(fresh), want);
        const second = await startServer({ ...fresh.env, HABIL_NOW: NOW, HABIL_SEED_ACCOUNTS: '50' });
        assert.equal((await second.untilLog((l) => l.msg === 'database ready', 'ready')).seeded, false);
        assert.equal(await second.stop(), 0);
        assert.deepEqual(await counts(fresh), want);
      } finally {
        await fresh.drop();
      }
    });
  });
}

describe('in production', () => {
  it('never seeds the guides’ demonstration data', async () => {
    const fresh = await freshDatabase('postgres');
    try {
      // JWKS_URL given: the keys are fetched when a token comes, not at start.
      const server = await startServer({ ...fresh.env, NODE_ENV: 'production', HOST: '127.0.0.1', OIDC_ISSUER: 'http://127.0.0.1:9', JWKS_URL: 'http://127.0.0.1:9/jwks' });
      assert.equal((await server.untilLog((l) => l.msg === 'database ready', 'ready')).seeded, false);
      assert.equal(await server.stop(), 0);
      assert.equal((await counts(fresh)).accounts, 0);
    } finally {
      await fresh.drop();
    }
  });
});
