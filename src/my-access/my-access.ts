import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { HabilClient } from '../client/types.js';
import type { AccessRequest, Application, Grant, LocalAdmin, Me, Role } from '../domain/index.js';
import { APPROVAL_MODE_LABELS, REQUEST_STATUS_LABELS } from '../domain/index.js';
import { HabilElement } from '../internal/habil-element.js';
import { loadingStyles } from '../internal/loading-styles.js';
import { renderTabList, tabStyles } from '../internal/tabs.js';
import { LocalizeController } from '../internal/localize.js';
import { WriteController } from '../internal/writes.js';
import type { HabilLiveRegion } from '../ui/live-region/live-region.js';
import { myAccessMessages } from './messages.js';
import { myAccessStyles } from './my-access.styles.js';

/** The sections of the user's "Mes informations" pages, in the order of the guide. */
export const MY_ACCESS_SECTIONS = ['grants', 'catalogue', 'requests', 'contacts'] as const;

/** `grants`: "Mes habilitations"; `catalogue`: the applications; `requests`: "Historique de mes demandes"; `contacts`: "Mes contacts". */
export type MyAccessSection = (typeof MY_ACCESS_SECTIONS)[number];

declare module '../internal/events.js' {
  interface HabilEventMap {
    'habil-access-requested': CustomEvent<AccessRequest>;
  }
}

/** Where UCANSS administrators are reached (FAQ, "qui contacter ?"). */
const UCANSS_CONTACT = 'habilitations@ucanss.fr';

/** Everything the page shows, read together so that the sections never disagree. */
interface MyAccessData {
  me: Me;
  grants: Grant[];
  applications: Application[];
  requests: AccessRequest[];
  contacts: LocalAdmin[];
}

/** The last refusal of a request, shown until the next one. */
interface Notice {
  heading: string;
  error: unknown;
}

const byFrench = (a: string, b: string) => a.localeCompare(b, 'fr');

function groupBy<T>(items: readonly T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return [...groups.entries()].sort(([a], [b]) => byFrench(a, b));
}

/**
 * What I may use, and how to get more: the end user's "Mes informations" pages of the UCANSS
 * portal (user's guide §2 and §4, FAQ).
 *
 * Four sections, as tabs: "Mes habilitations" — my roles grouped by application, with how each
 * was obtained (e.g. "acceptée tacitement"); "Applications" — the catalogue grouped by theme:
 * which I have, which are open to all ("Accès libre"), which need a request ("Demander l'accès",
 * routed per R3 to my local administrator or to UCANSS, as the button's description says) and
 * which follow another procedure (its text and contact); "Historique de mes demandes" — date,
 * role and status in the guide's words, with the date by which a pending request is decided
 * (R4) and the reason of a refusal; "Mes contacts" — the local administrators of my organisme.
 *
 * A request is sent at once (the guide asks for no confirmation); the live region says where
 * it went, and the history and the catalogue show it pending. A refusal is explained in words.
 *
 * @tag habil-my-access
 *
 * @fires habil-access-requested - The user asked for a role: `detail` is the AccessRequest the server created (status, deadline, approval).
 *
 * @csspart tabs - The tab list.
 * @csspart tab - Each tab (with `tab-selected` on the selected one).
 * @csspart panel - The section shown.
 * @csspart heading - The title of the section.
 * @csspart hint - The explanations of the guide under the title.
 * @csspart status-message - The confirmation of the last request (a visible live region).
 * @csspart notice - Why the last request was refused (a `habil-alert`).
 * @csspart application - An application (in "Mes habilitations" and in the catalogue).
 * @csspart request-button - "Demander l'accès".
 * @csspart pending - "Demande en cours" on a role of the catalogue.
 * @csspart procedure - The "Autre démarche" text of an application.
 * @csspart table - The table of the request history.
 * @csspart status - The status of a request.
 * @csspart contact - A local administrator in "Mes contacts".
 * @csspart link - The e-mail addresses (mailto links).
 * @csspart loading - What shows while the page loads.
 *
 * @cssprop [--habil-color-success] - Held roles and the confirmation of the last request.
 * @cssprop [--habil-color-warning] - Pending requests.
 * @cssprop [--habil-color-danger] - Refused requests.
 */
export class HabilMyAccess extends HabilElement {
  static override styles = [HabilElement.styles, tabStyles, loadingStyles, myAccessStyles];

  /** The section shown: `grants` (default), `catalogue`, `requests` or `contacts`. The user's choice of tab updates it. */
  @property({ reflect: true })
  section: MyAccessSection = 'grants';

