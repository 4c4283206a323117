/**
 * The catalogue on screen, as the guide shows it: the applications grouped by theme, each a
 * line that opens (the guide's « croix ») to its description, target public, approval mode and
 * roles; those I may use are open, the others greyed with a padlock — said in words too, not
 * by colour alone (WCAG 1.4.1).
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Application, Role } from '../domain/index.js';
import { APPROVAL_MODE_LABELS } from '../domain/index.js';
import { renderNotice } from '../internal/notice.js';
import { accessOf, isOpen, type ApplicationAccess, type CatalogueController, type CatalogueData } from './catalogue.js';
import type { CatalogueText } from './catalogue.messages.js';

const byFrench = (a: string, b: string) => a.localeCompare(b, 'fr');

/** The applications by theme, themes and applications in French alphabetical order. */
function byTheme(applications: readonly Application[]): [string, Application[]][] {
  const themes = new Map<string, Application[]>();
  for (const application of applications) themes.set(application.theme, [...(themes.get(application.theme) ?? []), application]);
  return [...themes.entries()]
    .sort(([a], [b]) => byFrench(a, b))
    .map(([theme, list]) => [theme, [...list].sort((a, b) => byFrench(a.name, b.name))]);
}

/** An id fragment from a name ("Ressources humaines" → "ressources-humaines"). */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
}

// The guide's padlock, shut or open, and its « croix » (a plus that turns into a cross when open).
const LOCKED = svg`<path fill="currentColor" d="M8 1a3.5 3.5 0 0 0-3.5 3.5V7H4a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1V8a1 1 0 0 0-1-1h-.5V4.5A3.5 3.5 0 0 0 8 1zm-2 3.5a2 2 0 1 1 4 0V7H6V4.5z"/>`;
const UNLOCKED = svg`<path fill="currentColor" d="M11 1a3.5 3.5 0 0 0-3.5 3.5V7H4a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1V8a1 1 0 0 0-1-1H9V4.5a2 2 0 1 1 4 0V6h1.5V4.5A3.5 3.5 0 0 0 11 1z"/>`;
const CROSS = svg`<path fill="currentColor" d="M7 2h2v5h5v2H9v5H7V9H2V7h5z"/>`;

const STATE_KEYS = {
  held: 'stateHeld',
  libre: 'stateLibre',
  pending: 'statePending',
  local: 'stateRequest',
  central: 'stateRequest',
  procedure: 'stateProcedure',
  convention: 'stateConvention',
} as const satisfies Record<ApplicationAccess, string>;

export function renderCatalogue(catalogue: CatalogueController, t: CatalogueText, data: CatalogueData): TemplateResult {
  const allOpen = catalogue.allExpanded(data.applications);
  return html`<div class="catalogue-intro">
      <p class="hint" part="hint">${t.msg('catalogueIntro')}</p>
      <button type="button" id="expand-all" class="button" part="expand-all" @click=${() => catalogue.setAll(data.applications, !allOpen)}>
        ${t.msg(allOpen ? 'collapseAll' : 'expandAll')}
      </button>
    </div>
    ${data.mayRequest ? nothing : html`<p class="note" part="hint">${t.msg('noRequestAccess')}</p>`}
    ${renderNotice(catalogue.notice, { part: 'notice' })}
    <div class="themes">
      ${byTheme(data.applications).map(
        ([theme, applications]) => html`<section class="theme" part="theme" aria-labelledby="theme-${slug(theme)}">
          <h3 id="theme-${slug(theme)}">${theme}</h3>
          <ul class="catalogue" role="list">
            ${applications.map((application) => renderApplication(catalogue, t, data, application))}
          </ul>
        </section>`,
      )}
    </div>`;
}

