import { html, nothing, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { Group, LocalAdmin, Me, PartnerAdmin, PersonRef } from '../domain/index.js';
import { loadAccountForm } from '../account-parts/lazy.js';
import { defineElement } from '../internal/define.js';
import { HabilElement } from '../internal/habil-element.js';
import { MeController } from '../internal/me.js';
import { LazyPart } from '../internal/lazy-part.js';
import { renderPart } from '../internal/lazy-part-view.js';
import { loadingStyles, renderLoading } from '../internal/loading-styles.js';
import { headingStyles } from '../ui/styles/heading.styles.js';
import { statusStyles } from '../ui/styles/status.styles.js';
import { LocalizeController } from '../internal/localize.js';
import { renderTabList, tabStyles } from '../internal/tabs.js';
import type { HabilConfirmDialog } from '../ui/confirm-dialog/confirm-dialog.js';
import type { HabilLiveRegion } from '../ui/live-region/live-region.js';
import { ChangeReport } from './change-report.js';
import { renderLastChange, renderStatusMessage } from './change-report.view.js';
import { ContactsController } from './contacts.js';
import { renderContacts } from './contacts.view.js';
import { delegationStyles } from './delegation.styles.js';
import { FlowPanels } from './flow.js';
import { FocusMover } from './focus.js';
import { LocalAdminsController } from './local-admins.js';
import { renderLocalAdmins } from './local-admins.view.js';
import { delegationMessages } from './messages.js';
import type { HabilPersonPicker } from './person-picker.js';
import type { DelegationContext } from './section-context.js';
import { renderNotice, type SectionView } from './section-parts.js';
import { CAF_SECTIONS, sectionLabel, SectionsController, type DelegationSection, type DelegationView } from './sections.js';

export { DELEGATION_SECTIONS, type DelegationSection, type DelegationView } from './sections.js';

// ---- public types -----------------------------------------------------------------------

/** An organisme, or a CAF partner, as events name it. */
export interface OrganismeRef {
  id: string;
  name: string;
}

export interface LocalAdminAddedDetail {
  /** The person named local administrator ("Prénom NOM"). */
  person: PersonRef;
  organisme: OrganismeRef;
  /** The row as the server returned it: since when, named by whom. */
  localAdmin: LocalAdmin;
}

export interface LocalAdminRevokedDetail {
  person: PersonRef;
  organisme: OrganismeRef;
}

export interface PartnerAdminAddedDetail {
  person: PersonRef;
  partner: OrganismeRef;
  partnerAdmin: PartnerAdmin;
}

export interface PartnerAdminRevokedDetail {
  person: PersonRef;
  partner: OrganismeRef;
}

export interface ResponsableReplacedDetail {
  /** The group as the server returned it after the change (its new version included). */
  group: Group;
  /** The responsable habilitations replaced. */
  previous: PersonRef;
  responsable: PersonRef;
}

declare module '../internal/events.js' {
  interface HabilEventMap {
    'habil-local-admin-added': CustomEvent<LocalAdminAddedDetail>;
    'habil-local-admin-revoked': CustomEvent<LocalAdminRevokedDetail>;
    'habil-partner-admin-added': CustomEvent<PartnerAdminAddedDetail>;
    'habil-partner-admin-revoked': CustomEvent<PartnerAdminRevokedDetail>;
    'habil-responsable-replaced': CustomEvent<ResponsableReplacedDetail>;
  }
}

/**
 * Who administers: the delegations of the UCANSS portal and of CAF "Mon Compte Partenaire".
 *
 * UCANSS (administrator's guide §4, R13): "Vos administrateurs locaux" — the local
 * administrators of my organisme (nom, prénom, e-mail, téléphone, since when, named by whom:
 * the director is one by default) —, "Nouvel administrateur local" — choose a person of my
 * organisme in a list searched on the server, or create his account on the spot ("Nouveau")
 * and then choose him —, "Retirer", refused when it would leave the organisme without a local
 * administrator; and "Tous les administrateurs locaux", read-only, filtered by organisme.
 *
 * CAF (fiches 14–16, R12): the partner administrators of the partner of a convention — at most
 * two, appointed and withdrawn by the CAF only, read-only for the others, who are told why —
 * and the responsable habilitations of each group of the convention, with "Remplacer le
 * responsable" for the partner administrator (the new one must already be a user of the
 * convention; the guide's Afas reminder about the "Habiliter" group follows the change).
 *
 * What shows comes from the server (`getMe`): the sections the person may see, as tabs
 * (`view="auto"`), or the one section named by `view`. A person who may see none is told so;
 * a UCANSS user sees instead his contacts, the local administrators of his organisme.
 *
 * Every change is recorded by the server in the history of the accounts involved (R14): after
 * a change, the widget offers to show those histories. A replacement sends the group's version
 * (R15): when someone changed the group meanwhile, the widget reloads it and says so.
 *
 * @tag habil-delegation
 *
 * @fires habil-local-admin-added - A person was named local administrator: `detail: { person, organisme, localAdmin }`.
 * @fires habil-local-admin-revoked - A delegation was revoked: `detail: { person, organisme }`.
 * @fires habil-partner-admin-added - The CAF appointed a partner administrator: `detail: { person, partner, partnerAdmin }`.
 * @fires habil-partner-admin-revoked - The CAF withdrew a partner administrator: `detail: { person, partner }`.
 * @fires habil-responsable-replaced - The responsable habilitations of a group was replaced: `detail: { group, previous, responsable }`.
 *
 * @csspart tabs - The tab list (when several sections show).
 * @csspart tab - Each tab (with `tab-selected` on the selected one).
 * @csspart panel - The section shown.
 * @csspart heading - The title of the section.
 * @csspart hint - The explanations of the guides under the title.
 * @csspart toolbar - The buttons and filters above a table.
 * @csspart status-message - The confirmation of the last change (a visible live region).
 * @csspart self-revoked - What happened when the user revoked his own delegation (in place of the section he managed).
 * @csspart last-change - The histories of the accounts the last change involved (R14).
 * @csspart notice - What went wrong with the last action (a `habil-alert`).
 * @csspart flow - The panel where a person is chosen (or his account created).
 * @csspart count - The number of partner administrators and the limit (R12).
 * @csspart note - A reminder of the guides (Afas, read-only sections).
 * @csspart loading - What shows while the server says who is connected.
 * @csspart convention - The CAF convention shown, or its choice when the person has several.
 * @csspart table - Each `habil-data-table`.
 * @csspart table-heading - The title of a table, above it.
 * @csspart row-button - The buttons of the rows ("Retirer", "Remplacer le responsable").
 * @csspart revoke-button - "Retirer" on a local administrator (with `row-button`).
 * @csspart withdraw-button - "Retirer" on a partner administrator (with `row-button`).
 * @csspart replace-button - "Remplacer le responsable" on a group (with `row-button`).
 * @csspart row-note - Why a row has no action (the last local administrator, R13).
 * @csspart link - The e-mail addresses (mailto links).
 *
 * @cssprop [--habil-color-success] - The confirmation of the last change.
 * @cssprop [--habil-color-warning] - The mark of the guides' reminders.
 */
export class HabilDelegation extends HabilElement {
  static override styles = [HabilElement.styles, tabStyles, loadingStyles, statusStyles, headingStyles, delegationStyles];

  /**
   * The section shown: `auto` (default) shows, as tabs, every section the connected person may
   * see; `local-admins`, `all-local-admins`, `partner-admins` or `responsables` shows that one
   * alone (or says that the person may not see it).
   */
  @property({ reflect: true })
  view: DelegationView = 'auto';

  /** CAF: the convention whose partner and groups are shown; by default the first the person works under. The user's choice updates it. */
  @property({ attribute: 'convention-id' })
  conventionId = '';

  /** "Tous les administrateurs locaux": the organisme filtered on; empty for all. The user's choice updates it. */
  @property({ attribute: 'organisme-id' })
  organismeId = '';

  @query('habil-confirm-dialog')
  private confirmDialog!: HabilConfirmDialog;

  @query('habil-live-region')
  private liveRegion!: HabilLiveRegion;

  @query('habil-person-picker')
  private picker: HabilPersonPicker | null | undefined;

  private readonly t = new LocalizeController(this, delegationMessages);

  /** What the lists do not show, loaded when first shown: the panels' person picker and account form, the histories after a change. */
  private readonly parts = {
    // An element of its own, with its own words: they come with it, in the widget's language, so that it never shows French first.
    picker: new LazyPart(this, async () => {
      const { HabilPersonPicker, personPickerMessages } = await import('./person-picker.js');
      await personPickerMessages.load(this.t.lang);
      defineElement('habil-person-picker', HabilPersonPicker);
    }),
    accountForm: new LazyPart(this, loadAccountForm),
    history: new LazyPart(this, async () => {
      const { HabilDelegationHistory, historyMessages } = await import('./change-history.js');
      await historyMessages.load(this.t.lang);
      defineElement('habil-delegation-history', HabilDelegationHistory);
    }),
  };

  /** Who is connected: read once here, and handed to every section. */
  private readonly meSource = new MeController(this, () => this.api);

  private readonly focusMover = new FocusMover(this);
  private readonly report = new ChangeReport(this, () => this.liveRegion);
  private readonly flows = new FlowPanels(this, this.report, this.focusMover);
  private readonly sections = new SectionsController(this, { me: () => this.meSource.value, view: () => this.view, flows: this.flows, focus: this.focusMover });

  private readonly context: DelegationContext = {
    host: this,
    t: this.t,
    report: this.report,
    flows: this.flows,
    focus: this.focusMover,
    sections: this.sections,
    api: () => this.api,
    me: () => this.meSource.value,
    reloadMe: () => this.meSource.reload(),
    // A change shows the histories it recorded (R14): their part is loaded while the user confirms.
    confirm: async (options) => (await Promise.all([this.confirmDialog.ask(options), this.parts.history.load()]))[0],
    picker: () => this.picker,
    emit: (type, detail) => void this.emit(type, detail),
  };

  // The section a local administrator sees first, and the contacts of a person who may see none, are there up front.
  private readonly localAdmins = new LocalAdminsController(this.context);
  private readonly contacts = new ContactsController(this.context);

  /**
   * The other sections are loaded with their words when their tab first shows, or is about to
   * (the tab list reached): a page that never shows them never loads them. The two CAF sections,
   * which always show together and share the convention, are one part (caf.ts). A section that
   * could not be loaded says so in its panel, with « Réessayer ».
   */
  private readonly allLocalAdmins = new LazyPart(this, async () => (await import('./all-local-admins.view.js')).createAllLocalAdmins(this.context));
  private readonly cafSections = new LazyPart(this, async () => (await import('./caf.js')).createCafSections(this.context));

  constructor() {
    super();
    // What the user reaches (focus or pointer) is loaded meanwhile, so that its first use rarely waits.
    const prefetch = (event: Event) => this.prefetch(event.composedPath());
    this.addEventListener('focusin', prefetch);
    this.addEventListener('pointerover', prefetch);
  }

  protected override render() {
    return html`
      ${renderStatusMessage(this.report)} ${renderLastChange(this.report, this.t, this.api, this.parts.history)}
      ${this.meSource.render({
        initial: () => renderLoading(this.t.msg('loadingMe')),
        pending: () => renderLoading(this.t.msg('loadingMe')),
        error: (error) => html`<habil-alert class="filled" .error=${error} retryable @habil-retry=${() => void this.meSource.retry()}></habil-alert>`,
        complete: (me) => this.renderSections(me),
      })}
      <habil-confirm-dialog></habil-confirm-dialog>
    `;
  }

  private renderSections(me: Me): TemplateResult {
    const sections = this.sections.all;
    const shown = this.sections.shown;
    const view = this.sectionView(me);
    if (!shown) return this.renderForbidden(view);
    if (this.view !== 'auto' || sections.length === 1) {
      return html`<section part="panel" class="panel" aria-labelledby="heading">${this.renderSection(shown, view)}</section>`;
    }
    return html`
      ${renderTabList({
        tabs: sections,
        selected: shown,
        label: this.t.msg('sections'),
        content: (section) => sectionLabel(this.t, section),
        select: (section, byKeyboard) => void this.sections.select(section, byKeyboard),
      })}
      ${sections.map(
        (section) => html`<div role="tabpanel" id="panel-${section}" part="panel" class="panel" aria-labelledby="tab-${section}" ?hidden=${section !== shown}>
          ${section === shown ? this.renderSection(section, view) : nothing}
        </div>`,
      )}
    `;
  }

  private sectionView(me: Me): SectionView {
    return { t: this.t, client: this.api, me, notice: this.report.notice, loading: this.locale.msg('loading'), parts: this.parts };
  }

  private renderSection(section: DelegationSection, view: SectionView): unknown {
    if (section === 'local-admins') return renderLocalAdmins(this.localAdmins, view);
    const loading = () => renderLoading(view.loading);
    if (section === 'all-local-admins') return renderPart(this.allLocalAdmins, (render) => render(view), loading);
    return renderPart(this.cafSections, (sections) => sections[section](view), loading);
  }

  private partOf(section: DelegationSection): LazyPart | undefined {
    if (section === 'all-local-admins') return this.allLocalAdmins;
    return CAF_SECTIONS.includes(section) ? this.cafSections : undefined;
  }

  /** The tab list, « Nouvel administrateur local », a « Retirer », « Désigner », a « Remplacer le responsable »: what they open. */
  private prefetch(path: EventTarget[]): void {
    for (const target of path) {
      if (target === this) return;
      if (!(target instanceof Element)) continue;
      const { id, part } = target;
      if (id === 'new-local-admin' || part.contains('revoke-button')) this.localAdmins.prefetch();
      if (id === 'new-local-admin' || id === 'appoint' || part.contains('replace-button')) void this.parts.picker.load();
      if (target.getAttribute('role') === 'tablist') for (const section of this.sections.all) void this.partOf(section)?.load();
    }
  }

  private renderForbidden(view: SectionView) {
    const text = this.view === 'auto' ? this.t.msg('forbidden') : this.t.msg('forbiddenView', sectionLabel(this.t, this.view));
    const revoked = this.report.ownDelegationRevoked;
    // The notice stays: a refusal may be what just took the section away (a role withdrawn meanwhile).
    return html`
      ${renderNotice(view.notice)}
      ${revoked
        ? this.localAdmins.loadedActions?.renderOwnDelegationRevoked(revoked)
        : html`<habil-alert class="filled" variant="warning" heading=${this.t.msg('forbiddenHeading')}>${text}</habil-alert>`}
      ${this.sections.showsContacts ? renderContacts(this.contacts, view) : nothing}
    `;
  }
}