  @state()
  private notice: Notice | undefined;

  @state()
  private announced = false;

  @query('habil-live-region')
  private liveRegion!: HabilLiveRegion;

  private readonly t = new LocalizeController(this, myAccessMessages);
  private readonly writes = new WriteController(this, { lang: () => this.t.lang });

  private readonly dataTask = new Task(this, {
    task: async ([client], { signal }): Promise<MyAccessData> => {
      const [me, grants, applications, requests, contacts] = await Promise.all([
        client.call('getMe', {}, { signal }),
        client.call('myGrants', {}, { signal }),
        client.call('listApplications', {}, { signal }),
        client.call('myRequests', {}, { signal }),
        client.call('myContacts', {}, { signal }),
      ]);
      return { me, grants, applications: applications.filter((a) => a.space === me.organisme.space), requests, contacts };
    },
    args: () => [this.api] as [HabilClient],
  });

  // ---- tabs (ARIA tab pattern) ----------------------------------------------------------------

  private sectionLabel(section: MyAccessSection): string {
    if (section === 'grants') return this.t.msg('tabGrants');
    if (section === 'catalogue') return this.t.msg('tabCatalogue');
    if (section === 'requests') return this.t.msg('tabRequests');
    return this.t.msg('tabContacts');
  }

  private async selectTab(section: MyAccessSection, focus: boolean): Promise<void> {
    this.section = section;
    if (focus) await this.focusOn(`#tab-${section}`);
  }

  private async focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  // ---- requesting -------------------------------------------------------------------------------

  /** A request is on its way, or the page reads what it changed: the request buttons ignore clicks. */
  private get sending(): boolean {
    return this.writes.busy || this.dataTask.status === TaskStatus.PENDING;
  }

  private async requestRole(role: Role): Promise<void> {
    if (this.sending) return;
    this.notice = undefined;
    const result = await this.writes.run(({ signal }) => this.api.call('requestAccess', { body: { roleId: role.id } }, { signal }), { key: 'request-access' });
    if (result.ok) {
      this.announced = true;
      void this.liveRegion.announce(this.t.msg('requested', result.value.roleLabel, result.value.approval === 'local'));
      this.emit('habil-access-requested', result.value);
    } else if (result.aborted) return;
    else this.notice = { heading: this.t.msg('requestFailed', role.label), error: result.error };
    // The server's answer, or a refusal (already pending, already granted), may be news: the page reads it again.
    await this.dataTask.run();
    // The button was replaced by "Demande en cours" (or stays, after a refusal): focus stays on that role.
    await this.focusOn(`[data-role-id="${CSS.escape(role.id)}"]`);
  }

  // ---- rendering --------------------------------------------------------------------------------

  protected override render() {
    const data = this.dataTask.value;
    return html`
      <habil-live-region part="status-message" class=${this.announced ? 'announced' : ''} visible></habil-live-region>
      ${this.dataTask.status === TaskStatus.ERROR
        ? html`<habil-alert class="filled" heading=${this.t.msg('loadFailed')} .error=${this.dataTask.error} retryable @habil-retry=${() => void this.dataTask.run()}></habil-alert>`
        : data
          ? this.renderSections(data)
          : this.renderLoading()}
    `;
  }

  private renderLoading() {
    return html`<div class="loading" part="loading">
      <div class="loading-bar" aria-hidden="true"></div>
      <p role="status">${this.t.msg('loading')}</p>
    </div>`;
  }

  private renderSections(data: MyAccessData): TemplateResult {
    const shown = MY_ACCESS_SECTIONS.includes(this.section) ? this.section : 'grants';
    return html`
      ${renderTabList({
        tabs: MY_ACCESS_SECTIONS,
        selected: shown,
        label: this.t.msg('sections'),
        content: (section) => this.sectionLabel(section),
        select: (section, byKeyboard) => void this.selectTab(section, byKeyboard),
      })}
      ${MY_ACCESS_SECTIONS.map(
        (section) => html`<div
          role="tabpanel"
          id="panel-${section}"
          part="panel"
          class="panel"
          aria-labelledby="tab-${section}"
          aria-busy=${section === shown && this.dataTask.status === TaskStatus.PENDING ? 'true' : 'false'}
          ?hidden=${section !== shown}
        >
          ${section === shown ? this.renderSection(section, data) : nothing}
        </div>`,
      )}
    `;
  }

