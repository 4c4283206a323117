/**
 * The conformance scenario (server/conformance/) in the test suite, against the three servers
 * of the contract: a second reference server over HTTP, habil-server on PGlite and on
 * PostgreSQL. Each answers every request as the reference server does (status, body with its
 * `actions`, ETag), and as the rule the step names says.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { describeStep, runScenario } from '../conformance/compare.js';
import { serveReference, type ReferenceOverHttp } from '../conformance/reference-http.js';
import { NOW, STEPS } from '../conformance/scenario.js';
import { KINDS, useServer } from './support.js';

async function conforms(targetUrl: string, referenceUrl: string): Promise<void> {
  const report = await runScenario(targetUrl, referenceUrl);
  const failures = report.results.filter((r) => r.problem).map((r) => `${describeStep(r.step, r.index)}: ${r.problem}`);
  assert.deepEqual(failures, [], failures.slice(0, 3).join('\n\n'));
  assert.equal(report.passed, STEPS.length);
}

describe('the conformance scenario', () => {
  let reference: ReferenceOverHttp;
  before(async () => {
    reference = await serveReference({ now: NOW });
  });
  after(() => reference.stop());

  it(`on the reference server over HTTP: ${STEPS.length} requests as the rules say`, async () => {
    const target = await serveReference({ now: NOW });
    try {
      await conforms(target.url, reference.url);
    } finally {
      await target.stop();
    }
  });
});

for (const kind of KINDS) {
  describe(`the conformance scenario on habil-server, ${kind}`, () => {
    const running = useServer(kind, { HABIL_NOW: NOW, HABIL_SEED_ACCOUNTS: '0' });
    let reference: ReferenceOverHttp;
    before(async () => {
      reference = await serveReference({ now: NOW });
    });
    after(() => reference.stop());

    it(`${STEPS.length} requests answered as the reference server does and as the rules say`, () => conforms(running().url, reference.url));
  });
}
