/** The confirmation of the last change (a visible live region) and the histories of the accounts it involved (R14). */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { HabilClient } from '../client/types.js';
import type { LazyPart } from '../internal/lazy-part.js';
import { renderPart } from '../internal/lazy-part-view.js';
import type { ChangeNote, ChangeReport } from './change-report.js';
import type { DelegationText } from './messages.js';
import { renderNote } from './section-parts.js';

/** There before it speaks, so that screen readers hear its first message. */
export function renderStatusMessage(report: ChangeReport): TemplateResult {
  return html`<habil-live-region part="status-message" class=${report.announced ? 'announced' : ''} visible></habil-live-region>`;
}

/** A new change gets new history buttons: an account's history read after the previous change would miss this one. */
export function renderLastChange(report: ChangeReport, t: DelegationText, client: HabilClient, history: LazyPart): TemplateResult | typeof nothing {
  const change = report.lastChange;
  if (!change) return nothing;
  return html`<section class="last-change" part="last-change" aria-label=${t.msg('lastChange')}>
    ${renderPart(
      history,
      () => keyed(change, html`<habil-delegation-history .client=${client} .accounts=${change.accounts}></habil-delegation-history>`),
      () => nothing,
    )}
    ${change.note ? renderChangeNote(change.note) : nothing}
  </section>`;
}

function renderChangeNote(note: ChangeNote): TemplateResult {
  const { heading, text } = note();
  return renderNote('afas-replaced', heading, text);
}
