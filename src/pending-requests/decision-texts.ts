/** How the widget words a decision the server did not apply: someone decided first, the 10-day rule (R4), or another refusal. */
import type { Problem } from '../domain/index.js';
import { describeProblem } from '../internal/problem-text.js';
import type { DecisionText } from './decisions.messages.js';

/** What the server said about a request someone decided first: who and when, or the 10-day rule. */
export function alreadyDecidedText(t: DecisionText, what: string, problem: Problem): string {
  if (problem.decision === 'acceptee_tacitement') {
    return t.msg('alreadyDecidedTacitly', what, problem.decidedAt ? t.formatDate(problem.decidedAt) : '');
  }
  if (problem.decidedBy) {
    return t.msg('alreadyDecidedBy', what, problem.decidedBy.name, problem.decidedAt ? t.formatDateTime(problem.decidedAt) : '');
  }
  return t.msg('alreadyDecidedUnknown', what);
}

/** Why the server did not apply the decision to the request named `what`, in words. */
export function refusalText(t: DecisionText, what: string, problem: Problem): string {
  if (problem.code === 'already-decided') return alreadyDecidedText(t, what, problem);
  return describeProblem(problem, t.lang).message;
}
