/**
 * habil-server as an operator meets it, on PGlite and on PostgreSQL: it starts on an empty
 * database and applies its migrations once, answers health and readiness, gives every
 * request an id and a JSON log line, refuses in problem+json, and stops cleanly on SIGTERM.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { freshDatabase, KINDS, startServer, type FreshDatabase, type RunningServer } from './support.js';
import { readMigrations } from '../src/db/migrate.js';

const VERSIONS = (await readMigrations()).map((m) => m.version);

for (const kind of KINDS) {
  describe(`habil-server on ${kind}`, () => {
    let db: FreshDatabase;
    let server: RunningServer;

    before(async () => {
      db = await freshDatabase(kind);
      server = await startServer(db.env);
    });
    after(async () => {
      await server.stop();
      await db.drop();
    });

    it('applies the migrations on an empty database and says so', async () => {
      const ready = await server.untilLog((l) => l.msg === 'database ready', 'database ready');
      assert.equal(ready.database, kind);
      assert.deepEqual(ready.applied, VERSIONS);
    });

    it('answers health and readiness', async () => {
      const health = await fetch(`${server.url}/api/health`);
      assert.equal(health.status, 200);
      assert.deepEqual(await health.json(), { status: 'ok' });
      const ready = await fetch(`${server.url}/api/ready`);
      assert.equal(ready.status, 200);
      assert.deepEqual(await ready.json(), { status: 'ready', database: kind });
    });

    it('gives every request an id, echoed and logged with its status, and keeps the one a proxy sent', async () => {
      const res = await fetch(`${server.url}/api/health`, { headers: { 'X-Request-Id': 'lb-7f3a' } });
      assert.equal(res.headers.get('x-request-id'), 'lb-7f3a');
      const line = await server.untilLog((l) => l.msg === 'request' && l.reqId === 'lb-7f3a', 'the request log');
      assert.equal(line.method, 'GET');
      assert.equal(line.path, '/api/health');
      assert.equal(line.status, 200);
      assert.equal(typeof line.ms, 'number');
      const own = await fetch(`${server.url}/api/health`);
      assert.match(own.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
    });

    it('refuses an unknown endpoint and a body over the limit in problem+json', async () => {
      const missing = await fetch(`${server.url}/api/nowhere`);
      assert.equal(missing.status, 404);
      assert.match(missing.headers.get('content-type') ?? '', /^application\/problem\+json/);
      const problem = (await missing.json()) as { type: string; code: string; status: number; instance: string };
      assert.deepEqual([problem.type, problem.code, problem.status, problem.instance], ['/problems/not-found', 'not-found', 404, '/api/nowhere']);

      const big = await fetch(`${server.url}/api/accounts`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ nom: 'A'.repeat(300_000) }) });
      assert.equal(big.status, 413);
      assert.equal(((await big.json()) as { code: string }).code, 'payload-too-large');
    });
  });
}

describe('habil-server, started and stopped', () => {
  it('keeps its data across a restart on PGlite, and does not apply a migration twice', async () => {
    const db = await freshDatabase('pglite');
    try {
      const first = await startServer(db.env);
      assert.deepEqual((await first.untilLog((l) => l.msg === 'database ready', 'ready')).applied, VERSIONS);
      assert.equal(await first.stop('SIGTERM'), 0);
      assert.ok(first.logs.some((l) => l.msg === 'stopped'));
      const second = await startServer(db.env);
      assert.deepEqual((await second.untilLog((l) => l.msg === 'database ready', 'ready')).applied, []);
      assert.equal(await second.stop('SIGINT'), 0);
    } finally {
      await db.drop();
    }
  });

  it('is not ready while PostgreSQL is gone, and says so in problem+json', async () => {
    const db = await freshDatabase('postgres');
    const server = await startServer(db.env);
    try {
      assert.equal((await fetch(`${server.url}/api/ready`)).status, 200);
      await db.drop();
      const res = await fetch(`${server.url}/api/ready`);
      assert.equal(res.status, 503);
      assert.equal(((await res.json()) as { code: string }).code, 'not-ready');
      assert.equal((await fetch(`${server.url}/api/health`)).status, 200);
    } finally {
      await server.stop();
    }
  });

  it('refuses to start on a configuration it cannot use, and says which', async () => {
    const db = await freshDatabase('pglite');
    try {
      await assert.rejects(startServer({ ...db.env, PORT: 'eighty' }), /PORT must be a whole number between 0 and 65535/);
    } finally {
      await db.drop();
    }
  });
});
