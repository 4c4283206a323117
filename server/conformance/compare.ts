/** Runs the scenario against a server and the reference server, step by step, and says where they differ. */
import { isDeepStrictEqual } from 'node:util';
import { STEPS, type Step } from './scenario.js';
import { Side, type Answer } from './side.js';

export interface StepResult {
  step: Step;
  index: number;
  got: Answer;
  want: Answer;
  /** Why the step failed; undefined when it passed. */
  problem?: string;
}

/** A success status, or a refusal with that problem code. */
const meets = (answer: Answer, expect: number | string) =>
  typeof expect === 'number' ? answer.status === expect : answer.status >= 400 && (answer.body as { code?: string } | undefined)?.code === expect;
const what = (answer: Answer) => `${answer.status}${answer.status >= 400 ? ` ${(answer.body as { code?: string } | undefined)?.code}` : ''}`;

export const describeStep = (step: Step, index: number) => `step ${index + 1}: ${step.as ?? 'anonymous'} ${step.method ?? 'GET'} ${step.path}`;

/** Every step on both servers, in order; the target's answers first compared with the status the step names, then with the reference's. */
export async function runScenario(targetUrl: string, referenceUrl: string, log?: (line: string) => void): Promise<{ passed: number; failed: number; results: StepResult[] }> {
  const target = new Side(targetUrl);
  const oracle = new Side(referenceUrl);
  const results: StepResult[] = [];
  for (const [index, step] of STEPS.entries()) {
    const want = await oracle.run(step);
    const got = await target.run(step);
    let problem: string | undefined;
    if (step.expect !== undefined && !meets(want, step.expect)) problem = `the reference server answered ${what(want)}, the step expects ${step.expect}`;
    else if (step.expect !== undefined && !meets(got, step.expect)) problem = `answered ${what(got)}, the step expects ${step.expect}: ${JSON.stringify(got.body)}`;
    else if (!isDeepStrictEqual(got, want)) problem = `answered ${JSON.stringify(got)}\n    the reference server answered ${JSON.stringify(want)}`;
    results.push({ step, index, got, want, ...(problem ? { problem } : {}) });
    log?.(`${problem ? '✖' : '✔'} ${describeStep(step, index)} → ${got.status}${problem ? `\n    ${problem}` : ''}`);
  }
  const failed = results.filter((r) => r.problem).length;
  return { passed: results.length - failed, failed, results };
}