  private renderSection(section: MyAccessSection, data: MyAccessData): TemplateResult {
    const heading = html`<h2 class="heading" part="heading">${this.sectionLabel(section)}</h2>`;
    if (section === 'grants') return html`${heading}${this.renderGrants(data.grants)}`;
    if (section === 'catalogue') return html`${heading}${this.renderCatalogue(data)}`;
    if (section === 'requests') return html`${heading}${this.renderRequests(data.requests)}`;
    return html`${heading}${this.renderContacts(data)}`;
  }

  // ---- Mes habilitations ----

  private grantSource(grant: Grant): string {
    if (grant.source === 'groupe') return this.t.msg('grantedGroup', grant.groupCode ?? '');
    if (grant.source === 'tacite') return this.t.msg('grantedTacit');
    if (grant.source === 'defaut-add') return this.t.msg('grantedAdd');
    return this.t.msg('grantedDirect');
  }

  private renderGrants(grants: readonly Grant[]) {
    if (grants.length === 0) return html`<p class="empty">${this.t.msg('grantsEmpty')}</p>`;
    return html`<p class="hint" part="hint">${this.t.msg('grantsIntro')}</p>
      <ul class="applications" role="list">
        ${groupBy(grants, (g) => g.applicationName).map(
          ([name, held]) => html`<li class="application" part="application">
            <h3>${name}</h3>
            <ul class="roles" role="list">
              ${[...held]
                .sort((a, b) => byFrench(a.roleLabel, b.roleLabel))
                .map(
                  (grant) => html`<li class="role held">
                    <span class="role-label">${grant.roleLabel}</span>
                    <span class="role-state">${this.grantSource(grant)}, ${this.t.msg('grantedSince', this.t.formatDate(grant.grantedAt))}</span>
                  </li>`,
                )}
            </ul>
          </li>`,
        )}
      </ul>`;
  }

  // ---- Applications ----

  private renderCatalogue(data: MyAccessData) {
    const held = new Set(data.grants.map((g) => g.roleId));
    const pending = new Map(data.requests.filter((r) => r.status === 'en_attente').map((r) => [r.roleId, r]));
    const mayRequest = data.me.actions.includes('request-access');
    return html`<p class="hint" part="hint">${this.t.msg('catalogueIntro')}</p>
      ${mayRequest ? nothing : html`<p class="note" part="hint">${this.t.msg('noRequestAccess')}</p>`}
      <habil-alert part="notice" class=${this.notice ? 'filled' : ''} heading=${this.notice?.heading ?? ''} .error=${this.notice?.error}></habil-alert>
      ${groupBy(data.applications, (a) => a.theme).map(
        ([theme, applications]) => html`<section class="theme" aria-labelledby="theme-${slug(theme)}">
          <h3 id="theme-${slug(theme)}">${theme}</h3>
          <ul class="applications" role="list">
            ${[...applications]
              .sort((a, b) => byFrench(a.name, b.name))
              .map((application) => this.renderApplication(application, held, pending, mayRequest))}
          </ul>
        </section>`,
      )}`;
  }

  private renderApplication(application: Application, held: ReadonlySet<string>, pending: ReadonlyMap<string, AccessRequest>, mayRequest: boolean) {
    const mode = APPROVAL_MODE_LABELS[application.approval][this.t.lang];
    const routeId = `route-${application.id}`;
    return html`<li class="application" part="application" data-application-id=${application.id}>
      <h4>${application.name}</h4>
      <p class="mode mode--${application.approval}">${mode}</p>
      ${application.description ? html`<p class="description">${application.description}</p>` : nothing}
      ${application.targetPublic ? html`<p class="description">${this.t.msg('targetPublic', application.targetPublic)}</p>` : nothing}
      ${application.approval === 'procedure' && application.procedure
        ? html`<div class="procedure" part="procedure">
            <p class="procedure-heading">${this.t.msg('procedureHeading')}</p>
            <p>${application.procedure.text}</p>
            <p>
              ${this.t.msg('procedureContact')}
              <a part="link" href="mailto:${application.procedure.contact}">${application.procedure.contact}</a>
            </p>
          </div>`
        : nothing}
      ${application.approval === 'local' || application.approval === 'central'
        ? html`<p id=${routeId} class="route">${this.t.msg(application.approval === 'local' ? 'routedLocal' : 'routedCentral')}</p>`
        : nothing}
      <ul class="roles" role="list">
        ${application.roles.map((role) => html`<li class="role">
          <span class="role-label">${role.label}</span>
          ${this.renderRoleState(application, role, held.has(role.id), pending.get(role.id), mayRequest, routeId)}
        </li>`)}
      </ul>
    </li>`;
  }

