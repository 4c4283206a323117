/**
 * Who is calling (habil-server): a Bearer access token, its signature, issuer, audience and
 * expiry checked, then the account its claim names. Production keys come from the OpenID
 * Connect provider's JWKS (a local provider here); development tokens for the personas are
 * signed by habil-server and go through the same checks.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { freshDatabase, startServer, type FreshDatabase, type RunningServer } from './support.js';

async function call(server: RunningServer, path: string, token?: string) {
  const res = await fetch(`${server.url}/api${path}`, token ? { headers: { Authorization: `Bearer ${token}` } } : {});
  return { status: res.status, auth: res.headers.get('www-authenticate'), body: (await res.json()) as { code?: string; token?: string; detail?: string } };
}

describe('development tokens', () => {
  let db: FreshDatabase;
  let server: RunningServer;
  before(async () => {
    db = await freshDatabase('pglite');
    server = await startServer({ ...db.env, HABIL_SEED_ACCOUNTS: '0' });
  });
  after(async () => {
    await server.stop();
    await db.drop();
  });

  const token = async (persona: string) => {
    const res = await fetch(`${server.url}/api/dev/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ persona }) });
    return { status: res.status, body: (await res.json()) as { token?: string; code?: string } };
  };

  it('asks for a token, and says so in WWW-Authenticate', async () => {
    const res = await call(server, '/me');
    assert.equal(res.status, 401);
    assert.equal(res.body.code, 'unauthenticated');
    assert.equal(res.auth, 'Bearer');
  });

  it('gives a persona a token that lets the request through to the operation', async () => {
    const { body } = await token('admin-carsat');
    assert.match(body.token!, /^[\w-]+\.[\w-]+\.[\w-]+$/);
    assert.notEqual((await call(server, '/me', body.token)).status, 401);
  });

  it('refuses an unknown persona, a forged or tampered token', async () => {
    assert.equal((await token('root')).status, 400);
    const { body } = await token('user-carsat');
    const [head, payload, signature] = body.token!.split('.');
    const other = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), preferred_username: 'n.fontaine@ucanss.fr' })).toString('base64url');
    for (const bad of ['x.y.z', `${head}.${other}.${signature}`]) {
      const res = await call(server, '/me', bad);
      assert.equal(res.status, 401);
      assert.equal(res.auth, 'Bearer error="invalid_token"');
    }
  });

  it('lets anyone read the public catalogue', async () => {
    assert.notEqual((await call(server, '/organismes')).status, 401);
  });
});

describe('production: the OpenID Connect provider’s tokens', () => {
  let db: FreshDatabase;
  let server: RunningServer;
  let provider: Server;
  let issuer: string;
  let sign: (claims: Record<string, unknown>, options?: { issuer?: string; audience?: string; expires?: string }) => Promise<string>;

  before(async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    provider = createServer((req, res) => {
      res.setHeader('Content-Type', 'application/json');
      if (req.url === '/.well-known/openid-configuration') res.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/jwks` }));
      else if (req.url === '/jwks') res.end(JSON.stringify({ keys: [jwk] }));
      else res.writeHead(404).end('{}');
    });
    await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
    issuer = `http://127.0.0.1:${(provider.address() as AddressInfo).port}`;
    sign = (claims, options = {}) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setIssuer(options.issuer ?? issuer)
        .setAudience(options.audience ?? 'habil')
        .setIssuedAt()
        .setExpirationTime(options.expires ?? '5m')
        .sign(privateKey);

    // The accounts come from a first start in development (the guides' seed), then production serves them.
    db = await freshDatabase('postgres');
    const seeding = await startServer({ ...db.env, HABIL_SEED_ACCOUNTS: '0' });
    await seeding.stop();
    server = await startServer({ ...db.env, NODE_ENV: 'production', HOST: '127.0.0.1', OIDC_ISSUER: issuer });
  });
  after(async () => {
    await server.stop();
    await db.drop();
    provider.close();
  });

  it('accepts a token of the provider naming an account by its login', async () => {
    const res = await call(server, '/me', await sign({ preferred_username: 'E.Benga@lassuranceretraite.fr' }));
    assert.notEqual(res.status, 401, JSON.stringify(res.body));
  });

  it('refuses another issuer, another audience, an expired token, and an account it does not know', async () => {
    const cases = [
      await sign({ preferred_username: 'e.benga@lassuranceretraite.fr' }, { issuer: 'https://elsewhere.example' }),
      await sign({ preferred_username: 'e.benga@lassuranceretraite.fr' }, { audience: 'another-app' }),
      await sign({ preferred_username: 'e.benga@lassuranceretraite.fr' }, { expires: '-1m' }),
      await sign({ preferred_username: 'nobody@lassuranceretraite.fr' }),
      await sign({ email: 'e.benga@lassuranceretraite.fr' }),
    ];
    for (const token of cases) assert.equal((await call(server, '/me', token)).status, 401);
  });

  it('signs no development token', async () => {
    const res = await fetch(`${server.url}/api/dev/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"persona":"admin-ucanss"}' });
    assert.equal(res.status, 404);
  });

  it('refuses to start in production without a provider', async () => {
    await assert.rejects(startServer({ ...db.env, NODE_ENV: 'production', HOST: '127.0.0.1' }), /OIDC_ISSUER/);
  });
});