function renderApplication(catalogue: CatalogueController, t: CatalogueText, data: CatalogueData, application: Application): TemplateResult {
  const access = accessOf(application, data);
  const open = isOpen(access);
  const expanded = catalogue.isExpanded(application);
  const id = slug(application.id);
  const pendingToo = access === 'held' && application.roles.some((role) => data.pending.has(role.id));
  return html`<li class="application ${open ? 'open' : 'locked'}" part="application ${open ? 'application-open' : 'application-locked'}" data-application-id=${application.id}>
    <h4 class="app-heading">
      <button
        type="button"
        id="app-toggle-${id}"
        class="app-toggle"
        part="application-toggle"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-controls="app-panel-${id}"
        aria-describedby="app-lock-${id}"
        @click=${() => catalogue.toggle(application)}
      >
        <span class="app-icon" aria-hidden="true">
          <svg viewBox="0 0 16 16" focusable="false">${open ? UNLOCKED : LOCKED}</svg>
        </span>
        <span class="app-text">
          <span class="app-name">${application.name}</span>
          <span class="app-state ${access === 'pending' || pendingToo ? 'pending' : ''}"
            >${t.msg(STATE_KEYS[access])}${pendingToo ? html`<span class="app-pending-too"> · ${t.msg('statePending')}</span>` : nothing}</span
          >
        </span>
        <svg class="app-sign" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${CROSS}</svg>
      </button>
      <!-- The padlock in words: a button's content is presentational, so not an image inside it. -->
      <span id="app-lock-${id}" class="visually-hidden" part="application-access">${t.msg(open ? 'accessOpen' : 'accessLocked')}</span>
    </h4>
    <div id="app-panel-${id}" class="app-panel" ?hidden=${!expanded}>${renderDetails(catalogue, t, data, application)}</div>
  </li>`;
}

function renderDetails(catalogue: CatalogueController, t: CatalogueText, data: CatalogueData, application: Application): TemplateResult {
  const routeId = `route-${slug(application.id)}`;
  const requestable = application.approval === 'local' || application.approval === 'central';
  return html`${application.description ? html`<p class="description">${application.description}</p>` : nothing}
    ${application.targetPublic ? html`<p class="description">${t.msg('targetPublic', application.targetPublic)}</p>` : nothing}
    <p class="mode mode--${application.approval}">${APPROVAL_MODE_LABELS[application.approval][t.lang]}</p>
    ${application.approval === 'procedure' && application.procedure
      ? html`<div class="procedure" part="procedure">
          <p class="procedure-heading">${t.msg('procedureHeading')}</p>
          <p>${application.procedure.text}</p>
          <p>
            ${t.msg('procedureContact')}
            <a part="link" href="mailto:${application.procedure.contact}">${application.procedure.contact}</a>
          </p>
        </div>`
      : nothing}
    ${requestable ? html`<p id=${routeId} class="route">${t.msg(application.approval === 'local' ? 'routedLocal' : 'routedCentral')}</p>` : nothing}
    <ul class="roles" role="list">
      ${application.roles.map(
        (role) => html`<li class="role">
          <span class="role-label">${role.label}</span>
          ${renderRoleState(catalogue, t, data, application, role, routeId)}
        </li>`,
      )}
    </ul>`;
}

function renderRoleState(catalogue: CatalogueController, t: CatalogueText, data: CatalogueData, application: Application, role: Role, routeId: string) {
  if (data.held.has(role.id)) return html`<span class="role-state held" data-role-id=${role.id} tabindex="-1">✓ ${t.msg('held')}</span>`;
  if (application.approval === 'libre') return html`<span class="role-state">${t.msg('openAccess')}</span>`;
  if (application.approval !== 'local' && application.approval !== 'central') return nothing;
  const pending = data.pending.get(role.id);
  if (pending) {
    return html`<span class="role-state pending" part="pending" data-role-id=${role.id} tabindex="-1">${t.msg('pending', t.formatDate(pending.deadline))}</span>`;
  }
  if (!data.mayRequest) return nothing;
  // Several roles: each button names its role, for those who hear the buttons out of their rows.
  const several = application.roles.length > 1;
  return html`<button
    type="button"
    class="button button--primary"
    part="request-button"
    data-role-id=${role.id}
    aria-describedby=${routeId}
    aria-disabled=${catalogue.sending ? 'true' : 'false'}
    @click=${() => void catalogue.request(application, role, data.today)}
  >
    ${t.msg('requestAccess', application.name)}${several ? html`<span class="visually-hidden"> — ${role.label}</span>` : nothing}
  </button>`;
}
