/** The list screen of `<habil-user-groups>`: the filters, "Créer un groupe", and the groups, each followed by its sub-groups. */
import { TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AccountSummary, Convention, Group, Me } from '../domain/index.js';
import { GROUP_STATUS_LABELS } from '../domain/index.js';
import type { DataTableColumn } from '../ui/data-table/data-table.js';
import type { HabilField } from '../ui/field/field.js';
import type { GroupsTreeController } from './groups-tree.js';
import { hierarchyOrder } from './hierarchy.js';
import type { UserGroupsWords } from './user-groups.messages.js';
import { userOptionLabel } from './people.js';

/** Indentation marks of the hierarchy go this deep; deeper levels still say their number. */
const DEEPEST_INDENT = 6;

/** A button of a group's row: `action` names it for the page's focus and the tests. */
export type GroupRowAction = 'details' | 'edit' | 'close';

export interface GroupsListView {
  t: UserGroupsWords;
  convention: Convention;
  /** What the screens share, rendered by the host. */
  conventionLine: TemplateResult;
  notice: TemplateResult;
  tree: GroupsTreeController;
  /** The users of the convention, for the "Sélectionner un utilisateur" filter. */
  users: readonly AccountSummary[];
  me: Me | undefined;
  /** The person creates groups (`manage-groups`). */
  canCreate: boolean;
  onCreate: () => void;
  onRowAction: (group: Group, action: GroupRowAction) => void;
  /** The pointer or the focus reached « Créer un groupe » or a row's button: what it needs may load meanwhile. */
  onPrefetch: (action: GroupRowAction | 'create') => void;
  /** The button asked for a part that takes a moment to come: it says it is busy, and is not pressed again meanwhile. */
  opening: (action: GroupRowAction | 'create', group?: Group) => boolean;
}

export function renderGroupsList(view: GroupsListView) {
  const { t, tree } = view;
  const task = tree.listTask;
  return html`
    <h2 id="list-heading" part="heading" class="heading" tabindex="-1">${t.msg('listHeading')}</h2>
    ${view.conventionLine} ${renderResponsableNote(view)} ${renderFilters(view)}
    ${view.canCreate
      ? html`<div part="toolbar" class="toolbar">
          <button
            type="button"
            part="create-button"
            class="button button--primary"
            aria-disabled=${ifDefined(view.opening('create') ? 'true' : undefined)}
            @click=${() => view.opening('create') || view.onCreate()}
            @focus=${() => view.onPrefetch('create')}
            @pointerenter=${() => view.onPrefetch('create')}
          >
            ${t.msg('createGroup')}
          </button>
        </div>`
      : nothing}
    ${view.notice}
    <habil-alert
      class=${task.status === TaskStatus.ERROR ? 'filled' : ''}
      .error=${task.status === TaskStatus.ERROR ? task.error : undefined}
      retryable
      retry-label=${t.msg('reloadList')}
      @habil-retry=${() => void task.run()}
    ></habil-alert>
    <habil-data-table
      part="table"
      exportparts="row-action, details-button, edit-button, close-button"
      caption=${t.msg('listCaption', view.convention.label)}
      caption-hidden
      .columns=${listColumns(view)}
      .rows=${tree.rows}
      ?loading=${task.status === TaskStatus.PENDING || task.status === TaskStatus.INITIAL}
      ?hidden=${task.status === TaskStatus.ERROR}
    >
      <span slot="empty">${t.msg(tree.filtering ? 'noGroupMatches' : 'noGroups')}</span>
    </habil-data-table>
  `;
}

/** A responsable habilitations is told which groups are his, and what is the partner administrator's (R12). */
function renderResponsableNote(view: GroupsListView) {
  const me = view.me;
  if (!me || me.roles.includes('partner-admin') || !me.roles.includes('responsable')) return nothing;
  const codes = hierarchyOrder(view.tree.allGroups.filter((g) => me.responsableOfGroupIds.includes(g.id))).map((g) => g.code);
  return html`<p class="note">${view.t.msg('responsableNote', codes.join(', '))}</p>`;
}

function renderFilters(view: GroupsListView) {
  const { t, tree } = view;
  const draft = tree.draft;
  const users = view.users.map((user) => ({ value: user.id, label: userOptionLabel(user) }));
  const text = (name: 'code' | 'label', label: string) => html`<habil-field
    type="search"
    label=${label}
    autocomplete="off"
    .value=${draft[name]}
    @input=${(event: Event) => tree.setFilter(name, (event.currentTarget as HabilField).value)}
    @keydown=${(event: KeyboardEvent) => {
      if (event.key === 'Enter') tree.applyFilters();
    }}
  ></habil-field>`;
  return html`<form part="filters" class="filters" role="search" aria-label=${t.msg('filtersLabel')} @submit=${(event: Event) => event.preventDefault()}>
    ${text('code', t.msg('filterCode'))} ${text('label', t.msg('filterLabel'))}
    <habil-field
      type="select"
      label=${t.msg('filterUser')}
      empty-option-label=${t.msg('allUsers')}
      .options=${users}
      .value=${draft.accountId}
      @change=${(event: Event) => tree.setFilter('accountId', (event.currentTarget as HabilField).value)}
    ></habil-field>
  </form>`;
}

function listColumns(view: GroupsListView): DataTableColumn<Group>[] {
  const t = view.t;
  const lang = t.lang;
  return [
    {
      key: 'code',
      header: t.msg('colCode'),
      rowHeader: true,
      render: (group) =>
        html`<span part="code indent-${Math.min(group.level, DEEPEST_INDENT)}"
          >${group.level > 1 ? html`<span part="sub-mark" aria-hidden="true">↳ </span>` : nothing}${group.code}</span
        >`,
    },
    { key: 'label', header: t.msg('colLabel') },
    { key: 'level', header: t.msg('colLevel'), align: 'end' },
    { key: 'parentCode', header: t.msg('colParent') },
    { key: 'responsable', header: t.msg('colResponsable'), render: (group) => group.responsable.name },
    { key: 'openingDate', header: t.msg('colOpeningDate'), render: (group) => html`<span part="date">${t.formatDate(group.openingDate)}</span>` },
    { key: 'closingDate', header: t.msg('colClosingDate'), render: (group) => html`<span part="date">${t.formatDate(group.closingDate)}</span>` },
    {
      key: 'status',
      header: t.msg('colStatus'),
      render: (group) => html`<span part="status status-${group.status}">${GROUP_STATUS_LABELS[group.status][lang]}</span>`,
    },
    { key: 'actions', header: t.msg('colActions'), render: (group) => renderRowActions(view, group) },
  ];
}

function renderRowActions(view: GroupsListView, group: Group) {
  const t = view.t;
  const button = (action: GroupRowAction, label: string, spoken: string) =>
    html`<button
      type="button"
      class="button"
      part="row-action ${action}-button"
      data-group-id=${group.id}
      data-action=${action}
      aria-label=${spoken}
      aria-disabled=${ifDefined(view.opening(action, group) ? 'true' : undefined)}
      @click=${() => view.opening(action, group) || view.onRowAction(group, action)}
      @focus=${() => view.onPrefetch(action)}
      @pointerenter=${() => view.onPrefetch(action)}
    >
      ${label}
    </button>`;
  return html`<span part="row-actions">
    ${button('details', t.msg('details'), t.msg('detailsOf', group.code))}
    ${group.actions.includes('edit') ? button('edit', t.msg('edit'), t.msg('editOf', group.code)) : nothing}
    ${group.actions.includes('close') ? button('close', t.msg('close'), t.msg('closeOf', group.code)) : nothing}
  </span>`;
}
