/**
 * R5 under concurrency, which no single process can show: two habil-server instances on one
 * PostgreSQL receive, for each of 1,000 pending requests, a decision at the same instant (two
 * administrators, two servers, two keys). Each time one decides and the other is told who
 * did (409 already-decided), the role is granted once, one history entry and one mail written.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import postgres from 'postgres';
import { devToken, freshDatabase, startServer, type FreshDatabase, type RunningServer } from './support.js';

const NOW = '2025-06-02T10:00:00+02:00';
const PAIRS = 1000;
const ROLE = 'contentieux-organisme';

describe('two habil-server instances deciding the same requests', () => {
  let db: FreshDatabase;
  let servers: RunningServer[];
  let sql: postgres.Sql;
  let requests: { id: string; requester_id: string }[];

  before(async () => {
    db = await freshDatabase('postgres');
    const env = { ...db.env, HABIL_NOW: NOW, HABIL_SEED_ACCOUNTS: '6000' };
    servers = [await startServer(env)];
    servers.push(await startServer(env));
    sql = postgres(db.env.DATABASE_URL!, { max: 2, onnotice: () => {} });
    // The requests are set up directly: one pending request for the role from each of 1,000 people of CARSAT ALSACE-MOSELLE who lack it.
    const people = await sql<{ id: string }[]>`
      select a.id from accounts a
       where a.organisme_id = 'carsat-am' and a.status = 'actif' and not a.add
         and not exists (select 1 from grants g where g.account_id = a.id and g.role_id = ${ROLE})
         and not exists (select 1 from local_admins l where l.account_id = a.id)
         and not exists (select 1 from access_requests r where r.requester_id = a.id and r.role_id = ${ROLE})
       order by a.id limit ${PAIRS}`;
    assert.equal(people.length, PAIRS, 'enough people in the seed');
    requests = people.map((p, i) => ({ id: `race-${i}`, requester_id: p.id }));
    await sql`insert into access_requests ${sql(
      requests.map((r) => ({ ...r, role_id: ROLE, approval: 'local', requested_at: '2025-06-01T08:00:00Z', status: 'en_attente', version: 1 })),
    )}`;
  });
  after(async () => {
    await sql.end();
    for (const s of servers) await s.stop();
    await db.drop();
  });

  it(`${PAIRS} pairs of decisions at once: one decides, the other is told who did`, async (t) => {
    // Émilie BENGA and Pierre RAYMOND (the director, local administrator by default) decide for CARSAT ALSACE-MOSELLE.
    const tokens = [await devToken(servers[0]!, 'admin-carsat'), await devToken(servers[1]!, 'director-carsat')];
    const [{ last }] = await sql<{ last: number }[]>`select coalesce(max(id), 0)::int as last from outbox`;
    const outcomes = { first: 0, second: 0 };
    const AT_ONCE = 20;
    for (let start = 0; start < requests.length; start += AT_ONCE) {
      await Promise.all(
        requests.slice(start, start + AT_ONCE).map(async (r, i) => {
          const answers = await Promise.all(
            [0, 1].map((side) =>
              fetch(`${servers[side]!.url}/api/access-requests/${r.id}/decision`, {
                method: 'POST',
                headers: { Authorization: `Bearer ${tokens[side]}`, 'Content-Type': 'application/json', 'Idempotency-Key': `race-${start + i}-${side}` },
                body: JSON.stringify({ decision: side === 0 ? 'accept' : 'refuse', ...(side === 1 ? { reason: 'Refus concurrent' } : {}) }),
              }).then(async (res) => ({ status: res.status, body: (await res.json()) as { code?: string; decidedBy?: { id: string }; status?: string; decision?: string } })),
            ),
          );
          const statuses = answers.map((a) => a.status).sort();
          assert.deepEqual(statuses, [200, 409], `${r.id}: ${JSON.stringify(answers)}`);
          const winner = answers.findIndex((a) => a.status === 200);
          const loser = answers[1 - winner]!;
          assert.equal(loser.body.code, 'already-decided');
          assert.equal(loser.body.decidedBy?.id, winner === 0 ? 'e-benga' : 'p-raymond');
          assert.equal(loser.body.decision, winner === 0 ? 'acceptee' : 'refusee');
          outcomes[winner === 0 ? 'first' : 'second'] += 1;
        }),
      );
    }
    // What the database holds agrees with the answers: each request decided once, the role granted for each acceptance, once.
    const [row] = await sql<{ accepted: number; refused: number; grants: number; history: number; mails: number }[]>`
      select (select count(*)::int from access_requests where id like 'race-%' and status = 'acceptee') as accepted,
             (select count(*)::int from access_requests where id like 'race-%' and status = 'refusee') as refused,
             (select count(*)::int from grants where role_id = ${ROLE} and account_id = any(${requests.map((r) => r.requester_id)})) as grants,
             (select count(*)::int from history where target_id like 'race-%') as history,
             (select count(*)::int from outbox where id > ${last} and recipient in (select email_pro from accounts where id = any(${requests.map((r) => r.requester_id)}))) as mails`;
    assert.deepEqual(row, { accepted: outcomes.first, refused: outcomes.second, grants: outcomes.first, history: PAIRS, mails: PAIRS });
    t.diagnostic(`${PAIRS} pairs: ${outcomes.first} won by the first instance, ${outcomes.second} by the second`);
  });
});

describe('two habil-server instances past the deadlines at once (R4)', () => {
  let db: FreshDatabase;
  let servers: RunningServer[];
  let sql: postgres.Sql;
  before(async () => {
    db = await freshDatabase('postgres');
    const env = { ...db.env, HABIL_NOW: NOW, HABIL_SEED_ACCOUNTS: '0', HABIL_JOB_INTERVAL: '3600' };
    servers = [await startServer(env)];
    servers.push(await startServer(env));
    sql = postgres(db.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  });
  after(async () => {
    await sql.end();
    for (const s of servers) await s.stop();
    await db.drop();
  });

  it('accept each overdue request once, whichever instance reads first, and never show it pending', async () => {
    const tokens = await Promise.all(servers.map((s) => devToken(s, 'admin-carsat')));
    const pending = async (i: number) =>
      ((await (await fetch(`${servers[i]!.url}/api/access-requests?pageSize=100`, { headers: { Authorization: `Bearer ${tokens[i]}` } })).json()) as { items: { id: string; deadline: string }[] }).items;
    const before = await pending(0);
    assert.ok(before.some((r) => r.id === 'dem-guide-1'));
    // Both servers' date moves past Coralie LIVING's deadline (07/06/2025); then both are read at once, many times.
    for (const s of servers) {
      const res = await fetch(`${s.url}/api/dev/clock`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ now: '2025-06-08T09:00:00+02:00' }) });
      assert.equal(res.status, 200);
    }
    const lists = await Promise.all(Array.from({ length: 20 }, (_, n) => pending(n % 2)));
    for (const list of lists) for (const r of list) assert.ok(r.deadline >= '2025-06-08', `${r.id} is shown pending past its deadline ${r.deadline}`);
    const [row] = await sql<{ history: number; mails: number; accepted: number }[]>`
      select (select count(*)::int from history where action = 'request.accepted-tacitly' and target_id = 'dem-guide-1') as history,
             (select count(*)::int from outbox where subject = 'Votre demande a été acceptée tacitement' and recipient = 'co.living@lassuranceretraite.fr') as mails,
             (select count(*)::int from access_requests where id = 'dem-guide-1' and status = 'acceptee_tacitement') as accepted`;
    assert.deepEqual(row, { history: 1, mails: 1, accepted: 1 });
  });
});
