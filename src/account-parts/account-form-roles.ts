/**
 * The roles of `<habil-account-form>` granted at creation: the applications the server allows
 * (`Me.grantableRoleIds`) with their roles, in alphabetical order, a search box above this many
 * roles, and the roles chosen named below the list.
 */
import { html, nothing } from 'lit';
import type { Application } from '../domain/schemas.js';
import type { HabilField } from '../ui/field/field.js';
import type { AccountFormWords } from './account-form-checks.js';
import { matchingRoles, renderRoleGroups, sortedRoles } from './role-groups.js';

/** Above this many roles, a search box helps find one. */
const ROLE_SEARCH_THRESHOLD = 8;

export interface RolesView {
  t: AccountFormWords;
  caf: boolean;
  applications: readonly Application[];
  chosen: readonly string[];
  filter: string;
  setFilter(filter: string): void;
  toggle(roleId: string, checked: boolean): void;
}

export function renderRolesSection(view: RolesView) {
  const { t, caf } = view;
  const offered = sortedRoles(view.applications);
  const total = offered.reduce((n, group) => n + group.roles.length, 0);
  if (total === 0) return nothing;
  const shown = matchingRoles(offered, view.filter);
  const labels = new Map(offered.flatMap((group) => group.roles.map((role) => [role.id, role.label] as const)));
  return html`
    <fieldset class="section roles" part="section roles" aria-describedby="roles-hint">
      <legend>${t.msg(caf ? 'rolesCaf' : 'rolesUcanss')}</legend>
      <p id="roles-hint" class="hint">${t.msg(caf ? 'rolesCafHint' : 'rolesUcanssHint')}</p>
      ${total > ROLE_SEARCH_THRESHOLD
        ? html`<habil-field
            class="role-search"
            type="search"
            label=${t.msg('searchRole')}
            autocomplete="off"
            .value=${view.filter}
            @input=${(event: Event) => view.setFilter((event.currentTarget as HabilField).value)}
            @keydown=${(event: KeyboardEvent) => event.key === 'Enter' && event.stopPropagation()}
          ></habil-field>`
        : nothing}
      <div class="role-box role-list">
        ${renderRoleGroups(
          shown,
          { type: 'checkbox', name: 'roleIds', checked: (id) => view.chosen.includes(id), change: (id, checked) => view.toggle(id, checked) },
          t.msg('noRoleMatches', view.filter.trim()),
        )}
      </div>
      <p class="chosen" role="status">
        ${t.msg('chosenRoles', view.chosen.length)}
        ${view.chosen.length > 0 ? html`<strong>${view.chosen.map((id) => labels.get(id) ?? id).join(', ')}</strong>` : nothing}
      </p>
    </fieldset>
  `;
}
