/**
 * A group's screen in `<habil-user-groups>`: its details, its actions, and the tabs of its members and its
 * rights. Loaded in one piece, with its words, its styles and the two tabs' elements, when a group's page
 * first opens (lazy.ts).
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { HabilClient } from '../client/types.js';
import type { AccountSummary, Convention, Group } from '../domain/index.js';
import { afasRoleIdsOf, GROUP_STATUS_LABELS, managesAfasProfiles } from '../domain/index.js';
import type { HabilEventMap } from '../internal/events.js';
import { partWords } from '../internal/localize.js';
import { addPartStyles } from '../internal/part-styles.js';
import { renderTabList, tabStyles } from '../internal/tabs.js';
import { defineGroupMembers, type GroupChangedDetail } from './group-members.js';
import { defineGroupRoles } from './group-roles.js';
import { groupPageStyles } from './group-page.styles.js';
import { groupPageMessages, type GroupPageWords } from './group-page.messages.js';

/** The panels of a group's page: its members, and its rights ("Habilitations du groupe"). */
export type UserGroupsPanel = 'members' | 'roles';

export const GROUP_PANELS: readonly UserGroupsPanel[] = ['members', 'roles'];

/** The changes made in the parts that the page hears from the widget, as its own events. */
export type PassedOn = 'habil-member-added' | 'habil-member-updated' | 'habil-member-removed' | 'habil-group-role-assigned' | 'habil-group-role-removed';

/** A button of the group's actions: `action` names it for the tests. */
export type GroupPageAction = 'edit' | 'create-subgroup' | 'close';

export interface GroupPageView {
  t: GroupPageWords;
  group: Group;
  convention: Convention;
  /** What the screens share, rendered by the host. */
  back: TemplateResult;
  conventionLine: TemplateResult;
  notice: TemplateResult;
  panel: UserGroupsPanel;
  /** What the parts are given: the client, the convention's users, the server's day, whether the person creates users. */
  api: HabilClient;
  users: AccountSummary[];
  today: string;
  canCreateUser: boolean;
  /** The roles the server lets the person give (`Me.grantableRoleIds`): with an Afas profile among them he manages Afas profiles (R12), else he is told why an Afas group's members are not his to move. */
  grantableRoleIds: readonly string[];
  onAction: (group: Group, action: GroupPageAction) => void;
  /** The pointer or the focus reached an action's button: what it needs may load meanwhile. */
  onPrefetch: (action: GroupPageAction) => void;
  /** The button asked for a part that takes a moment to come: it says it is busy, and is not pressed again meanwhile. */
  opening: (action: GroupPageAction, group: Group) => boolean;
  /** A tab was chosen; `byKeyboard`: the focus moves onto it. */
  onSelectPanel: (panel: UserGroupsPanel, byKeyboard: boolean) => void;
  onGroupChanged: (event: CustomEvent<GroupChangedDetail>) => void;
  onUsersChanged: () => void;
  passOn: (event: HabilEventMap[PassedOn]) => void;
}

/** The page as the widget loads it (lazy.ts): its tabs' elements registered, its styles in the widget's shadow root, its screen, and the words the widget renders it with. */
export async function groupPagePart(host: ReactiveControllerHost & HTMLElement) {
  defineGroupMembers();
  defineGroupRoles();
  const t = await partWords(host, groupPageMessages);
  // Once, as the part comes (a failed load is loaded again, with its styles).
  if (host.shadowRoot) addPartStyles(host.shadowRoot, [tabStyles, groupPageStyles]);
  return { renderGroupPage, t };
}

export function renderGroupPage(view: GroupPageView) {
  const { t, group } = view;
  const lang = t.lang;
  const item = (term: string, value: string) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`;
  return html`
    ${view.back}
    <h2 id="group-heading" part="heading" class="heading" tabindex="-1">${t.msg('groupHeading', group.code, group.label)}</h2>
    ${view.conventionLine}
    <dl part="summary" class="summary">
      ${item(t.msg('colLevel'), String(group.level))} ${item(t.msg('colParent'), group.parentCode ?? t.msg('noParent'))}
      ${item(t.msg('colResponsable'), group.responsable.name)} ${item(t.msg('colOpeningDate'), t.formatDate(group.openingDate))}
      ${item(t.msg('colClosingDate'), t.formatDate(group.closingDate) || t.msg('noClosingDate'))} ${item(t.msg('colStatus'), GROUP_STATUS_LABELS[group.status][lang])}
      ${item(t.msg('memberCount'), t.formatNumber(group.memberCount))}
    </dl>
    ${renderGroupActions(view)} ${view.notice} ${renderTabs(view)}
  `;
}

function renderGroupActions(view: GroupPageView) {
  const { t, group } = view;
  const actions = group.actions;
  if (!actions.includes('edit') && !actions.includes('create-subgroup') && !actions.includes('close')) return nothing;
  const button = (action: GroupPageAction, label: string, danger = false) =>
    html`<button
      type="button"
      class=${danger ? 'button button--danger' : 'button'}
      data-action=${action}
      aria-disabled=${ifDefined(view.opening(action, group) ? 'true' : undefined)}
      @click=${() => view.opening(action, group) || view.onAction(group, action)}
      @focus=${() => view.onPrefetch(action)}
      @pointerenter=${() => view.onPrefetch(action)}
    >
      ${label}
    </button>`;
  return html`<div part="group-actions" class="group-actions">
    ${actions.includes('edit') ? button('edit', t.msg('editGroup')) : nothing}
    ${actions.includes('create-subgroup') ? button('create-subgroup', t.msg('createSubGroup')) : nothing}
    ${actions.includes('close') ? button('close', t.msg('closeGroup'), true) : nothing}
  </div>`;
}

function renderTabs(view: GroupPageView) {
  const { t, group, panel: shown } = view;
  const labels: Record<UserGroupsPanel, string> = {
    members: t.msg('tabMembers', t.formatNumber(group.memberCount)),
    roles: t.msg('tabRoles', t.formatNumber(group.roleIds.length)),
  };
  // A panel renders its element only while it shows.
  const panel = (name: UserGroupsPanel, content: () => unknown) =>
    html`<div role="tabpanel" id="panel-${name}" part="panel" class="panel" aria-labelledby="tab-${name}" ?hidden=${shown !== name}>
      ${shown === name ? content() : nothing}
    </div>`;
  return html`
    ${renderTabList({ tabs: GROUP_PANELS, selected: shown, label: t.msg('tabsLabel', group.code), content: (name) => labels[name], select: view.onSelectPanel })}
    ${panel(
      'members',
      () => html`<habil-group-members
        .client=${view.api}
        .group=${group}
        .convention=${view.convention}
        .users=${view.users}
        today=${view.today}
        ?can-create-user=${view.canCreateUser}
        ?manages-afas=${managesAfasProfiles(view.grantableRoleIds, afasRoleIdsOf(view.convention))}
        @habil-group-changed=${view.onGroupChanged}
        @habil-convention-users-changed=${view.onUsersChanged}
        @habil-member-added=${view.passOn}
        @habil-member-updated=${view.passOn}
        @habil-member-removed=${view.passOn}
      ></habil-group-members>`,
    )}
    ${panel(
      'roles',
      () => html`<habil-group-roles
        .client=${view.api}
        .group=${group}
        .convention=${view.convention}
        @habil-group-changed=${view.onGroupChanged}
        @habil-group-role-assigned=${view.passOn}
        @habil-group-role-removed=${view.passOn}
      ></habil-group-roles>`,
    )}
  `;
}
