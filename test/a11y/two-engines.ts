/**
 * Every `expect(el).to.be.accessible()` of the suite asks two engines: axe (chai-a11y-axe, as
 * @open-wc/testing registers it), then IBM's Equal Access engine on its WCAG 2.1 rules, which
 * finds what axe does not look for (a label with no content, check boxes not grouped, a
 * fieldset's legend). Loaded by web-test-runner.config.mjs before the tests of every file.
 *
 * Only IBM's definite failures fail a test (`VIOLATION` / `FAIL`); what it leaves to a person's
 * judgement (`POTENTIAL`, `MANUAL`) and its recommendations do not.
 */
// Not through @open-wc/testing: imported before Mocha has started, it would not register its
// fixture cleanup. chai.use() runs a plugin once, so @open-wc/testing's own use of the axe
// plugin, later, keeps this overwrite.
import * as chai from '@esm-bundle/chai';
import { chaiA11yAxe } from 'chai-a11y-axe';
import type { AceChecker, AceResult } from './ace-types.js';

chai.use(chaiA11yAxe);


declare global {
  // The engine is a classic script that declares `ace`.
  var ace: { Checker: new () => AceChecker } | undefined;
}

let loading: Promise<void> | undefined;

function loadEngine(): Promise<void> {
  loading ??= new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/accessibility-checker-engine/ace.js';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('accessibility-checker-engine/ace.js could not be loaded'));
    document.head.append(script);
  });
  return loading;
}

/** IBM's definite WCAG 2.1 failures in `node` and the shadow roots under it. */
export async function ibmFailures(node: Node): Promise<AceResult[]> {
  await loadEngine();
  const report = await new globalThis.ace!.Checker().check(node, ['WCAG_2_1']);
  return report.results.filter((result) => result.value[0] === 'VIOLATION' && result.value[1] === 'FAIL');
}

chai.Assertion.overwriteMethod('accessible', (axeCheck: (...args: unknown[]) => Promise<void>) =>
  async function (this: Chai.AssertionStatic, ...args: unknown[]): Promise<void> {
    await axeCheck.apply(this, args);
    const node = chai.util.flag(this, 'object') as Node;
    const failures = await ibmFailures(node);
    if (failures.length > 0) {
      const lines = failures.map((f) => `- ${f.ruleId}: ${f.message}\n  at ${f.path.dom}\n  ${f.snippet}`);
      throw new chai.AssertionError(`IBM Equal Access (WCAG 2.1) found ${failures.length} failure(s):\n${lines.join('\n')}`);
    }
  },
);
