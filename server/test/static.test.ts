/**
 * habil-server serving a portal beside its API (HABIL_STATIC_DIR, e.g. `npm run build:demo:server`):
 * the files for GET outside /api, compressed, the hashed assets cached for good and the page asked
 * again; the API and its « not found » unchanged.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { get, type IncomingHttpHeaders } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { devToken, freshDatabase, startServer, type FreshDatabase, type RunningServer } from './support.js';

describe('habil-server with HABIL_STATIC_DIR', () => {
  let db: FreshDatabase;
  let server: RunningServer;
  let site: string;
  const script = `export const words = ${JSON.stringify('Gestion des comptes '.repeat(200))};\n`;

  before(async () => {
    site = mkdtempSync(join(tmpdir(), 'habil-static-'));
    mkdirSync(join(site, 'assets'));
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>Portail</title><script type="module" src="/assets/main-3f2a.js"></script>');
    writeFileSync(join(site, 'assets', 'main-3f2a.js'), script);
    db = await freshDatabase('pglite');
    server = await startServer({ ...db.env, HABIL_STATIC_DIR: site });
  });
  after(async () => {
    await server.stop();
    await db.drop();
    rmSync(site, { recursive: true, force: true });
  });

  it('serves the page at /, asked again each time', async () => {
    const res = await fetch(`${server.url}/`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
    assert.equal(res.headers.get('cache-control'), 'no-cache');
    assert.match(await res.text(), /<title>Portail<\/title>/);
  });

  it('serves a hashed asset compressed and cached for good', async () => {
    const res = await fetch(`${server.url}/assets/main-3f2a.js`, { headers: { 'Accept-Encoding': 'gzip' } });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /javascript/);
    assert.equal(res.headers.get('content-encoding'), 'gzip');
    assert.equal(res.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal(await res.text(), script);
  });

  it('answers a missing file, and any method but GET and HEAD, with the API\'s problem', async () => {
    const missing = await fetch(`${server.url}/assets/nothing.js`);
    assert.equal(missing.status, 404);
    assert.equal((await missing.json()).code, 'not-found');
    const posted = await fetch(`${server.url}/index.html`, { method: 'POST' });
    assert.equal(posted.status, 404);
    await posted.body?.cancel();
  });

  it('compresses the API\'s lists for a client that accepts it, and only then; a versioned object keeps its strong ETag', async () => {
    const authorization = `Bearer ${await devToken(server, 'admin-carsat')}`;
    const page = await rawGet(`${server.url}/api/accounts?pageSize=50`, { authorization, 'accept-encoding': 'gzip' });
    const plain = await rawGet(`${server.url}/api/accounts?pageSize=50`, { authorization });

    assert.equal(page.status, 200);
    assert.equal(page.headers['content-encoding'], 'gzip');
    assert.match(String(page.headers.vary), /Accept-Encoding/);
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.ok(plain.body.length >= 1024, `a page of accounts is ${plain.body.length} bytes`);
    assert.ok(page.body.length < plain.body.length / 3, `${page.body.length} bytes compressed for ${plain.body.length}`);
    assert.deepEqual(gunzipSync(page.body), plain.body);
    // A versioned object keeps its strong ETag, which If-Match names (R15).
    const account = await rawGet(`${server.url}/api/accounts/c-dona`, { authorization, 'accept-encoding': 'gzip' });
    assert.equal(account.status, 200);
    assert.equal(account.headers.etag, '"1"');
    assert.equal(account.headers['content-encoding'], undefined);
  });

  it('keeps the API as it was: no file is looked for under /api', async () => {
    // A file the folder happens to hold under api/ is not served: /api is the API's.
    mkdirSync(join(site, 'api'));
    writeFileSync(join(site, 'api', 'index.html'), 'not the API');
    const health = await fetch(`${server.url}/api/health`);
    assert.deepEqual(await health.json(), { status: 'ok' });
    const unknown = await fetch(`${server.url}/api/index.html`);
    assert.equal(unknown.status, 404);
    assert.equal((await unknown.json()).code, 'not-found');
  });
});

/** A GET as sent, answer as received: fetch would add its own Accept-Encoding and decode the body. */
function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    }).on('error', reject);
  });
}
