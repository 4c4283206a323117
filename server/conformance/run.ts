/**
 * `npm run conformance -- --base-url URL`: runs the conformance scenario against any server of
 * the contract — habil-server, or a portal team's own implementation — and against the
 * reference server (started here, over HTTP), and requires the same answer to every request:
 * status, body (with its `actions`), ETag, replay header; and the status each step names.
 *
 * The server under test must serve the contract under URL/api, hold the guides' data (the
 * seed of habil-server with HABIL_SEED_ACCOUNTS=0) on the scenario's day (`--now`, default
 * 2025-06-02T10:00:00+02:00, its clock fixed there), and give a token per persona at
 * POST URL/api/dev/token {"persona": "…"}. The scenario changes its data: use a fresh one.
 *
 *   npm run conformance -- --base-url http://127.0.0.1:8787
 *   npm run conformance -- --reference        (a second reference server as the one under test)
 */
import { parseArgs } from 'node:util';
import { serveReference } from './reference-http.js';
import { runScenario } from './compare.js';

const { values } = parseArgs({ options: { 'base-url': { type: 'string' }, now: { type: 'string' }, reference: { type: 'boolean' } } });
const now = values.now ?? '2025-06-02T10:00:00+02:00';
if (!values['base-url'] && !values.reference) {
  console.error('Usage: npm run conformance -- --base-url http://host:port [--now 2025-06-02T10:00:00+02:00] | --reference');
  process.exit(2);
}

const oracle = await serveReference({ now });
const second = values.reference ? await serveReference({ now }) : undefined;
const target = values['base-url'] ?? second!.url;
console.log(`Conformance of ${values.reference ? 'a reference server' : target} on ${now}, against the reference server.`);
const report = await runScenario(target.replace(/\/$/, ''), oracle.url, (line) => console.log(line));
await oracle.stop();
await second?.stop();
console.log(`${report.passed} passed, ${report.failed} failed`);
process.exit(report.failed ? 1 : 0);
