/**
 * Search time of the reference server over 100,000 accounts, per page of 50, for the
 * filters the widgets send. Prints figures; it asserts nothing (targets are read, not tested).
 *
 *   npm run bench            100,000 accounts
 *   npm run bench -- 20000   another size
 */
export {};

if (!(Promise as unknown as { withResolvers?: unknown }).withResolvers) {
  // msw 3 uses this Node 22 API; Node 20 lacks it.
  (Promise as unknown as { withResolvers: () => unknown }).withResolvers = () => {
    let resolve!: (v: unknown) => void;
    let reject!: (e: unknown) => void;
    const promise = new Promise((res, rej) => ((resolve = res), (reject = rej)));
    return { promise, resolve, reject };
  };
}

const { getResponse } = await import('msw');
const { createReferenceServer } = await import('../mocks/reference-server.js');
const { generateAccounts } = await import('../mocks/seed/generator.js');

const size = Number(process.argv[2] ?? 100_000);
const started = performance.now();
const server = createReferenceServer({ generatedAccounts: 0, now: '2025-06-02T10:00:00+02:00', baseUrl: 'http://localhost/api' });
generateAccounts(server.store, size, 7);
console.log(`Seeded ${server.store.accounts.size.toLocaleString('en')} accounts in ${(performance.now() - started).toFixed(0)} ms (Node ${process.version}).`);

const cases: [persona: 'admin-carsat' | 'admin-ucanss', label: string, query: string][] = [
  ['admin-carsat', 'my organisme, first page by name', 'pageSize=50'],
  ['admin-carsat', 'my organisme, nom prefix', 'nom=mar&pageSize=50'],
  ['admin-carsat', 'my organisme, active, without ADD, page 20', 'active=true&add=false&page=20&pageSize=50'],
  ['admin-carsat', 'my organisme, holding a role', 'roleId=egap-guides&hasRole=true&pageSize=50'],
  ['admin-carsat', 'my organisme, sorted by e-mail desc', 'sort=-emailPro&pageSize=50'],
  ['admin-carsat', 'outside my organisme (attach), nom prefix', 'inMyOrganisme=false&nom=du&pageSize=50'],
  ['admin-ucanss', 'whole institution, first page', 'pageSize=50'],
  ['admin-ucanss', 'whole institution, prénom + inactive', 'prenom=jean&active=false&pageSize=50'],
  ['admin-ucanss', 'whole institution, sorted by organisme', 'sort=organismeName&pageSize=50'],
];

const RUNS = 40;
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

console.log(`\n${'case'.padEnd(58)} ${'total'.padStart(7)}  ${'median'.padStart(8)} ${'p95'.padStart(8)}  (ms per page of 50, ${RUNS} runs, through the MSW handler)`);
for (const [persona, label, query] of cases) {
  server.actAs(persona);
  const url = `http://localhost/api/accounts?${query}`;
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < RUNS + 5; i += 1) {
    const t0 = performance.now();
    const response = await getResponse(server.handlers, new Request(url));
    const page = (await response!.json()) as { total: number };
    const elapsed = performance.now() - t0;
    if (i >= 5) times.push(elapsed);
    total = page.total;
  }
  times.sort((a, b) => a - b);
  console.log(`${`${persona}: ${label}`.padEnd(58)} ${String(total).padStart(7)}  ${quantile(times, 0.5).toFixed(2).padStart(8)} ${quantile(times, 0.95).toFixed(2).padStart(8)}`);
}
console.log('\nTarget: under 20 ms per page of 50.');
