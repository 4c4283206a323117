import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { ProblemError } from '../client/errors.js';
import type { HabilClient } from '../client/types.js';
import type { AccountDraft, AccountSummary, Convention, FieldError, Group, LocalAdmin, Me, Organisme, PartnerAdmin, PersonaRole, PersonRef } from '../domain/index.js';
import { MAX_PARTNER_ADMINS } from '../domain/index.js';
import { HabilElement } from '../internal/habil-element.js';
import { loadingStyles } from '../internal/loading-styles.js';
import { renderTabList, tabStyles } from '../internal/tabs.js';
import { LocalizeController } from '../internal/localize.js';
import type { HabilConfirmDialog } from '../ui/confirm-dialog/confirm-dialog.js';
import type { HabilDataTable } from '../ui/data-table/data-table.js';
import type { HabilField } from '../ui/field/field.js';
import type { HabilLiveRegion } from '../ui/live-region/live-region.js';
import type { AccountFormSubmitDetail } from '../account-parts/account-form.js';
import { allColumns, contactColumns, mineColumns, partnerAdminColumns, personName, responsableColumns } from './columns.js';
import { delegationStyles } from './delegation.styles.js';
import { delegationMessages } from './messages.js';
import type { HabilPersonPicker, PersonChooseDetail } from './person-picker.js';

// ---- public types -----------------------------------------------------------------------

/** The sections of the widget, in the order of the guides' menus. */
export const DELEGATION_SECTIONS = ['local-admins', 'all-local-admins', 'partner-admins', 'responsables'] as const;

/**
 * `local-admins`: "Vos administrateurs locaux"; `all-local-admins`: "Tous les administrateurs
 * locaux"; `partner-admins`: the CAF partner administrators; `responsables`: the responsables
 * habilitations of the groups of a convention.
 */
export type DelegationSection = (typeof DELEGATION_SECTIONS)[number];

/** `auto`: every section the connected person may see, as tabs; a section: that one alone. */
export type DelegationView = 'auto' | DelegationSection;

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

// ---- internal shapes --------------------------------------------------------------------

/** The people who read conventions, their groups and their partner administrators. */
const CAF_READERS: readonly PersonaRole[] = ['partner-admin', 'responsable', 'caf-agent'];

/** What the user is doing beside the list: choosing a person, or creating his account first. */
type Flow =
  | { kind: 'name-local-admin'; step: 'choose' | 'create'; submitting: boolean; serverErrors: FieldError[] }
  | { kind: 'appoint-partner-admin' }
  | { kind: 'replace-responsable'; group: Group };

/**
 * A refusal or a failure of the last action, shown in the section until the next one: what did
 * not happen (heading), why (the server's refusal in words, from `error`), and what it means now.
 */
interface Notice {
  variant: 'error' | 'warning';
  heading: string;
  error: unknown;
  text?: string;
}

/** The accounts the last change involved (their history, R14), and the Afas reminder after a replacement. */
interface LastChange {
  accounts: PersonRef[];
  afas: boolean;
}

/** What a list's error alert needs of its task. */
interface ListTask {
  readonly status: TaskStatus;
  readonly error: unknown;
  run(): Promise<void>;
}