  private renderRoleState(application: Application, role: Role, held: boolean, pending: AccessRequest | undefined, mayRequest: boolean, routeId: string) {
    if (held) return html`<span class="role-state held" data-role-id=${role.id} tabindex="-1">✓ ${this.t.msg('held')}</span>`;
    if (application.approval === 'libre') return html`<span class="role-state">${this.t.msg('openAccess')}</span>`;
    if (application.approval !== 'local' && application.approval !== 'central') return nothing;
    if (pending) {
      return html`<span class="role-state pending" part="pending" data-role-id=${role.id} tabindex="-1"
        >${this.t.msg('pending', this.t.formatDate(pending.deadline))}</span
      >`;
    }
    if (!mayRequest) return nothing;
    return html`<button
      type="button"
      class="button button--primary"
      part="request-button"
      data-role-id=${role.id}
      aria-describedby=${routeId}
      aria-disabled=${this.sending ? 'true' : 'false'}
      @click=${() => void this.requestRole(role)}
    >
      ${this.t.msg('requestAccess')}<span class="visually-hidden"> — ${role.label}</span>
    </button>`;
  }

  // ---- Historique de mes demandes ----

  private renderRequests(requests: readonly AccessRequest[]) {
    return html`<p class="hint" part="hint">${this.t.msg('requestsIntro')}</p>
      ${requests.length === 0
        ? html`<p class="empty">${this.t.msg('requestsEmpty')}</p>`
        : html`<div class="table-scroll">
            <table part="table">
              <caption>${this.t.msg('requestsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">${this.t.msg('colDate')}</th>
                  <th scope="col">${this.t.msg('colRole')}</th>
                  <th scope="col">${this.t.msg('colStatus')}</th>
                </tr>
              </thead>
              <tbody>
                ${requests.map((request) => this.renderRequest(request))}
              </tbody>
            </table>
          </div>`}`;
  }

  private renderRequest(request: AccessRequest) {
    const decidedAt = this.t.formatDate(request.decidedAt);
    return html`<tr data-request-id=${request.id}>
      <td class="nowrap">${this.t.formatDateTime(request.requestedAt)}</td>
      <th scope="row">${request.roleLabel}<span class="secondary">${request.applicationName}</span></th>
      <td>
        <span class="status status--${request.status}" part="status">${REQUEST_STATUS_LABELS[request.status][this.t.lang]}</span>
        ${request.status === 'en_attente' ? html`<span class="secondary">${this.t.msg('deadline', this.t.formatDate(request.deadline))}</span>` : nothing}
        ${request.status !== 'en_attente' && decidedAt
          ? html`<span class="secondary">${request.decidedBy ? this.t.msg('decided', request.decidedBy.name, decidedAt) : this.t.msg('decidedOn', decidedAt)}</span>`
          : nothing}
        ${request.reason ? html`<span class="secondary">${this.t.msg('reason', request.reason)}</span>` : nothing}
      </td>
    </tr>`;
  }

  // ---- Mes contacts ----

  private renderContacts(data: MyAccessData) {
    const ucanss = html`<p class="hint" part="hint">
      ${this.t.msg('contactsUcanss')} <a part="link" href="mailto:${UCANSS_CONTACT}">${UCANSS_CONTACT}</a>.
    </p>`;
    if (data.contacts.length === 0) return html`<p class="empty">${this.t.msg('contactsEmpty', data.me.organisme.name)}</p>${ucanss}`;
    return html`<p class="hint" part="hint">${this.t.msg('contactsIntro')}</p>
      <ul class="contacts" role="list">
        ${[...data.contacts]
          .sort((a, b) => byFrench(`${a.nom} ${a.prenom}`, `${b.nom} ${b.prenom}`))
          .map(
          (contact) => html`<li class="contact" part="contact">
            <span class="contact-name">${contact.prenom} ${contact.nom}</span>
            ${contact.director ? html`<span class="secondary">${this.t.msg('director')}</span>` : nothing}
            <a part="link" href="mailto:${contact.emailPro}">${contact.emailPro}</a>
            ${contact.phone ? html`<span>${contact.phone}</span>` : nothing}
          </li>`,
        )}
      </ul>
      ${ucanss}`;
  }
}

/** An id fragment from a theme's name ("Ressources humaines" → "ressources-humaines"). */
function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
}
