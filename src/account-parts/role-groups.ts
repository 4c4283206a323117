/**
 * The roles offered, by application: how the account form (check boxes, several roles) and the
 * role picker (radio buttons, one role) order them, find them from what is typed, and list them.
 */
import { css, html } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Application, Role } from '../domain/schemas.js';
import { searchKey } from '../domain/text.js';

export interface ApplicationRoles {
  application: Application;
  roles: Role[];
}

const byName = (a: string, b: string) => a.localeCompare(b, 'fr', { sensitivity: 'base' });

/** The applications in alphabetical order, each with its roles in order (only those of `only`, when given); an application left with none is dropped. */
export function sortedRoles(applications: readonly Application[], only?: ReadonlySet<string>): ApplicationRoles[] {
  return applications
    .map((application) => ({
      application,
      roles: application.roles.filter((role) => !only || only.has(role.id)).sort((a, b) => byName(a.label, b.label)),
    }))
    .filter((group) => group.roles.length > 0)
    .sort((a, b) => byName(a.application.name, b.application.name));
}

/** The roles whose label or application name holds every word typed, accents and capitals aside. */
export function matchingRoles(offered: readonly ApplicationRoles[], filter: string): ApplicationRoles[] {
  const words = searchKey(filter).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...offered];
  return offered
    .map(({ application, roles }) => ({
      application,
      roles: roles.filter((role) => {
        const text = searchKey(`${application.name} ${role.label}`);
        return words.every((word) => text.includes(word));
      }),
    }))
    .filter((group) => group.roles.length > 0);
}

export interface RoleInput {
  /** Check boxes choose several roles, radio buttons one. */
  type: 'checkbox' | 'radio';
  name: string;
  checked(roleId: string): boolean;
  change(roleId: string, checked: boolean): void;
}

/** One group per application, named by it, with an input per role; `empty` when nothing matches what is typed. */
export function renderRoleGroups(shown: readonly ApplicationRoles[], input: RoleInput, empty: string) {
  if (shown.length === 0) return html`<p class="empty">${empty}</p>`;
  return shown.map(
    ({ application, roles }) => html`
      <div class="application" part="application" role="group" aria-labelledby="application-${application.id}">
        <p class="application-name" id="application-${application.id}">${application.name}</p>
        <div class="choices">
          ${roles.map(
            (role) => html`
              <label class="choice">
                <input
                  type=${input.type}
                  name=${input.name}
                  value=${role.id}
                  .checked=${live(input.checked(role.id))}
                  @change=${(event: Event) => input.change(role.id, (event.currentTarget as HTMLInputElement).checked)}
                />
                <span>${role.label}</span>
              </label>
            `,
          )}
        </div>
      </div>
    `,
  );
}

/** The box that scrolls the groups (its height is the host's), the application names, the empty result. */
export const roleGroupStyles = css`
  .role-box {
    overflow-y: auto;
    padding: var(--_habil-space-s) var(--_habil-space-m);
    border: 1px solid var(--_habil-divider);
    border-radius: var(--_habil-radius);
    background: var(--_habil-surface);
  }

  .application {
    margin-block-end: var(--_habil-space-s);
  }

  .application:last-child {
    margin-block-end: 0;
  }

  .application-name {
    margin: 0 0 var(--_habil-space-xs);
    font-weight: 600;
    color: var(--_habil-text-muted);
    font-size: var(--_habil-font-size-small);
    text-transform: uppercase;
    letter-spacing: 0.03em;
  }

  .empty {
    margin: 0;
    padding-block: var(--_habil-space-m);
    color: var(--_habil-text-muted);
    text-align: center;
  }
`;