/** The sections the server lets this person see (Me.actions and Me.roles), in the order of the menus. */
function sectionsFor(me: Me): DelegationSection[] {
  const sections: DelegationSection[] = [];
  if (me.actions.includes('manage-delegation')) sections.push('local-admins');
  if (me.actions.includes('read-all-local-admins')) sections.push('all-local-admins');
  if (me.roles.some((role) => CAF_READERS.includes(role)) && me.conventionIds.length > 0) sections.push('partner-admins', 'responsables');
  return sections;
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
  static override styles = [HabilElement.styles, tabStyles, loadingStyles, delegationStyles];

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

  /** The tab the user chose, with `view="auto"`. */
  @state()
  private tab: DelegationSection | undefined;

  @state()
  private flow: Flow | undefined;

  @state()
  private notice: Notice | undefined;

  @state()
  private lastChange: LastChange | undefined;

  @state()
  private announced = false;

  @query('habil-confirm-dialog')
  private confirmDialog!: HabilConfirmDialog;

  @query('habil-live-region')
  private liveRegion!: HabilLiveRegion;

  @query('habil-person-picker')
  private picker: HabilPersonPicker | null | undefined;

  private readonly t = new LocalizeController(this, delegationMessages);

  private readonly meTask = new Task(this, {
    task: ([client], { signal }) => client.call('getMe', {}, { signal }),
    args: () => [this.api] as [HabilClient],
  });

  private readonly mineTask = new Task(this, {
    task: async ([client, shown], { signal }): Promise<LocalAdmin[] | typeof initialState> =>
      shown ? client.call('listLocalAdmins', { query: { scope: 'mine' } }, { signal }) : initialState,
    args: () => [this.api, this.shownSection === 'local-admins'] as [HabilClient, boolean],
  });

  private readonly allTask = new Task(this, {
    task: async ([client, shown, organismeId], { signal }): Promise<LocalAdmin[] | typeof initialState> =>
      shown ? client.call('listLocalAdmins', { query: { scope: 'all', ...(organismeId ? { organismeId } : {}) } }, { signal }) : initialState,
    args: () => [this.api, this.shownSection === 'all-local-admins', this.organismeId] as [HabilClient, boolean, string],
  });

  private readonly organismesTask = new Task(this, {
    task: async ([client, needed], { signal }): Promise<Organisme[] | typeof initialState> => {
      if (!needed) return initialState;
      const organismes = await client.call('listOrganismes', {}, { signal });
      return organismes.filter((o) => o.space === 'ucanss').sort((a, b) => a.name.localeCompare(b.name, 'fr'));
    },
    args: () => [this.api, this.sections.includes('all-local-admins')] as [HabilClient, boolean],
  });

  private readonly contactsTask = new Task(this, {
    task: async ([client, needed], { signal }): Promise<LocalAdmin[] | typeof initialState> => {
      if (!needed) return initialState;
      const contacts = await client.call('myContacts', {}, { signal });
      return contacts.sort((a, b) => a.nom.localeCompare(b.nom, 'fr') || a.prenom.localeCompare(b.prenom, 'fr'));
    },
    args: () => [this.api, this.showsContacts] as [HabilClient, boolean],
  });

  private readonly conventionsTask = new Task(this, {
    task: async ([client, needed], { signal }): Promise<Convention[] | typeof initialState> =>
      needed ? client.call('listConventions', {}, { signal }) : initialState,
    args: () => [this.api, this.sections.includes('partner-admins')] as [HabilClient, boolean],
  });

  private readonly partnerAdminsTask = new Task(this, {
    task: async ([client, partnerId], { signal }): Promise<PartnerAdmin[] | typeof initialState> =>
      partnerId ? client.call('listPartnerAdmins', { params: { id: partnerId } }, { signal }) : initialState,
    args: () => [this.api, this.shownSection === 'partner-admins' ? this.convention?.partnerId : undefined] as [HabilClient, string | undefined],
  });

  private readonly groupsTask = new Task(this, {
    task: async ([client, conventionId], { signal }): Promise<Group[] | typeof initialState> =>
      conventionId ? client.call('listGroups', { params: { id: conventionId } }, { signal }) : initialState,
    args: () => [this.api, this.shownSection === 'responsables' ? this.convention?.id : undefined] as [HabilClient, string | undefined],
  });

  // ---- what the person may see --------------------------------------------------------------

  private get me(): Me | undefined {
    return this.meTask.value;
  }

  private get sections(): DelegationSection[] {
    return this.me ? sectionsFor(this.me) : [];
  }

  /** The section on screen, or undefined when the person may see none (or not the one `view` names). */
  private get shownSection(): DelegationSection | undefined {
    const sections = this.sections;
    if (this.view !== 'auto') return sections.includes(this.view) ? this.view : undefined;
    return this.tab && sections.includes(this.tab) ? this.tab : sections[0];
  }

  /** A UCANSS person who may not see the local administrators sees his contacts instead. */
  private get showsContacts(): boolean {
    const me = this.me;
    if (!me || me.account.space !== 'ucanss') return false;
    return !this.sections.some((section) => section === 'local-admins' || section === 'all-local-admins');
  }

  private get conventions(): Convention[] {
    return this.conventionsTask.value ?? [];
  }

  private get convention(): Convention | undefined {
    const conventions = this.conventions;
    return conventions.find((c) => c.id === this.conventionId) ?? conventions[0];
  }

  private sectionLabel(section: DelegationSection): string {
    const keys = {
      'local-admins': 'tabLocalAdmins',
      'all-local-admins': 'tabAllLocalAdmins',
      'partner-admins': 'tabPartnerAdmins',
      responsables: 'tabResponsables',
    } as const;
    return this.t.msg(keys[section]);
  }

  // ---- navigation -----------------------------------------------------------------------------

  private async selectTab(section: DelegationSection, focus: boolean): Promise<void> {
    if (section !== this.shownSection) {
      this.tab = section;
      this.flow = undefined;
      this.notice = undefined;
    }
    if (focus) await this.focusOn(`#tab-${section}`);
  }

  private async focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** After a row left its table, focus goes to the section's title, unless the user already moved on. */
  private async keepFocus(fallback: string): Promise<void> {
    await this.updateComplete;
    for (const table of this.renderRoot.querySelectorAll('habil-data-table')) await table.updateComplete;
    if (document.activeElement === document.body || document.activeElement === null) await this.focusOn(fallback);
  }

  private async openFlow(flow: Flow): Promise<void> {
    this.notice = undefined;
    this.flow = flow;
    await this.focusOn('#flow-heading');
  }

  private async closeFlow(invoker: string): Promise<void> {
    this.flow = undefined;
    await this.focusOn(invoker);
  }

  private chooseConvention(event: Event): void {
    const id = (event.target as HabilField).value;
    if (!id || id === this.convention?.id) return;
    this.conventionId = id;
    this.flow = undefined;
    this.notice = undefined;
  }

  // ---- saying what happened -----------------------------------------------------------------

  private announce(text: string): void {
    this.announced = true;
    void this.liveRegion.announce(text);
  }

  /** A change went through: say it, and offer the history of the accounts it involved (R14). */
  private changed(text: string, accounts: PersonRef[], afas = false): void {
    this.notice = undefined;
    this.lastChange = { accounts, afas };
    this.announce(text);
  }

  // ---- local administrators (R13) -----------------------------------------------------------

  private async nameLocalAdmin(account: AccountSummary): Promise<void> {
    const name = personName(account);
    const confirmed = await this.confirmDialog.ask({
      heading: this.t.msg('nameHeading', name),
      message: this.t.msg('nameMessage', name, account.emailPro, account.organismeName),
      confirmLabel: this.t.msg('nameConfirm'),
    });
    if (!confirmed) return;
    this.notice = undefined;
    try {
      const added = await this.api.call('addLocalAdmin', { body: { accountId: account.id } });
      const person = { id: added.accountId, name: personName(added) };
      this.flow = undefined;
      this.changed(this.t.msg('named', person.name, added.organismeName), [person]);
      this.emit('habil-local-admin-added', { person, organisme: { id: added.organismeId, name: added.organismeName }, localAdmin: added });
      void this.mineTask.run();
      await this.focusOn('#new-local-admin');
    } catch (error) {
      this.notice = { variant: 'error', heading: this.t.msg('nameFailed', name), error };
      void this.mineTask.run();
      void this.picker?.reload();
    }
  }

  private async createAccount(draft: AccountDraft): Promise<void> {
    const flow = this.flow;
    if (flow?.kind !== 'name-local-admin' || flow.submitting) return;
    this.notice = undefined;
    this.flow = { ...flow, submitting: true, serverErrors: [] };
    try {
      const account = await this.api.call('createAccount', { body: draft });
      this.flow = { kind: 'name-local-admin', step: 'choose', submitting: false, serverErrors: [] };
      await this.updateComplete;
      // "Puis la sélectionner ensuite": the new person is shown in the list, his "Choisir" focused.
      await this.picker?.searchFor(account.nom, account.prenom);
      this.announce(this.t.msg('accountCreated', personName(account)));
      await this.picker?.focusChoice(account.id);
    } catch (error) {
      // The form keeps what was typed, shows the server's field errors and moves focus to the first one.
      this.flow = { ...flow, submitting: false, serverErrors: error instanceof ProblemError ? [...error.fieldErrors] : [] };
      this.notice = { variant: 'error', heading: this.t.msg('createFailed'), error };
    }
  }

  private async revokeLocalAdmin(row: LocalAdmin): Promise<void> {
    const name = personName(row);
    const self = row.accountId === this.me?.account.id;
    const confirmed = await this.confirmDialog.ask({
      heading: this.t.msg('revokeHeading', name),
      message: self ? this.t.msg('revokeSelfMessage', row.organismeName) : this.t.msg('revokeMessage', name, row.organismeName),
      confirmLabel: this.t.msg('revoke'),
      danger: true,
    });
    if (!confirmed) return;
    this.notice = undefined;
    try {
      await this.api.call('revokeLocalAdmin', { params: { accountId: row.accountId } });
      const person = { id: row.accountId, name };
      this.changed(this.t.msg('revoked', name, row.organismeName), [person]);
      this.emit('habil-local-admin-revoked', { person, organisme: { id: row.organismeId, name: row.organismeName } });
      // Without the delegation, the person may no longer manage it: what he may see is read again.
      if (self) void this.meTask.run();
      else await this.mineTask.run();
    } catch (error) {
      this.notice = { variant: 'error', heading: this.t.msg('revokeFailed', name), error };
      await this.mineTask.run();
    }
    await this.keepFocus('#heading');
  }

  private onOrganismeFilter(event: Event): void {
    this.organismeId = (event.target as HabilField).value;
  }

  // ---- partner administrators (R12) -----------------------------------------------------------

  private async appointPartnerAdmin(account: AccountSummary): Promise<void> {
    const convention = this.convention;
    if (!convention) return;
    const name = personName(account);
    const partner = { id: convention.partnerId, name: convention.partnerName };
    const confirmed = await this.confirmDialog.ask({
      heading: this.t.msg('appointConfirmHeading', name, partner.name),
      message: this.t.msg('appointConfirmMessage', name),
      confirmLabel: this.t.msg('appointConfirm'),
    });
    if (!confirmed) return;
    this.notice = undefined;
    try {
      const appointed = await this.api.call('addPartnerAdmin', { params: { id: partner.id }, body: { accountId: account.id } });
      const person = { id: appointed.accountId, name: personName(appointed) };
      this.flow = undefined;
      this.changed(this.t.msg('appointed', person.name, partner.name), [person]);
      this.emit('habil-partner-admin-added', { person, partner, partnerAdmin: appointed });
      void this.partnerAdminsTask.run();
      await this.focusOn('#appoint');
    } catch (error) {
      this.notice = { variant: 'error', heading: this.t.msg('appointFailed', name), error };
      // R12: over the limit, nobody can be chosen until one is withdrawn.
      if (error instanceof ProblemError && error.code === 'partner-admin-limit') this.flow = undefined;
      else void this.picker?.reload();
      await this.partnerAdminsTask.run();
      await this.keepFocus('#appoint');
    }
  }

  private async withdrawPartnerAdmin(row: PartnerAdmin): Promise<void> {
    const convention = this.convention;
    if (!convention) return;
    const name = personName(row);
    const partner = { id: convention.partnerId, name: convention.partnerName };
    const confirmed = await this.confirmDialog.ask({
      heading: this.t.msg('withdrawHeading', name),
      message: this.t.msg('withdrawMessage', name, partner.name),
      confirmLabel: this.t.msg('revoke'),
      danger: true,
    });
    if (!confirmed) return;
    this.notice = undefined;
    try {
      await this.api.call('revokePartnerAdmin', { params: { id: partner.id, accountId: row.accountId } });
      const person = { id: row.accountId, name };
      this.changed(this.t.msg('withdrawn', name, partner.name), [person]);
      this.emit('habil-partner-admin-revoked', { person, partner });
    } catch (error) {
      this.notice = { variant: 'error', heading: this.t.msg('withdrawFailed', name), error };
    }
    await this.partnerAdminsTask.run();
    await this.keepFocus('#heading');
  }

  // ---- responsables habilitations (fiches 14–16) ----------------------------------------------

  private async replaceResponsable(account: AccountSummary): Promise<void> {
    const flow = this.flow;
    if (flow?.kind !== 'replace-responsable') return;
    const { group } = flow;
    const previous = group.responsable;
    const next = { id: account.id, name: personName(account) };
    const confirmed = await this.confirmDialog.ask({
      heading: this.t.msg('replaceConfirmHeading', previous.name, next.name),
      message: this.t.msg('replaceConfirmMessage', next.name, group.code, group.label),
      confirmLabel: this.t.msg('replaceConfirm'),
    });
    if (!confirmed) return;
    this.notice = undefined;
    try {
      const updated = await this.api.call('updateGroup', { params: { id: group.id }, body: { responsableId: account.id }, ifMatch: group.version });
      this.flow = undefined;
      this.changed(this.t.msg('replaced', previous.name, updated.responsable.name, group.code), [updated.responsable, previous], true);
      this.emit('habil-responsable-replaced', { group: updated, previous, responsable: updated.responsable });
      await this.groupsTask.run();
      await this.focusRowButton(`[data-group-id="${CSS.escape(group.id)}"]`);
    } catch (error) {
      await this.replaceRefused(group, error);
    }
  }

  private async replaceRefused(group: Group, error: unknown): Promise<void> {
    if (error instanceof ProblemError && error.isStaleWrite) {
      // R15: someone changed the group meanwhile: show it as it is now, and let the user decide again.
      await this.groupsTask.run();
      const reloaded = this.groupsTask.value?.find((g) => g.id === group.id);
      this.notice = {
        variant: 'warning',
        heading: this.t.msg('staleGroupHeading', group.code),
        ...(reloaded ? { text: this.t.msg('staleGroup', reloaded.responsable.name) } : {}),
        error,
      };
      this.flow = reloaded?.actions.includes('edit') ? { kind: 'replace-responsable', group: reloaded } : undefined;
      return;
    }
    if (error instanceof ProblemError && error.status === 403) {
      // The person is no longer partner administrator (forbidden, or out of scope once he sees no convention): what he may do is read again.
      this.notice = { variant: 'error', heading: this.t.msg('replaceFailed', group.code), text: this.t.msg('replaceForbidden'), error };
      this.flow = undefined;
      void this.meTask.run();
      await this.groupsTask.run();
      await this.keepFocus('#heading');
      return;
    }
    this.notice = { variant: 'error', heading: this.t.msg('replaceFailed', group.code), error };
    void this.picker?.reload();
  }

  private async focusRowButton(selector: string): Promise<void> {
    await this.updateComplete;
    const table = this.renderRoot.querySelector<HabilDataTable>('#groups-table');
    await table?.updateComplete;
    const button = table?.shadowRoot?.querySelector<HTMLElement>(selector);
    if (button) button.focus();
    else await this.focusOn('#heading');
  }

  // ---- rendering ------------------------------------------------------------------------------

  protected override render() {
    return html`
      <habil-live-region part="status-message" class=${this.announced ? 'announced' : ''} visible></habil-live-region>
      ${this.renderLastChange()}
      ${this.meTask.render({
        initial: () => this.renderLoading(),
        pending: () => this.renderLoading(),
        error: (error) => html`<habil-alert class="filled" .error=${error} retryable @habil-retry=${() => void this.meTask.run()}></habil-alert>`,
        complete: (me) => this.renderSections(me),
      })}
      <habil-confirm-dialog></habil-confirm-dialog>
    `;
  }

  private renderLoading() {
    return html`<div class="loading" part="loading">
      <div class="loading-bar" aria-hidden="true"></div>
      <p role="status">${this.t.msg('loadingMe')}</p>
    </div>`;
  }

  /** A new change gets new history buttons: an account's history read after the previous change would miss this one. */
  private renderLastChange() {
    const change = this.lastChange;
    if (!change) return nothing;
    return html`<section class="last-change" part="last-change" aria-label=${this.t.msg('lastChange')}>
      ${keyed(change, html`<habil-delegation-history .client=${this.api} .accounts=${change.accounts}></habil-delegation-history>`)}
      ${change.afas
        ? html`<div class="note" part="note" role="note" aria-labelledby="afas-replaced">
            <p id="afas-replaced" class="note-heading">${this.t.msg('afasReplacedHeading')}</p>
            <p>${this.t.msg('afasReplaced')}</p>
          </div>`
        : nothing}
    </section>`;
  }

  private renderSections(me: Me): TemplateResult {
    const sections = this.sections;
    const shown = this.shownSection;
    if (!shown) return this.renderForbidden(me);
    if (this.view !== 'auto' || sections.length === 1) {
      return html`<section part="panel" class="panel" aria-labelledby="heading">${this.renderSection(shown, me)}</section>`;
    }
    return html`
      ${renderTabList({
        tabs: sections,
        selected: shown,
        label: this.t.msg('sections'),
        content: (section) => this.sectionLabel(section),
        select: (section, byKeyboard) => void this.selectTab(section, byKeyboard),
      })}
      ${sections.map(
        (section) => html`<div role="tabpanel" id="panel-${section}" part="panel" class="panel" aria-labelledby="tab-${section}" ?hidden=${section !== shown}>
          ${section === shown ? this.renderSection(section, me) : nothing}
        </div>`,
      )}
    `;
  }

  private renderSection(section: DelegationSection, me: Me): TemplateResult {
    if (section === 'local-admins') return this.renderMine(me);
    if (section === 'all-local-admins') return this.renderAll();
    if (section === 'partner-admins') return this.renderPartnerAdmins(me);
    return this.renderResponsables(me);
  }

  private renderHeading(section: DelegationSection) {
    return html`<h2 id="heading" class="heading" part="heading" tabindex="-1">${this.sectionLabel(section)}</h2>`;
  }

  private renderForbidden(me: Me) {
    const text = this.view === 'auto' ? this.t.msg('forbidden') : this.t.msg('forbiddenView', this.sectionLabel(this.view));
    // The notice stays: a refusal may be what just took the section away (a role withdrawn meanwhile).
    return html`
      ${this.renderNotice()}
      <habil-alert class="filled" variant="warning" heading=${this.t.msg('forbiddenHeading')}>${text}</habil-alert>
      ${this.showsContacts ? this.renderContacts(me) : nothing}
    `;
  }

  private renderContacts(me: Me) {
    const task = this.contactsTask;
    return html`<section class="panel" aria-labelledby="contacts-heading">
      <h2 id="contacts-heading" class="heading" part="heading">${this.t.msg('contactsHeading')}</h2>
      <p class="hint" part="hint">${this.t.msg('contactsIntro', me.organisme.name)}</p>
      ${this.renderListError(task)}
      ${this.renderTable(
        task,
        undefined,
        html`<habil-data-table
          part="table"
          exportparts="link"
          caption=${this.t.msg('contactsHeading')}
          caption-hidden
          row-key="accountId"
          .columns=${contactColumns(this.t)}
          .rows=${task.value ?? []}
          ?loading=${task.status === TaskStatus.PENDING}
        >
          <span slot="empty">${this.t.msg('contactsEmpty')}</span>
        </habil-data-table>`,
      )}
    </section>`;
  }

  private renderNotice() {
    const notice = this.notice;
    return html`<habil-alert
      part="notice"
      class=${notice ? 'filled' : ''}
      variant=${notice?.variant ?? 'error'}
      heading=${notice?.heading ?? ''}
      .error=${notice?.error}
      >${notice?.text ?? ''}</habil-alert
    >`;
  }

  /**
   * A list's table under its title (shown outside the table, so that it stays in view when a
   * narrow table scrolls sideways). Nothing while the list failed: its alert says why, and an
   * empty table would say that there is nobody.
   */
  private renderTable(task: ListTask, title: string | undefined, table: TemplateResult) {
    if (task.status === TaskStatus.ERROR) return nothing;
    return html`${title ? html`<h3 class="table-heading" part="table-heading">${title}</h3>` : nothing}${table}`;
  }

  private renderListError(task: ListTask) {
    const error = task.status === TaskStatus.ERROR ? task.error : undefined;
    return html`<habil-alert
      class=${error === undefined ? '' : 'filled'}
      .error=${error}
      retryable
      retry-label=${this.t.msg('listErrorRetry')}
      @habil-retry=${() => void task.run()}
    ></habil-alert>`;
  }

  // ---- Vos administrateurs locaux ----

  private renderMine(me: Me) {
    const task = this.mineTask;
    const rows = task.value ?? [];
    const flow = this.flow?.kind === 'name-local-admin' ? this.flow : undefined;
    return html`
      ${this.renderHeading('local-admins')}
      <p class="hint" part="hint">${this.t.msg('mineIntro', me.organisme.name)}</p>
      <div class="toolbar" part="toolbar">
        <button
          type="button"
          id="new-local-admin"
          class="button button--primary"
          aria-expanded=${flow ? 'true' : 'false'}
          aria-controls=${flow ? 'flow' : nothing}
          @click=${() => (flow ? void this.focusOn('#flow-heading') : void this.openFlow({ kind: 'name-local-admin', step: 'choose', submitting: false, serverErrors: [] }))}
        >
          ${this.t.msg('newLocalAdmin')}
        </button>
      </div>
      ${this.renderNotice()} ${flow ? this.renderNameFlow(me, flow, rows) : nothing} ${this.renderListError(task)}
      ${this.renderTable(
        task,
        this.t.msg('mineCaption'),
        html`<habil-data-table
          part="table"
          exportparts="row-button, revoke-button, row-note, link"
          caption=${this.t.msg('mineCaption')}
          caption-hidden
          row-key="accountId"
          .columns=${mineColumns(this.t, rows, (row) => void this.revokeLocalAdmin(row))}
          .rows=${rows}
          ?loading=${task.status === TaskStatus.PENDING}
        >
          <span slot="empty">${this.t.msg('mineEmpty')}</span>
        </habil-data-table>`,
      )}
      ${rows.length === 1 && !rows[0]!.actions.includes('revoke') ? html`<p class="hint" part="hint">${this.t.msg('lastLocalAdminHint')}</p>` : nothing}
    `;
  }

  private renderNameFlow(me: Me, flow: Extract<Flow, { kind: 'name-local-admin' }>, admins: readonly LocalAdmin[]) {
    const creating = flow.step === 'create';
    const unavailable = new Map(admins.map((admin) => [admin.accountId, this.t.msg('alreadyLocalAdmin')]));
    return html`<section id="flow" class="flow" part="flow" aria-labelledby="flow-heading">
      <div class="flow-header">
        <h3 id="flow-heading" tabindex="-1">${this.t.msg(creating ? 'formHeading' : 'delegationHeading')}</h3>
        <button type="button" class="button" @click=${() => void this.closeFlow('#new-local-admin')}>${this.t.msg('closeFlow')}</button>
      </div>
      ${creating
        ? html`<habil-account-form
            mode="create"
            space="ucanss"
            today=${me.today}
            ?submitting=${flow.submitting}
            .serverErrors=${flow.serverErrors}
            @habil-account-form-submit=${(event: CustomEvent<AccountFormSubmitDetail>) => {
              if (event.detail.draft) void this.createAccount(event.detail.draft);
            }}
            @habil-account-form-cancel=${async () => {
              this.notice = undefined;
              this.flow = { ...flow, step: 'choose', serverErrors: [] };
              await this.focusOn('#new-account');
            }}
          ></habil-account-form>`
        : html`<div class="flow-actions">
              <button
                type="button"
                id="new-account"
                class="button"
                @click=${async () => {
                  this.notice = undefined;
                  this.flow = { ...flow, step: 'create' };
                  await this.focusOn('#flow-heading');
                }}
              >
                ${this.t.msg('newAccount')}
              </button>
            </div>
            <p class="guide">
              <em
                >${this.t.msg(me.roles.includes('local-admin') ? 'delegationAsLocalAdmin' : 'delegationAsUcanssAdmin')}
                ${this.t.msg('delegationText')}</em
              >
            </p>`}
      <habil-person-picker
        ?hidden=${creating}
        .client=${this.api}
        .scope=${{ inMyOrganisme: true, active: true }}
        caption=${this.t.msg('pickerCaptionOrganisme', me.organisme.name)}
        .unavailable=${unavailable}
        @habil-person-choose=${(event: CustomEvent<PersonChooseDetail>) => void this.nameLocalAdmin(event.detail.account)}
      ></habil-person-picker>
    </section>`;
  }

  // ---- Tous les administrateurs locaux ----

  private renderAll() {
    const task = this.allTask;
    const organismes = this.organismesTask.value ?? [];
    return html`
      ${this.renderHeading('all-local-admins')}
      <p class="hint" part="hint">${this.t.msg('allIntro')}</p>
      <div class="toolbar" part="toolbar">
        <habil-field
          class="filter"
          type="select"
          label=${this.t.msg('organismeFilter')}
          empty-option-label=${this.t.msg('allOrganismes')}
          .options=${organismes.map((o) => ({ value: o.id, label: o.name }))}
          .value=${this.organismeId}
          @change=${this.onOrganismeFilter}
        ></habil-field>
      </div>
      ${this.renderListError(task)}
      ${this.renderTable(
        task,
        undefined,
        html`<habil-data-table
          part="table"
          exportparts="link"
          caption=${this.t.msg('allCaption')}
          caption-hidden
          row-key="accountId"
          .columns=${allColumns(this.t)}
          .rows=${task.value ?? []}
          ?loading=${task.status === TaskStatus.PENDING}
        >
          <span slot="empty">${this.t.msg('allEmpty')}</span>
        </habil-data-table>`,
      )}
    `;
  }

  // ---- Caf ----

  private renderConvention() {
    const task = this.conventionsTask;
    if (task.status === TaskStatus.ERROR) return this.renderListError(task);
    const conventions = this.conventions;
    const current = this.convention;
    if (!current) {
      return task.status === TaskStatus.PENDING ? html`<p class="hint" role="status">${this.locale.msg('loading')}</p>` : html`<p class="hint">${this.t.msg('noConvention')}</p>`;
    }
    if (conventions.length === 1) return html`<p class="convention" part="convention">${this.t.msg('conventionOf', current.label, current.partnerName)}</p>`;
    return html`<div class="toolbar" part="toolbar convention">
      <habil-field
        class="filter"
        type="select"
        label=${this.t.msg('convention')}
        .options=${conventions.map((c) => ({ value: c.id, label: `${c.label} — ${c.partnerName}` }))}
        .value=${current.id}
        @change=${this.chooseConvention}
      ></habil-field>
    </div>`;
  }

  private renderPartnerAdmins(me: Me) {
    const task = this.partnerAdminsTask;
    const rows = task.value ?? [];
    const convention = this.convention;
    const canAppoint = me.actions.includes('manage-partner-admins');
    const loaded = task.status === TaskStatus.COMPLETE;
    const atLimit = loaded && rows.length >= MAX_PARTNER_ADMINS;
    const flow = this.flow?.kind === 'appoint-partner-admin' ? this.flow : undefined;
    const max = this.t.formatNumber(MAX_PARTNER_ADMINS);
    return html`
      ${this.renderHeading('partner-admins')} ${this.renderConvention()}
      <p class="hint" part="hint">${this.t.msg('partnerAdminsIntro')}</p>
      ${convention
        ? html`
            <p class="count" part="count" id="partner-count">
              ${loaded ? this.t.msg('partnerAdminsCount', this.t.formatNumber(rows.length), max, rows.length) : nothing}
              ${canAppoint && atLimit ? html`<span class="limit">${this.t.msg('partnerAdminsLimit', max)}</span>` : nothing}
            </p>
            ${canAppoint
              ? html`<div class="toolbar" part="toolbar">
                  <button
                    type="button"
                    id="appoint"
                    class="button button--primary"
                    aria-disabled=${atLimit || !loaded ? 'true' : 'false'}
                    aria-describedby="partner-count"
                    aria-expanded=${flow ? 'true' : 'false'}
                    aria-controls=${flow ? 'flow' : nothing}
                    @click=${() => {
                      if (atLimit || !loaded) return;
                      if (flow) void this.focusOn('#flow-heading');
                      else void this.openFlow({ kind: 'appoint-partner-admin' });
                    }}
                  >
                    ${this.t.msg('appoint')}
                  </button>
                </div>`
              : html`<p class="note read-only" part="note">${this.t.msg('partnerAdminsReadOnly')}</p>`}
            ${this.renderNotice()} ${flow ? this.renderAppointFlow(convention, rows) : nothing} ${this.renderListError(task)}
            ${this.renderTable(
              task,
              this.t.msg('partnerAdminsCaption', convention.partnerName),
              html`<habil-data-table
                part="table"
                exportparts="row-button, withdraw-button, link"
                caption=${this.t.msg('partnerAdminsCaption', convention.partnerName)}
                caption-hidden
                row-key="accountId"
                .columns=${partnerAdminColumns(this.t, canAppoint, (row) => void this.withdrawPartnerAdmin(row))}
                .rows=${rows}
                ?loading=${task.status === TaskStatus.PENDING}
              >
                <span slot="empty">${this.t.msg('partnerAdminsEmpty')}</span>
              </habil-data-table>`,
            )}
          `
        : nothing}
    `;
  }

  private renderAppointFlow(convention: Convention, admins: readonly PartnerAdmin[]) {
    const unavailable = new Map(admins.map((admin) => [admin.accountId, this.t.msg('alreadyPartnerAdmin')]));
    return html`<section id="flow" class="flow" part="flow" aria-labelledby="flow-heading">
      <div class="flow-header">
        <h3 id="flow-heading" tabindex="-1">${this.t.msg('appointHeading')}</h3>
        <button type="button" class="button" @click=${() => void this.closeFlow('#appoint')}>${this.t.msg('closeFlow')}</button>
      </div>
      <p class="guide">${this.t.msg('appointText', convention.partnerName)}</p>
      <habil-person-picker
        show-identifier
        .client=${this.api}
        .scope=${{ conventionId: convention.id, active: true }}
        caption=${this.t.msg('pickerCaptionConvention', convention.label)}
        .unavailable=${unavailable}
        @habil-person-choose=${(event: CustomEvent<PersonChooseDetail>) => void this.appointPartnerAdmin(event.detail.account)}
      ></habil-person-picker>
    </section>`;
  }

  private renderResponsables(me: Me) {
    const task = this.groupsTask;
    const convention = this.convention;
    const canReplace = me.actions.includes('manage-groups');
    const flow = this.flow?.kind === 'replace-responsable' ? this.flow : undefined;
    return html`
      ${this.renderHeading('responsables')} ${this.renderConvention()}
      <p class="hint" part="hint">${this.t.msg('responsablesIntro')}</p>
      <div class="note" part="note" role="note" aria-labelledby="afas-responsable">
        <p id="afas-responsable" class="note-heading">${this.t.msg('afasResponsableHeading')}</p>
        <p>${this.t.msg('afasResponsable')}</p>
      </div>
      ${canReplace ? nothing : html`<p class="note read-only" part="note">${this.t.msg('responsablesReadOnly')}</p>`}
      ${convention
        ? html`
            ${this.renderNotice()} ${flow ? this.renderReplaceFlow(convention, flow.group) : nothing} ${this.renderListError(task)}
            ${this.renderTable(
              task,
              this.t.msg('responsablesCaption', convention.label),
              html`<habil-data-table
                part="table"
                id="groups-table"
                exportparts="row-button, replace-button, secondary"
                caption=${this.t.msg('responsablesCaption', convention.label)}
                caption-hidden
                .columns=${responsableColumns(this.t, canReplace, (group) => void this.openFlow({ kind: 'replace-responsable', group }))}
                .rows=${task.value ?? []}
                ?loading=${task.status === TaskStatus.PENDING}
              >
                <span slot="empty">${this.t.msg('responsablesEmpty')}</span>
              </habil-data-table>`,
            )}
          `
        : nothing}
    `;
  }

  private renderReplaceFlow(convention: Convention, group: Group) {
    const unavailable = new Map([[group.responsable.id, this.t.msg('currentResponsable')]]);
    const invoker = `[data-group-id="${CSS.escape(group.id)}"]`;
    return html`<section id="flow" class="flow" part="flow" aria-labelledby="flow-heading">
      <div class="flow-header">
        <h3 id="flow-heading" tabindex="-1">${this.t.msg('replaceHeading', group.code)}</h3>
        <button
          type="button"
          class="button"
          @click=${async () => {
            this.flow = undefined;
            await this.focusRowButton(invoker);
          }}
        >
          ${this.t.msg('closeFlow')}
        </button>
      </div>
      <p class="guide">${this.t.msg('replaceText', group.responsable.name)}</p>
      <div class="note" part="note" role="note" aria-labelledby="afas-replace">
        <p id="afas-replace" class="note-heading">${this.t.msg('afasReplacedHeading')}</p>
        <p>${this.t.msg('afasReplaced')}</p>
      </div>
      <habil-person-picker
        show-identifier
        .client=${this.api}
        .scope=${{ conventionId: convention.id, active: true }}
        caption=${this.t.msg('pickerCaptionConvention', convention.label)}
        .unavailable=${unavailable}
        @habil-person-choose=${(event: CustomEvent<PersonChooseDetail>) => void this.replaceResponsable(event.detail.account)}
      ></habil-person-picker>
    </section>`;
  }
}
