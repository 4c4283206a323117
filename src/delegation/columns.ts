/**
 * The columns of the widget's tables up front, as the guides list them, and the pieces that the
 * columns of its other sections share (all-local-admins.view.ts, caf-columns.ts). Cells are
 * rendered inside `<habil-data-table>`'s shadow root: their buttons carry `part` names that the
 * widget's styles reach with `habil-data-table::part(…)`, and `data-*` attributes that name
 * their row.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { LocalAdmin, PartnerAdmin } from '../domain/index.js';
import type { DataTableColumn } from '../ui/data-table/data-table.js';
import type { DelegationText } from './messages.js';

export function personName(person: { prenom: string; nom: string }): string {
  return `${person.prenom} ${person.nom}`;
}

export const mailto = (email: string) => html`<a part="link" href="mailto:${email}">${email}</a>`;

export interface RowButton {
  /** Its own part, beside `row-button`. */
  part: 'revoke-button' | 'withdraw-button' | 'replace-button';
  /** The row it acts on: a person's account, or a group. */
  accountId?: string;
  groupId?: string;
  /** Its accessible name, which says whom it acts on. */
  spoken: string;
  label: string;
  onClick: (event: Event) => void;
}

/** The button of a row ("Retirer", "Remplacer le responsable"). */
export const rowButton = ({ part, accountId, groupId, spoken, label, onClick }: RowButton) =>
  html`<button
    type="button"
    class="button"
    part="row-button ${part}"
    data-account-id=${ifDefined(accountId)}
    data-group-id=${ifDefined(groupId)}
    aria-label=${spoken}
    @click=${onClick}
  >
    ${label}
  </button>`;

/**
 * The "Action" column: the row's button where the server allows `action` on the row (its
 * `actions`), and elsewhere what `otherwise` says (nothing by default).
 */
export function actionColumn<Row extends { actions: readonly string[] }>(
  t: DelegationText,
  action: Row['actions'][number],
  button: (row: Row) => RowButton,
  otherwise: () => TemplateResult | typeof nothing = () => nothing,
): DataTableColumn<Row> {
  return { key: 'action', header: t.msg('colAction'), render: (row) => (row.actions.includes(action) ? rowButton(button(row)) : otherwise()) };
}

/** "Retirer" on a person's row: `part` and the accessible name (`spoken` of his name) say what he loses. */
export function removeButton<Row extends LocalAdmin | PartnerAdmin>(
  t: DelegationText,
  part: 'revoke-button' | 'withdraw-button',
  spoken: (name: string) => string,
  remove: (row: Row) => void,
): (row: Row) => RowButton {
  return (row) => ({ part, accountId: row.accountId, spoken: spoken(personName(row)), label: t.msg('revoke'), onClick: () => remove(row) });
}

/** Who made this person local administrator: the director is one by default (R13). */
function namedBy(t: DelegationText, admin: LocalAdmin): string {
  if (admin.director) return t.msg('directorByDefault');
  return admin.namedBy?.name ?? '';
}

export function identityColumns(t: DelegationText): DataTableColumn<LocalAdmin>[] {
  return [
    { key: 'nom', header: t.msg('colNom'), rowHeader: true },
    { key: 'prenom', header: t.msg('colPrenom') },
    { key: 'emailPro', header: t.msg('colEmail'), render: (row) => mailto(row.emailPro) },
    { key: 'phone', header: t.msg('colPhone') },
  ];
}

export function delegationColumns(t: DelegationText): DataTableColumn<LocalAdmin>[] {
  return [
    { key: 'since', header: t.msg('colSince'), render: (row) => t.formatDate(row.since) },
    { key: 'namedBy', header: t.msg('colNamedBy'), render: (row) => namedBy(t, row) },
  ];
}

/** "Vos administrateurs locaux": with "Retirer", or why the last one cannot be withdrawn (R13). */
export function mineColumns(t: DelegationText, rows: readonly LocalAdmin[], revoke: (row: LocalAdmin) => void): DataTableColumn<LocalAdmin>[] {
  const revokeButton = removeButton(t, 'revoke-button', (name) => t.msg('revokeOf', name), revoke);
  const lastOne = () => (rows.length === 1 ? html`<span part="row-note">${t.msg('lastLocalAdmin')}</span>` : nothing);
  return [...identityColumns(t), ...delegationColumns(t), actionColumn(t, 'revoke', revokeButton, lastOne)];
}

/** "Vos contacts" of a plain user: who to write to. */
export function contactColumns(t: DelegationText): DataTableColumn<LocalAdmin>[] {
  return identityColumns(t);
}
