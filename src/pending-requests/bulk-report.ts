/** What the user sees of a decision on a selection once confirmed: the progress and the result per request (the actions on the selection are in panels.ts). */
import { html, nothing } from 'lit';
import type { AccessRequest } from '../domain/index.js';
import type { BulkDecision, BulkDecisionController } from './bulk-decision.js';
import { personName } from './columns.js';
import type { DecisionText } from './decisions.messages.js';

/** The report of the last decision on a selection: heading, progress, summary, a line per request. */
export function renderBulkReport(t: DecisionText, bulk: BulkDecisionController) {
  if (bulk.collecting) {
    return html`<section part="report" class="report"><p>${t.msg('bulkCollecting')}</p></section>`;
  }
  const current = bulk.current;
  if (!current) return nothing;
  const { run } = current;
  const total = t.formatNumber(run.total);
  const heading = t.msg(current.decision === 'accept' ? 'bulkHeadingAccept' : 'bulkHeadingRefuse', total, run.total);
  const progress = t.msg('bulkProgress', t.formatNumber(run.done), total);
  return html`<section part="report" class="report" aria-labelledby="report-heading">
    <h3 id="report-heading">${heading}</h3>
    <label class="progress-label" for="bulk-progress">${progress}</label>
    <progress id="bulk-progress" part="progress" max=${run.total} .value=${run.done}></progress>
    ${run.running ? nothing : html`<p class="summary">${bulk.summary(current)}</p>`}
    ${run.interruption && !run.running
      ? html`<habil-alert class="filled" .error=${run.interruption} retryable retry-label=${t.msg('bulkResume')} @habil-retry=${() => bulk.resume()}
          >${t.msg('bulkInterrupted')}</habil-alert
        >`
      : nothing}
    <h4 class="visually-hidden">${t.msg('bulkReport')}</h4>
    <ul class="report-rows">
      ${run.items.map((request) => renderReportRow(t, bulk, current, request))}
    </ul>
    ${run.running ? nothing : html`<button type="button" class="button" @click=${() => bulk.close()}>${t.msg('bulkClose')}</button>`}
  </section>`;
}

function renderReportRow(t: DecisionText, bulk: BulkDecisionController, current: BulkDecision, request: AccessRequest) {
  const what = `${personName(request.requester)} – ${request.roleLabel}`;
  const outcome = current.run.outcomeOf(request);
  if (!outcome) {
    if (current.run.running) return nothing;
    return html`<li class="report-row not-sent">
      <span class="mark" aria-hidden="true">–</span> ${what}${t.msg('colon')}<strong>${t.msg('bulkItemNotSent')}</strong>
    </li>`;
  }
  if (outcome.ok) {
    const word = t.msg(current.decision === 'accept' ? 'bulkItemAccepted' : 'bulkItemRefused');
    return html`<li class="report-row ok"><span class="mark" aria-hidden="true">✓</span> ${what}${t.msg('colon')}<strong>${word}</strong></li>`;
  }
  return html`<li class="report-row failed">
    <span class="mark" aria-hidden="true">✗</span> ${what}${t.msg('colon')}<strong>${t.msg('bulkItemFailed')}</strong>
    <span class="why">${bulk.refusalOf(current, request)}</span>
  </li>`;
}
