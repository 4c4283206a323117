/**
 * What the menu of a row shows (its title, why some actions are not offered, its items): it
 * comes with the actions' code (actions.ts), which the widget loads before it opens a first
 * menu. The popover itself, its keyboard and its placing are the widget's (row-menu.ts).
 */
import { css, html, nothing } from 'lit';
import type { ProblemCode } from '../domain/index.js';
import { describeProblem } from '../internal/problem-text.js';
import type { ActionWords } from './actions.messages.js';
import { menuActions, menuNote, type RowAction } from './caf-actions.js';
import type { ResultRow, SearchContext } from './search-context.js';

const ACTION_LABELS = {
  view: 'actionView',
  grant: 'actionGrant',
  revoke: 'actionRevoke',
  history: 'actionHistory',
  edit: 'actionEdit',
  deactivate: 'actionDeactivate',
  reactivate: 'actionReactivate',
  attach: 'actionAttach',
  'resend-identifier': 'actionResend',
  'add-to-group': 'actionAddToGroup',
  'manage-memberships': 'actionManageMemberships',
  'deactivate-responsable': 'actionDeactivateResponsable',
} as const satisfies Record<RowAction, string>;

/** The menu's content for `row`; `run` is called with the action chosen. */
export function renderMenuItems(t: ActionWords, context: SearchContext | undefined, row: ResultRow, run: (action: RowAction) => void) {
  const items = menuActions(context, row);
  const reason = row.readOnlyReason;
  const note = menuNote(t, context, row);
  const label = (action: RowAction) => (action === 'deactivate' && context?.space === 'caf' ? t.msg('actionDeactivateCaf') : t.msg(ACTION_LABELS[action]));
  return html`
    <p class="menu-title" id="row-menu-title">${row.name}</p>
    ${reason ? html`<p class="menu-reason">${describeProblem({ code: reason as ProblemCode }, t.lang).message}</p>` : nothing}
    ${note ? html`<p class="menu-reason">${note}</p>` : nothing}
    ${items.length
      ? html`<ul role="menu" aria-labelledby="row-menu-title">
          ${items.map(
            (action) => html`<li role="none">
              <button type="button" role="menuitem" part="row-menu-item" data-action=${action} @click=${() => run(action)}>${label(action)}</button>
            </li>`,
          )}
        </ul>`
      : html`<p class="menu-empty">${t.msg('noAction')}</p>`}
  `;
}

/** The menu's styles, added to the widget's with the actions' code. */
export const rowMenuStyles = css`
  :host {
    --_menu-width: var(--habil-account-search-menu-width, 19rem);
  }

  [part~='row-menu'] {
    position: fixed;
    inset: auto;
    width: min(var(--_menu-width), calc(100vw - 1rem));
    margin: 0;
    padding: var(--_habil-space-xs) 0;
    border: 1px solid var(--_habil-border);
    border-radius: var(--_habil-radius);
    background: var(--_habil-surface-raised);
    color: var(--_habil-text);
    box-shadow: var(--_habil-shadow-raised);
    font: inherit;
  }

  .menu-title {
    padding: var(--_habil-space-xs) var(--_habil-space-m);
    font-weight: 700;
  }

  .menu-reason {
    margin: var(--_habil-space-xs) var(--_habil-space-m);
    padding: var(--_habil-space-xs) var(--_habil-space-s);
    border-inline-start: 3px solid var(--_habil-warning);
    color: var(--_habil-text);
    font-size: var(--_habil-font-size-small);
  }

  [part~='row-menu'] ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part~='row-menu-item'] {
    display: block;
    width: 100%;
    min-height: 2.5rem;
    padding: var(--_habil-space-s) var(--_habil-space-m);
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  [part~='row-menu-item']:hover,
  [part~='row-menu-item']:focus-visible {
    background: var(--_habil-selected);
  }

  [part~='row-menu-item']:focus-visible {
    outline-offset: -2px;
  }

  .menu-empty {
    padding: var(--_habil-space-s) var(--_habil-space-m);
    color: var(--_habil-text-muted);
  }
`;
