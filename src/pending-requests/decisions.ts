/**
 * What deciding does, loaded with the first decision or when the user is about to make one
 * (decisions-part.ts): the single decisions on access and account requests, the decision on a
 * selection and its report, in the words of their own catalogue and with the styles of the report;
 * the confirmation and refusal dialogs they open are defined here (the widget renders them from
 * the start: they upgrade when this code comes).
 */
import { css } from 'lit';
import type { RequestStatus } from '../domain/index.js';
import { defineElement } from '../internal/define.js';
import '../ui/confirm-dialog/define.js';
import { runReportStyles } from '../ui/styles/run-report.styles.js';
import { BulkDecisionController } from './bulk-decision.js';
import { renderBulkReport } from './bulk-report.js';
import type { DecisionContext } from './decision-context.js';
import { accessRequestDecisions, accountRequestDecisions } from './decision-kinds.js';
import type { DecisionsHost, DecisionsOptions } from './decisions-part.js';
import type { DecisionText } from './decisions.messages.js';
import { HabilRefusalDialog } from './refusal-dialog.js';
import { SingleDecisionController } from './single-decision.js';
import { statusCell } from './status-cell.js';

export { decisionMessages } from './decisions.messages.js';
export { addStatusStyles } from './status-cell.js';

defineElement('habil-refusal-dialog', HabilRefusalDialog);

/** The report of a decision on a selection, added to the widget's shadow root with this code. */
export const decisionStyles = [
  runReportStyles,
  css`
    .report {
      margin-block-end: var(--_habil-space-m);
    }

    .report h3 {
      margin: 0;
      font-size: var(--_habil-font-size);
    }
  `,
];

export function createDecisions(host: DecisionsHost, options: DecisionsOptions, t: DecisionText) {
  const { client, dialogs, notice, counts, announce } = options;
  const context: DecisionContext = { client, t, dialogs, notice, counts, announce };
  const bulk = new BulkDecisionController(host, { ...context, list: options.pendingAccess, decided: options.accessDecided });
  return {
    access: new SingleDecisionController(host, { ...context, kind: accessRequestDecisions(t, options.accessDecided), list: options.pendingAccess }),
    account: new SingleDecisionController(host, { ...context, kind: accountRequestDecisions(t, options.accountDecided), list: options.pendingAccounts }),
    bulk,
    renderReport: () => renderBulkReport(t, bulk),
    renderStatus: (status: RequestStatus) => statusCell(t.lang, status),
    sendingLabel: () => t.msg('sending'),
  };
}

export type Decisions = ReturnType<typeof createDecisions>;
