/** "Vos administrateurs locaux" on screen: the list, its toolbar, and the panel where a person is named (with its code, local-admin-actions.ts). */
import { html, nothing, type TemplateResult } from 'lit';
import { mineColumns } from './columns.js';
import { LOCAL_ADMINS_TABLE, type LocalAdminsController } from './local-admins.js';
import { renderHeading, renderList, renderNotice, type SectionView } from './section-parts.js';

export function renderLocalAdmins(section: LocalAdminsController, view: SectionView): TemplateResult {
  const { t, me } = view;
  const task = section.list;
  const rows = section.rows;
  const flow = section.flow;
  return html`
    ${renderHeading(t, 'local-admins')}
    <p class="hint" part="hint">${t.msg('mineIntro', me.organisme.name)}</p>
    <div class="toolbar" part="toolbar">
      <button
        type="button"
        id="new-local-admin"
        class="button button--primary"
        aria-expanded=${flow ? 'true' : 'false'}
        aria-controls=${flow ? 'flow' : nothing}
        aria-disabled=${section.opening ? 'true' : 'false'}
        @click=${() => section.openFlow()}
      >
        ${t.msg('newLocalAdmin')}
      </button>
    </div>
    ${renderNotice(view.notice)} ${flow ? (section.loadedActions?.renderNameFlow(view, flow) ?? nothing) : nothing} ${renderList(t, task, {
      rows,
      caption: t.msg('mineCaption'),
      titled: true,
      columns: mineColumns(t, rows, (row) => section.revoke(row)),
      empty: t.msg('mineEmpty'),
      exportparts: 'row-button, revoke-button, row-note, link',
      rowKey: 'accountId',
      id: LOCAL_ADMINS_TABLE,
    })}
    ${rows.length === 1 && !rows[0]!.actions.includes('revoke') ? html`<p class="hint" part="hint">${t.msg('lastLocalAdminHint')}</p>` : nothing}
  `;
}
