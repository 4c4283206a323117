/** The progress and the report of a bulk action of `<habil-account-search>` (R10), account by account. */
import { html, nothing } from 'lit';
import { renderNativeTable } from '../internal/native-table.js';
import type { BulkWords } from './bulk.messages.js';
import type { BulkRun, BulkState } from './bulk-questions.js';
import type { BulkProgress } from './bulk-run.js';

export function renderBulk(t: BulkWords, bulk: Pick<BulkRun, 'stop' | 'closeReport'>, { title, progress }: BulkState) {
  const n = (value: number) => t.formatNumber(value);
  const collecting = progress.phase === 'collecting';
  const value = collecting ? progress.collected : progress.done;
  return html`
    <section part="bulk" aria-labelledby="bulk-title">
      <h3 id="bulk-title" tabindex="-1">${title}</h3>
      <div class="progress-line">
        <progress part="bulk-progress" aria-labelledby="bulk-title" max=${Math.max(progress.total, 1)} value=${value}></progress>
        <span class="progress-count" part="bulk-count">
          ${collecting ? t.msg('bulkCollecting', n(value), n(progress.total)) : t.msg('bulkProgress', n(value), n(progress.total))}
        </span>
        ${progress.phase === 'done'
          ? html`<button type="button" class="button" @click=${() => bulk.closeReport()}>${t.msg('bulkClose')}</button>`
          : html`<button type="button" class="button" @click=${() => bulk.stop()}>${t.msg('bulkStop')}</button>`}
      </div>
      ${progress.phase === 'done' ? renderReport(t, title, progress) : nothing}
    </section>
  `;
}

function renderReport(t: BulkWords, title: string, { succeeded, refused, notRun, leftOut }: BulkProgress) {
  const n = (value: number) => t.formatNumber(value);
  return html`
    <div part="bulk-report">
      <p>${t.msg('bulkDone', title, n(succeeded.length), n(refused.length))}</p>
      ${leftOut.length ? html`<p>${t.msg('bulkLeftOut', n(leftOut.length))}</p>` : nothing}
      ${notRun.length ? html`<p>${t.msg('bulkStopped', n(notRun.length))}</p>` : nothing}
      ${refused.length
        ? renderNativeTable({
            className: 'report-table',
            caption: t.msg('bulkRefusedCaption'),
            columns: [t.msg('bulkAccount'), t.msg('bulkReason')],
            body: html`<tbody>
              ${refused.map(
                ({ account, reason }) => html`<tr>
                  <th scope="row">${account.name}</th>
                  <td>${reason.message}${reason.detail ? html`<span class="report-detail">${reason.detail}</span>` : nothing}</td>
                </tr>`,
              )}
            </tbody>`,
          })
        : nothing}
      ${leftOut.length
        ? html`<details class="left-out">
            <summary>${t.msg('bulkLeftOutSummary', n(leftOut.length))}</summary>
            <ul>
              ${leftOut.map(({ account, reason }) => html`<li>${t.msg('bulkLeftOutItem', account.name, reason.message)}</li>`)}
            </ul>
          </details>`
        : nothing}
      ${succeeded.length
        ? html`<details>
            <summary>${t.msg('bulkSucceededSummary', n(succeeded.length))}</summary>
            <ul>
              ${succeeded.map((account) => html`<li>${account.name}</li>`)}
            </ul>
          </details>`
        : nothing}
    </div>
  `;
}
