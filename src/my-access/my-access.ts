import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { HabilClient } from '../client/types.js';
import type { AccessRequest, Application, Grant, LocalAdmin, Me } from '../domain/index.js';
import { HabilElement } from '../internal/habil-element.js';
import { MeHolder, readMe } from '../internal/me.js';
import { LazyPart } from '../internal/lazy-part.js';
import { renderPart } from '../internal/lazy-part-view.js';
import { loadingStyles, renderLoading } from '../internal/loading-styles.js';
import { headingStyles } from '../ui/styles/heading.styles.js';
import { statusStyles } from '../ui/styles/status.styles.js';
import { tableStyles } from '../ui/styles/table.styles.js';
import { renderTabList, tabStyles } from '../internal/tabs.js';
import { LocalizeController, partWords } from '../internal/localize.js';
import { addPartStyles } from '../internal/part-styles.js';
import { WriteController } from '../internal/writes.js';
import type { HabilConfirmDialog } from '../ui/confirm-dialog/confirm-dialog.js';
import type { HabilLiveRegion } from '../ui/live-region/live-region.js';
import type { CatalogueData } from './catalogue.js';
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

/** Everything the page shows, read together so that the sections never disagree. */
interface MyAccessData {
  me: Me;
  grants: Grant[];
  applications: Application[];
  requests: AccessRequest[];
  contacts: LocalAdmin[];
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
 * was obtained (e.g. "acceptée tacitement"); "Applications" — the catalogue as the guide shows
 * it: grouped by theme, each application a line that opens (the guide's « croix ») to its
 * description, target public, approval mode and roles, collapsed at first so that the whole
 * catalogue fits a screen; those I may use (a role held, or open to all) are open, the others
 * greyed with a padlock, and each says in words where it stands (held, open to all, request
 * pending, on request to my local administrator or to UCANSS, another procedure);
 * "Historique de mes demandes" — date, role and status in the guide's words, with the date by
 * which a pending request is decided (R4) and the reason of a refusal; "Mes contacts" — the
 * local administrators of my organisme.
 *
 * « Demander l'accès à l'application … » asks for a confirmation that names who will decide
 * (my local administrator or UCANSS, R3) and by when (R4); the live region then says where the
 * request went, and the history and the catalogue show it pending. A refusal is explained in
 * words.
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
 * @csspart application-open - An application of the catalogue I may use (with `application`).
 * @csspart application-locked - An application of the catalogue greyed with a padlock (with `application`).
 * @csspart application-toggle - The line of an application of the catalogue, which opens it (`aria-expanded`).
 * @csspart theme - A theme of the catalogue and its applications.
 * @csspart expand-all - « Tout déplier » / « Tout replier ».
 * @csspart request-button - « Demander l'accès à l'application … ».
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
  static override styles = [HabilElement.styles, tabStyles, loadingStyles, statusStyles, headingStyles, tableStyles, myAccessStyles];

  /** The section shown: `grants` (default), `catalogue`, `requests` or `contacts`. The user's choice of tab updates it. */
  @property({ reflect: true })
  section: MyAccessSection = 'grants';

  @state()
  private announced = false;

  @query('habil-live-region')
  private liveRegion!: HabilLiveRegion;

  @query('habil-confirm-dialog')
  private confirmDialog!: HabilConfirmDialog;

  private readonly t = new LocalizeController(this, myAccessMessages);
  private readonly writes = new WriteController(this, { lang: () => this.t.lang });

  /** Holds the page's `GET /me`, read below with the rest so that the sections never disagree. */
  private readonly meSource = new MeHolder(this, () => this.api);

  private readonly dataTask = new Task(this, {
    task: async ([client], { signal }): Promise<MyAccessData> => {
      const [me, grants, applications, requests, contacts] = await Promise.all([
        readMe(client, signal),
        client.call('myGrants', {}, { signal }),
        client.call('listApplications', {}, { signal }),
        client.call('myRequests', {}, { signal }),
        client.call('myContacts', {}, { signal }),
      ]);
      return { me, grants, applications: applications.filter((a) => a.space === me.organisme.space), requests, contacts };
    },
    args: () => [this.api, this.meSource.reading] as [HabilClient, number],
  });

  /**
   * The catalogue and its requests (with their confirmation dialog, their words and their
   * styles), loaded when its tab first shows, or as soon as the pointer or the focus reaches that tab.
   */
  private readonly catalogue = new LazyPart(this, async () => {
    const [{ CatalogueController }, { renderCatalogue }, { catalogueMessages }, { catalogueStyles }] = await Promise.all([
      import('./catalogue.js'),
      import('./catalogue.view.js'),
      import('./catalogue.messages.js'),
      import('./catalogue.styles.js'),
      import('../ui/confirm-dialog/define.js'),
    ]);
    const t = await partWords(this, catalogueMessages);
    addPartStyles(this.renderRoot as ShadowRoot, [catalogueStyles]);
    const catalogue = new CatalogueController({
      host: this,
      t,
      writes: this.writes,
      api: () => this.api,
      confirm: (options) => this.confirmDialog.ask(options),
      announce: (text) => {
        this.announced = true;
        void this.liveRegion.announce(text);
      },
      reload: () => this.dataTask.run(),
      reading: () => this.dataTask.status === TaskStatus.PENDING,
      emitRequested: (request) => void this.emit('habil-access-requested', request),
      focusOn: (selector) => this.focusOn(selector),
    });
    return (data: CatalogueData) => renderCatalogue(catalogue, t, data);
  });

  constructor() {
    super();
    // The pointer or the focus on a tab brings what it shows, so that it rarely waits.
    const prefetch = (event: Event) => {
      const tab = event.composedPath().find((node) => (node as Element).getAttribute?.('role') === 'tab') as Element | undefined;
      this.prefetch(tab?.id.replace('tab-', ''));
    };
    this.addEventListener('focusin', prefetch);
    this.addEventListener('pointerover', prefetch);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A page that opens on a section loaded on demand asks for it with the data.
    this.prefetch(this.section);
  }

  /** Starts loading the part that shows `section`, if it is one and is not there yet. */
  private prefetch(section: string | undefined): void {
    const part = section === 'catalogue' ? this.catalogue : section === 'requests' || section === 'contacts' ? this.historyContacts : undefined;
    part?.prefetch();
  }

  /** « Historique de mes demandes » and « Mes contacts », with their words and styles, loaded when either first shows. */
  private readonly historyContacts = new LazyPart(this, async () => {
    const [view, { historyContactsMessages }, { historyContactsStyles }] = await Promise.all([
      import('./history-contacts.js'),
      import('./history-contacts.messages.js'),
      import('./history-contacts.styles.js'),
    ]);
    const t = await partWords(this, historyContactsMessages);
    addPartStyles(this.renderRoot as ShadowRoot, [historyContactsStyles]);
    return {
      requests: (requests: readonly AccessRequest[]) => view.renderRequests(t, requests),
      contacts: (data: MyAccessData) => view.renderContacts(t, { contacts: data.contacts, organismeName: data.me.organisme.name }),
    };
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

  // ---- rendering --------------------------------------------------------------------------------

  protected override render() {
    const data = this.dataTask.value;
    return html`
      <habil-live-region part="status-message" class=${this.announced ? 'announced' : ''} visible></habil-live-region>
      ${this.dataTask.status === TaskStatus.ERROR
        ? html`<habil-alert class="filled" heading=${this.t.msg('loadFailed')} .error=${this.dataTask.error} retryable @habil-retry=${() => void this.dataTask.run()}></habil-alert>`
        : data
          ? this.renderSections(data)
          : renderLoading(this.t.msg('loading'))}
      ${this.catalogue.loaded ? html`<habil-confirm-dialog></habil-confirm-dialog>` : nothing}
    `;
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
    if (section === 'catalogue') {
      return html`${heading}${renderPart(
        this.catalogue,
        (renderCatalogue) => renderCatalogue(this.catalogueData(data)),
        () => renderLoading(this.t.msg('loading')),
      )}`;
    }
    return html`${heading}${renderPart(
      this.historyContacts,
      (view) => (section === 'requests' ? view.requests(data.requests) : view.contacts(data)),
      () => renderLoading(this.t.msg('loading')),
    )}`;
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

  private catalogueData(data: MyAccessData): CatalogueData {
    return {
      applications: data.applications,
      held: new Set(data.grants.map((g) => g.roleId)),
      pending: new Map(data.requests.filter((r) => r.status === 'en_attente').map((r) => [r.roleId, r])),
      mayRequest: data.me.actions.includes('request-access'),
      today: data.me.today,
    };
  }

}
