// `npm test` after the type checks: the browser tests (Web Test Runner in Chromium), then
// Node's (habil-server over HTTP on PGlite and on PostgreSQL; the packed package in a fresh
// site; every story of the built Storybook in axe and IBM Equal Access), then one closing line
// for all. Without DATABASE_URL, a throwaway PostgreSQL is started for the run.
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';

function run(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.on('exit', (code) => resolve({ code, output }));
  });
}

const count = (output, pattern) => {
  const all = [...output.matchAll(pattern)];
  return all.length ? Number(all.at(-1)[1]) : undefined;
};

const env = { ...process.env };
let ownPostgres = false;
if (!env.DATABASE_URL) {
  env.DATABASE_URL = execFileSync('bash', ['scripts/postgres-for-tests.sh', 'start'], { encoding: 'utf8' }).trim();
  ownPostgres = true;
}

let passed = 0;
let failed = 0;
let broken = false;
try {
  const browser = await run('npx', ['wtr'], env);
  const summary = [...browser.output.matchAll(/^(\d+) passed, (\d+) failed$/gm)].at(-1);
  if (summary) {
    passed += Number(summary[1]);
    failed += Number(summary[2]);
  }
  if (!summary || browser.code !== 0) broken = true;

  // Node's side: habil-server's tests, the packed package as a partner site gets it, and every
  // story of Storybook in both accessibility engines.
  const files = [
    ...readdirSync('server/test').filter((f) => f.endsWith('.test.ts')).map((f) => `server/test/${f}`),
    ...['test/package', 'test/stories'].flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.node-test.ts')).map((f) => `${dir}/${f}`)),
  ];
  const server = await run(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], env);
  const serverPassed = count(server.output, /^ℹ pass (\d+)$/gm);
  const serverFailed = count(server.output, /^ℹ fail (\d+)$/gm);
  if (serverPassed === undefined || serverFailed === undefined || server.code !== 0) broken = true;
  passed += serverPassed ?? 0;
  failed += serverFailed ?? 0;
} finally {
  if (ownPostgres) execFileSync('bash', ['scripts/postgres-for-tests.sh', 'stop']);
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(broken || failed > 0 || passed === 0 ? 1 : 0);
