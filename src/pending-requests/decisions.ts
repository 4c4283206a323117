/**
 * What deciding does, loaded with the first decision or when the user is about to make one
 * (decisions-part.ts): the single decisions on access and account requests, the decision on a
 * selection and its report, in the words of their own catalogue.
 */
import { BulkDecisionController } from './bulk-decision.js';
import { renderBulkReport } from './bulk-report.js';
import type { DecisionContext } from './decision-context.js';
import { accessRequestDecisions, accountRequestDecisions } from './decision-kinds.js';
import type { DecisionsHost, DecisionsOptions } from './decisions-part.js';
import type { DecisionText } from './decisions.messages.js';
import { SingleDecisionController } from './single-decision.js';

export { decisionMessages } from './decisions.messages.js';

export function createDecisions(host: DecisionsHost, options: DecisionsOptions, t: DecisionText) {
  const { client, dialogs, notice, counts, announce } = options;
  const context: DecisionContext = { client, t, dialogs, notice, counts, announce };
  const bulk = new BulkDecisionController(host, { ...context, list: options.pendingAccess, decided: options.accessDecided });
  return {
    access: new SingleDecisionController(host, { ...context, kind: accessRequestDecisions(t, options.accessDecided), list: options.pendingAccess }),
    account: new SingleDecisionController(host, { ...context, kind: accountRequestDecisions(t, options.accountDecided), list: options.pendingAccounts }),
    bulk,
    renderReport: () => renderBulkReport(t, bulk),
  };
}

export type Decisions = ReturnType<typeof createDecisions>;
