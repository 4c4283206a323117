/**
 * habil-server's figures, over HTTP, printed and never asserted:
 * - cold start on PGlite (empty folder → migrated → seeded → listening) and warm restart;
 * - on PostgreSQL with 100,000 generated accounts: search time per page of 50 (p50/p95, the
 *   server's own time from its log line, and the client's), for the filters the widgets send;
 * - mixed load: 50 clients at once for 10 s, reads and writes, answers per second and p95.
 *
 *   npm run bench:server                 (needs DATABASE_URL, or starts a throwaway PostgreSQL)
 *   npm run bench:server -- 20000        another number of accounts
 */
import { execFileSync } from 'node:child_process';
import postgres from 'postgres';
import { freshDatabase, startServer, type RunningServer } from '../server/test/support.js';

const size = Number(process.argv[2] ?? 100_000);
let ownPostgres = false;
if (!process.env.DATABASE_URL) {
  process.env.DATABASE_URL = execFileSync('bash', ['scripts/postgres-for-tests.sh', 'start'], { encoding: 'utf8' }).trim();
  ownPostgres = true;
}
const NOW = '2025-06-02T10:00:00+02:00';
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function token(server: RunningServer, persona: string): Promise<string> {
  const res = await fetch(`${server.url}/api/dev/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ persona }) });
  return ((await res.json()) as { token: string }).token;
}

// ---- cold and warm start on PGlite --------------------------------------------------------
{
  const db = await freshDatabase('pglite');
  let started = performance.now();
  let server = await startServer({ ...db.env, HABIL_NOW: NOW });
  const cold = performance.now() - started;
  await server.stop();
  started = performance.now();
  server = await startServer({ ...db.env, HABIL_NOW: NOW });
  const warm = performance.now() - started;
  await server.stop();
  await db.drop();
  console.log(`PGlite: cold start (empty folder → migrated, seeded with the guides and 300 people → listening) ${(cold / 1000).toFixed(1)} s; warm restart ${(warm / 1000).toFixed(1)} s.`);
}

// ---- PostgreSQL, 100,000 accounts ---------------------------------------------------------
const db = await freshDatabase('postgres');
const started = performance.now();
const server = await startServer({ ...db.env, HABIL_NOW: NOW, HABIL_SEED_ACCOUNTS: String(size), LOG_LEVEL: 'info' });
console.log(`PostgreSQL: seeded ${size.toLocaleString('en')} generated accounts and started in ${((performance.now() - started) / 1000).toFixed(1)} s (Node ${process.version}).`);
const tokens = { 'admin-carsat': await token(server, 'admin-carsat'), 'admin-ucanss': await token(server, 'admin-ucanss') };

const cases: [persona: keyof typeof tokens, label: string, query: string][] = [
  ['admin-carsat', 'my organisme, by name', ''],
  ['admin-carsat', 'name prefix "ma"', 'nom=ma'],
  ['admin-carsat', 'holding a role', 'roleId=egap-guides'],
  ['admin-carsat', 'e-mail, descending', 'sort=-emailPro'],
  ['admin-carsat', 'outside my organisme (attach)', 'inMyOrganisme=false&nom=d'],
  ['admin-ucanss', 'whole institution', ''],
  ['admin-ucanss', 'prénom "jean", inactive', 'prenom=jean&active=false'],
  ['admin-ucanss', 'sorted by organisme', 'sort=organismeName'],
  ['admin-ucanss', 'identifier contains "martin"', 'identifier=martin'],
];
const RUNS = 40;
// Statements are prepared once per pooled connection (10): the first runs of a shape pay it.
const WARM_UP = 20;

/** One shape of list, asked WARM_UP + RUNS times in a row: its median and p95, server-side (its log line) and client-side. */
async function measure(persona: keyof typeof tokens, label: string, path: string): Promise<void> {
  const client: number[] = [];
  const serverSide: number[] = [];
  let total = 0;
  for (let run = 0; run < WARM_UP + RUNS; run += 1) {
    const before = server.logs.length;
    const t0 = performance.now();
    const res = await fetch(`${server.url}/api${path}`, { headers: { Authorization: `Bearer ${tokens[persona]}` } });
    const body = (await res.json()) as { total: number };
    const elapsed = performance.now() - t0;
    if (!res.ok) throw new Error(`${label}: ${res.status} ${JSON.stringify(body)}`);
    const line = await server.untilLog((l) => l.msg === 'request' && server.logs.indexOf(l) >= before, 'the log line');
    if (run >= WARM_UP) {
      client.push(elapsed);
      serverSide.push(line.ms as number);
    }
    total = body.total;
  }
  client.sort((a, b) => a - b);
  serverSide.sort((a, b) => a - b);
  console.log(`  ${label.padEnd(34)} ${String(total).padStart(7)} found   server ${quantile(serverSide, 0.5)} / ${quantile(serverSide, 0.95)} ms   client ${ms(quantile(client, 0.5))} / ${ms(quantile(client, 0.95))}`);
}

console.log(`\nSearch over HTTP, page of 50, ${RUNS} runs each after ${WARM_UP} to warm up (median / p95; server = its log line, client = fetch):`);
for (const [persona, label, query] of cases) await measure(persona, label, `/accounts?pageSize=50&${query}`);

// ---- request lists over years of decisions ---------------------------------------------------
const HISTORY = 50_000;
{
  // Decided requests of the Carsat's people, one every ten minutes back from a month ago.
  const sql = postgres(db.where, { max: 1, onnotice: () => {} });
  await sql.unsafe(`
    with people as (select id, row_number() over (order by id) - 1 as n from accounts where organisme_id = 'carsat-am'),
         counted as (select count(*) as size from people)
    insert into access_requests (id, requester_id, role_id, approval, requested_at, status, decided_at)
    select 'hist-' || g, p.id, 'egap-guides', 'local', now() - interval '40 days' - g * interval '10 minutes',
           case when g % 3 = 0 then 'refusee' else 'acceptee' end, now() - interval '30 days' - g * interval '10 minutes'
      from generate_series(1, ${HISTORY}) g, counted join people p on true where p.n = g % counted.size`);
  await sql.unsafe('vacuum analyze access_requests');
  await sql.end();
}
console.log(`\n« Historique » of ${HISTORY.toLocaleString('en')} decided requests, page of 25, same runs:`);
await measure('admin-carsat', 'latest decisions first', '/access-requests?state=decided');
await measure('admin-carsat', 'by name, page 40', '/access-requests?state=decided&sort=nom&page=40');
await measure('admin-carsat', 'refused, « Rechercher » "ma"', '/access-requests?state=decided&status=refusee&q=ma');
await measure('admin-carsat', '« En cours »', '/access-requests');

// ---- mixed load ---------------------------------------------------------------------------
const CLIENTS = 50;
const SECONDS = 10;
const ids = ((await (await fetch(`${server.url}/api/accounts?pageSize=100`, { headers: { Authorization: `Bearer ${tokens['admin-carsat']}` } })).json()) as { items: { id: string; add: boolean }[] }).items
  .filter((a) => !a.add)
  .map((a) => a.id);
const counts = { read: 0, write: 0, stale: 0, failed: 0 };
const latencies: number[] = [];
const until = performance.now() + SECONDS * 1000;
const auth = { Authorization: `Bearer ${tokens['admin-carsat']}` };
await Promise.all(
  Array.from({ length: CLIENTS }, async (_, client) => {
    let n = 0;
    while (performance.now() < until) {
      n += 1;
      const id = ids[(client * 7 + n) % ids.length]!;
      const t0 = performance.now();
      if (n % 5 === 0) {
        // One write in five: read the version, change the function (R15: If-Match).
        const detail = (await (await fetch(`${server.url}/api/accounts/${id}`, { headers: auth })).json()) as { version: number };
        const res = await fetch(`${server.url}/api/accounts/${id}`, {
          method: 'PATCH',
          headers: { ...auth, 'Content-Type': 'application/json', 'If-Match': `"${detail.version}"` },
          body: JSON.stringify({ fonction: `Fonction ${client}-${n}` }),
        });
        await res.body?.cancel();
        if (res.status === 200) counts.write += 1;
        else if (res.status === 412) counts.stale += 1;
        else counts.failed += 1;
      } else {
        const res = await fetch(n % 2 ? `${server.url}/api/accounts?pageSize=50&nom=${'abcdefghilmnoprstv'[n % 18]}` : `${server.url}/api/accounts/${id}`, { headers: auth });
        await res.body?.cancel();
        if (res.ok) counts.read += 1;
        else counts.failed += 1;
      }
      latencies.push(performance.now() - t0);
    }
  }),
);
latencies.sort((a, b) => a - b);
const total = counts.read + counts.write + counts.stale + counts.failed;
console.log(
  `\nMixed load, ${CLIENTS} clients for ${SECONDS} s (4 reads — search or fiche — for 1 read-then-PATCH): ${(total / SECONDS).toFixed(0)} answers/s; ` +
    `${counts.read} reads, ${counts.write} writes, ${counts.stale} told stale (412), ${counts.failed} failed; latency median ${ms(quantile(latencies, 0.5))}, p95 ${ms(quantile(latencies, 0.95))}.`,
);

await server.stop();
await db.drop();
if (ownPostgres) execFileSync('bash', ['scripts/postgres-for-tests.sh', 'stop']);
