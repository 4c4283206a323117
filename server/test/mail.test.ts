/**
 * Notifications for real (R5, R7) and the jobs that hold with several instances (R4): the
 * mails of a change leave by SMTP — here to an SMTP server on 127.0.0.1 that the test reads —
 * once, retried when refused; without SMTP_URL they wait in the outbox, which the demo shows.
 * Tacit acceptance happens when the server's date passes the deadline, with its mail. The
 * unauthenticated sign-up is limited per address.
 */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { devToken, freshDatabase, startServer, useServer, type FreshDatabase, type RunningServer } from './support.js';

const NOW = '2025-06-02T10:00:00+02:00';

interface Received {
  to: string[];
  subject: string;
  messageId: string;
}

/** An SMTP server that keeps what it accepts; `refuse` makes it turn down the next messages to an address. */
async function smtpInbox() {
  const received: Received[] = [];
  const refusals = new Map<string, number>();
  const waiters: (() => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onRcptTo(address, _session, callback) {
      const left = refusals.get(address.address) ?? 0;
      if (left > 0) {
        refusals.set(address.address, left - 1);
        return callback(Object.assign(new Error('Mailbox busy, try later'), { responseCode: 451 }));
      }
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), subject: parsed.subject ?? '', messageId: parsed.messageId ?? '' });
          for (const w of waiters.splice(0)) w();
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuse: (address: string, times: number) => refusals.set(address, times),
    /** Resolves once `count` messages have arrived for this address. */
    async until(address: string, count: number): Promise<Received[]> {
      for (;;) {
        const mine = received.filter((m) => m.to.includes(address));
        if (mine.length >= count) return mine;
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Resolves once the server's jobs have run again after now. */
function laterRun(server: RunningServer): Promise<unknown> {
  const since = Date.now();
  return server.untilLog((l) => l.msg === 'jobs ran' && (l.time as number) > since, 'a later run of the jobs');
}

async function call(server: RunningServer, token: string | undefined, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}/api${path}`, {
    method,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: (text ? JSON.parse(text) : undefined) as any };
}

describe('notifications by SMTP', () => {
  let inbox: Awaited<ReturnType<typeof smtpInbox>>;
  let db: FreshDatabase;
  let server: RunningServer;
  before(async () => {
    inbox = await smtpInbox();
    db = await freshDatabase('pglite');
    server = await startServer({ ...db.env, HABIL_NOW: NOW, HABIL_SEED_ACCOUNTS: '0', SMTP_URL: inbox.url, MAIL_RETRY_SECONDS: '1', HABIL_JOB_INTERVAL: '1', LOG_LEVEL: 'debug' });
  });
  after(async () => {
    await server.stop();
    await inbox.close();
    await db.drop();
  });

  it('R5: a decision tells the requester, once', async () => {
    const token = await devToken(server, 'admin-carsat');
    const decided = await call(server, token, 'POST', '/access-requests/dem-1/decision', { decision: 'accept' }, { 'Idempotency-Key': 'mail-1' });
    assert.equal(decided.status, 200);
    const again = await call(server, token, 'POST', '/access-requests/dem-1/decision', { decision: 'accept' }, { 'Idempotency-Key': 'mail-1' });
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    const [mail] = await inbox.until(decided.body.requester.emailPro, 1);
    assert.equal(mail!.subject, 'Votre demande a été acceptée');
    // Another run of the jobs goes by: still one message.
    await laterRun(server);
    assert.equal(inbox.received.filter((m) => m.to.includes(decided.body.requester.emailPro)).length, 1);
  });

  it('R7: an account created gets its mail; a refused delivery is tried again and arrives once', async () => {
    const token = await devToken(server, 'admin-carsat');
    inbox.refuse('lea.retry@lassuranceretraite.fr', 2);
    const created = await call(server, token, 'POST', '/accounts', { civilite: 'Mme', nom: 'Retry', prenom: 'Léa', emailPro: 'lea.retry@lassuranceretraite.fr' });
    assert.equal(created.status, 201);
    const [mail] = await inbox.until('lea.retry@lassuranceretraite.fr', 1);
    assert.equal(mail!.subject, 'Votre accès a été créé');
    const retried = server.logs.filter((l) => l.msg === 'mail not sent: will retry');
    assert.equal(retried.length, 2, JSON.stringify(retried));
  });
});

describe('the outbox without SMTP, the server date and tacit acceptance (R4), the sign-up limit', () => {
  const running = useServer('pglite', { HABIL_NOW: NOW, HABIL_SEED_ACCOUNTS: '0', HABIL_SIGNUP_LIMIT: '2', HABIL_JOB_INTERVAL: '3600' });

  it("keeps the mails in the outbox, where the demo reads them", async () => {
    const server = running();
    const token = await devToken(server, 'admin-carsat');
    const decided = await call(server, token, 'POST', '/access-requests/dem-2/decision', { decision: 'refuse', reason: 'Doublon' }, { 'Idempotency-Key': 'outbox-1' });
    assert.equal(decided.status, 200);
    const mails = await call(server, undefined, 'GET', '/dev/mail');
    const mine = mails.body.filter((m: { to: string }) => m.to === decided.body.requester.emailPro);
    assert.deepEqual(mine.map((m: { subject: string; sent: boolean }) => [m.subject, m.sent]), [['Votre demande a été refusée', false]]);
    assert.match(mine[0].body, /Doublon/);
  });

  it("R4: Coralie LIVING's request of 28/05/2025 is pending on 02/06 and accepted tacitly once the server's date passes 07/06", async () => {
    const server = running();
    const coralie = await devToken(server, 'user-carsat');
    const pending = await call(server, coralie, 'GET', '/me/access-requests');
    assert.equal(pending.body.find((r: { id: string }) => r.id === 'dem-guide-1').status, 'en_attente');
    const moved = await call(server, undefined, 'PUT', '/dev/clock', { now: '2025-06-07T23:00:00+02:00' });
    assert.equal(moved.status, 200);
    assert.equal((await call(server, coralie, 'GET', '/me/access-requests')).body.find((r: { id: string }) => r.id === 'dem-guide-1').status, 'en_attente');
    await call(server, undefined, 'PUT', '/dev/clock', { now: '2025-06-08T00:30:00+02:00' });
    const accepted = (await call(server, coralie, 'GET', '/me/access-requests')).body.find((r: { id: string }) => r.id === 'dem-guide-1');
    assert.deepEqual([accepted.status, accepted.decidedAt], ['acceptee_tacitement', '2025-06-08T00:00:00.000Z']);
    const grants = await call(server, coralie, 'GET', '/me/grants');
    assert.equal(grants.body.find((g: { roleId: string }) => g.roleId === 'acces-site').source, 'tacite');
    const mails = (await call(server, undefined, 'GET', '/dev/mail')).body.filter((m: { subject: string }) => m.subject === 'Votre demande a été acceptée tacitement');
    assert.ok(mails.some((m: { to: string }) => m.to === 'co.living@lassuranceretraite.fr'));
    assert.equal((await call(server, undefined, 'PUT', '/dev/clock', { now: 'demain' })).body.code, 'invalid-request');
  });

  it('limits the sign-ups per address: the third in the hour is refused with 429', async () => {
    const server = running();
    const signup = (n: number) =>
      call(server, undefined, 'POST', '/account-requests', { civilite: 'M.', nom: `Limite${n}`, prenom: 'Jean', emailPro: `jean.limite${n}@lassuranceretraite.fr`, organismeId: 'carsat-am', worksForInstitution: true, acceptsTerms: true });
    assert.equal((await signup(1)).status, 201);
    assert.equal((await signup(2)).status, 201);
    const third = await signup(3);
    assert.equal(third.status, 429);
    assert.equal(third.body.code, 'too-many-requests');
    assert.equal(third.headers.get('retry-after'), '3600');
  });
});

describe('two habil-server instances sending from one outbox', () => {
  let inbox: Awaited<ReturnType<typeof smtpInbox>>;
  let db: FreshDatabase;
  let servers: RunningServer[];
  before(async () => {
    inbox = await smtpInbox();
    db = await freshDatabase('postgres');
    const env = { ...db.env, HABIL_NOW: NOW, HABIL_SEED_ACCOUNTS: '0', SMTP_URL: inbox.url, HABIL_JOB_INTERVAL: '1', LOG_LEVEL: 'debug' };
    servers = [await startServer(env)];
    servers.push(await startServer(env));
  });
  after(async () => {
    for (const s of servers) await s.stop();
    await inbox.close();
    await db.drop();
  });

  it('sends each mail once, whichever instance wrote it', async () => {
    const tokens = await Promise.all(servers.map((s) => devToken(s, 'admin-carsat')));
    const people = Array.from({ length: 12 }, (_, i) => `multi.${i}@lassuranceretraite.fr`);
    await Promise.all(
      people.map((email, i) => call(servers[i % 2]!, tokens[i % 2], 'POST', '/accounts', { civilite: 'M.', nom: `Multi${i}`, prenom: 'Paul', emailPro: email }).then((r) => assert.equal(r.status, 201))),
    );
    for (const email of people) await inbox.until(email, 1);
    // Both instances' jobs run again: nothing is sent twice.
    await Promise.all(servers.map(laterRun));
    const ids = inbox.received.filter((m) => m.to.some((t) => people.includes(t))).map((m) => m.messageId);
    assert.equal(ids.length, people.length);
    assert.equal(new Set(ids).size, people.length);
  });
});
