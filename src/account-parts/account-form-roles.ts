/**
 * The roles of `<habil-account-form>` granted at creation: the applications the server allows
 * (`Me.grantableRoleIds`) with their roles, in alphabetical order, a search box above this many
 * roles, and the roles chosen named below the list.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Application } from '../domain/schemas.js';
import { searchKey } from '../domain/text.js';
import type { HabilField } from '../ui/field/field.js';
import type { AccountFormWords } from './account-form-checks.js';

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

/** The applications given, in alphabetical order, each with its roles in order. */
function grantable(applications: readonly Application[]): Application[] {
  const byName = (a: string, b: string) => a.localeCompare(b, 'fr', { sensitivity: 'base' });
  return applications
    .map((application) => ({ ...application, roles: [...application.roles].sort((a, b) => byName(a.label, b.label)) }))
    .filter((application) => application.roles.length > 0)
    .sort((a, b) => byName(a.name, b.name));
}

export function renderRolesSection(view: RolesView) {
  const { t, caf } = view;
  const offered = grantable(view.applications);
  const total = offered.reduce((n, application) => n + application.roles.length, 0);
  if (total === 0) return nothing;
  const words = searchKey(view.filter).split(/\s+/).filter(Boolean);
  const shown = offered
    .map((application) => ({
      application,
      roles: application.roles.filter((role) => words.every((word) => searchKey(`${application.name} ${role.label}`).includes(word))),
    }))
    .filter((group) => group.roles.length > 0);
  const labels = new Map(offered.flatMap((application) => application.roles.map((role) => [role.id, role.label] as const)));
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
      <div class="role-list">
        ${shown.length === 0
          ? html`<p class="empty">${t.msg('noRoleMatches', view.filter.trim())}</p>`
          : shown.map(
              ({ application, roles }) => html`
                <div class="application" role="group" aria-labelledby="application-${application.id}">
                  <p class="application-name" id="application-${application.id}">${application.name}</p>
                  <div class="choices">
                    ${roles.map(
                      (role) => html`
                        <label class="choice">
                          <input
                            type="checkbox"
                            name="roleIds"
                            value=${role.id}
                            .checked=${live(view.chosen.includes(role.id))}
                            @change=${(event: Event) => view.toggle(role.id, (event.currentTarget as HTMLInputElement).checked)}
                          />
                          <span>${role.label}</span>
                        </label>
                      `,
                    )}
                  </div>
                </div>
              `,
            )}
      </div>
      <p class="chosen" role="status">
        ${t.msg('chosenRoles', view.chosen.length)}
        ${view.chosen.length > 0 ? html`<strong>${view.chosen.map((id) => labels.get(id) ?? id).join(', ')}</strong>` : nothing}
      </p>
    </fieldset>
  `;
}
