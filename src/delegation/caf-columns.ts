/**
 * The columns of the CAF sections' tables (fiches 14–16), loaded with them: their own words
 * (`w`), and the widget's for what every table says (`t`: last and first names, « Action »,
 * « Retirer »).
 */
import { html, nothing } from 'lit';
import type { Group, PartnerAdmin } from '../domain/index.js';
import { GROUP_STATUS_LABELS } from '../domain/index.js';
import type { DataTableColumn } from '../ui/data-table/data-table.js';
import type { CafText } from './caf.messages.js';
import { actionColumn, mailto, removeButton, type RowButton } from './columns.js';
import type { DelegationText } from './messages.js';

/** The partner administrators (R12); "Retirer" only where the server allows it (the CAF). */
export function partnerAdminColumns(
  t: DelegationText,
  w: CafText,
  withActions: boolean,
  withdraw: (row: PartnerAdmin) => void,
): DataTableColumn<PartnerAdmin>[] {
  const columns: DataTableColumn<PartnerAdmin>[] = [
    { key: 'identifier', header: w.msg('colIdentifier') },
    { key: 'nom', header: t.msg('colNom'), rowHeader: true },
    { key: 'prenom', header: t.msg('colPrenom') },
    { key: 'emailPro', header: w.msg('colMail'), render: (row) => mailto(row.emailPro) },
    { key: 'since', header: t.msg('colSince'), render: (row) => t.formatDate(row.since) },
  ];
  const withdrawButton = removeButton(t, 'withdraw-button', (name) => w.msg('withdrawOf', name), withdraw);
  return withActions ? [...columns, actionColumn(t, 'revoke', withdrawButton)] : columns;
}

/** The groups of the convention with their responsable habilitations; "Remplacer" where the server allows it. */
export function responsableColumns(
  t: DelegationText,
  w: CafText,
  withActions: boolean,
  replace: (group: Group, invoker: HTMLElement) => void,
): DataTableColumn<Group>[] {
  const columns: DataTableColumn<Group>[] = [
    { key: 'code', header: w.msg('colCode'), rowHeader: true },
    {
      key: 'label',
      header: w.msg('colLabel'),
      render: (group) =>
        html`${group.label}${group.parentCode ? html`<span part="secondary">${w.msg('subGroupOf', group.parentCode)}</span>` : nothing}`,
    },
    { key: 'status', header: w.msg('colStatus'), render: (group) => GROUP_STATUS_LABELS[group.status][t.lang] },
    { key: 'responsable', header: w.msg('colResponsable'), render: (group) => group.responsable.name },
  ];
  const replaceButton = (group: Group): RowButton => ({
    part: 'replace-button',
    groupId: group.id,
    spoken: w.msg('replaceOf', group.code),
    label: w.msg('replace'),
    onClick: (event) => replace(group, event.currentTarget as HTMLElement),
  });
  return withActions ? [...columns, actionColumn(t, 'edit', replaceButton)] : columns;
}
