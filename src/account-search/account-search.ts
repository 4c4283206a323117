import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ProblemError } from '../client/errors.js';
import type { AccountDetail, AccountPatch, DeactivationMode } from '../domain/index.js';
import { HabilElement } from '../internal/habil-element.js';
import { LazyPart, PartLoadError } from '../internal/lazy-part.js';
import { LocalizeController } from '../internal/localize.js';
import type { HabilConfirmDialog } from '../ui/confirm-dialog/confirm-dialog.js';
import type { HabilDeactivationDialog } from '../account-parts/deactivation-dialog.js';
import type { HabilRolePicker } from '../account-parts/role-picker.js';
import type { Actions } from './actions.js';
import { accountSearchStyles } from './account-search.styles.js';
import { BulkController } from './bulk.js';
import { accountSearchMessages } from './messages.js';
import { OutcomeController } from './outcome.js';
import { renderCriteria, renderCriteriaPlaceholder, renderIntro } from './render-criteria.js';
import { renderResults, renderRowMenu, selectionText, type ResultsView } from './render-results.js';
import type { RowAction } from './caf-actions.js';
import { SearchController } from './search.js';
import type { ResultRow } from './search-context.js';
import { yesNoConverter, type AccountSearchFilters } from './search-criteria.js';
import type { AccountSearchWidget } from './widget.js';

// ---- public types -----------------------------------------------------------------------

/** An account as events name it: enough for a host page to find it and to say who it is. */
export interface AccountRef {
  id: string;
  identifier: string;
  /** "NOM Prénom", as the list shows it. */
  name: string;
}

export interface AccountCreatedDetail {
  /** The new account, as the server returned it. */
  account: AccountDetail;
}

export interface AccountUpdatedDetail {
  account: AccountDetail;
  /** The fields the user changed. */
  changes: AccountPatch;
}

export interface AccountsDeactivatedDetail {
  accounts: AccountRef[];
  /** `temporary` (inactif) or `permanent` (supprimé on UCANSS, closed on CAF). */
  mode: DeactivationMode;
  /** CAF: the closing date. */
  closingDate?: string;
  /** Several accounts at once, from the selection. */
  bulk: boolean;
}

export interface AccountsReactivatedDetail {
  accounts: AccountRef[];
  bulk: boolean;
}

export interface AccountAttachedDetail {
  account: AccountDetail;
  /** The organisme the person came from, and the one he now belongs to (the acting person's). */
  fromOrganisme: string;
  toOrganisme: string;
}

export interface RoleChangedDetail {
  accounts: AccountRef[];
  roleId: string;
  roleLabel: string;
  bulk: boolean;
}

export interface IdentifierSentDetail {
  accounts: AccountRef[];
  bulk: boolean;
}

declare module '../internal/events.js' {
  interface HabilEventMap {
    'habil-account-created': CustomEvent<AccountCreatedDetail>;
    'habil-account-updated': CustomEvent<AccountUpdatedDetail>;
    'habil-account-deactivated': CustomEvent<AccountsDeactivatedDetail>;
    'habil-account-reactivated': CustomEvent<AccountsReactivatedDetail>;
    'habil-account-attached': CustomEvent<AccountAttachedDetail>;
    'habil-role-granted': CustomEvent<RoleChangedDetail>;
    'habil-role-revoked': CustomEvent<RoleChangedDetail>;
    'habil-identifier-sent': CustomEvent<IdentifierSentDetail>;
  }
}

export type { AccountSearchFilters } from './search-criteria.js';

/** Below this width (px) the table scrolls sideways: the columns needed to act come first. */
const NARROW_WIDTH = 720;

/**
 * "Gestion des comptes" of the UCANSS portal and "Liste des utilisateurs" of the CAF's Mon Compte
 * Partenaire, as one widget: search the accounts the acting person may see, page through them,
 * select one, several or the whole result ("Tout"), and act on them — details (fiche), history,
 * assign or remove a role, deactivate (temporarily or permanently; a closing date on CAF),
 * reactivate, attach a newcomer to my organisme, create ("Nouveau"), edit, and send the
 * identifier again (CAF). On CAF, the guide's « Autres actions » of a user: « Ajouter à un
 * groupe » and « Gérer l'appartenance de l'utilisateur » (the group page's forms and writes), and
 * « Désactiver un responsable habilitations » (his groups get another responsable before his
 * account is closed, R11).
 *
 * What it says comes in order: the outcome of an action first, in its live region; the page read
 * again after it says nothing (the table is `quiet`), and chatter such as a selection count gives
 * way to an outcome the user has not moved on from.
 *
 * The space (UCANSS or CAF) comes from the acting person (`GET /me`); so do the actions offered:
 * each row offers only what its `actions` allow, and a read-only account (an ADD's, R2) says why.
 * Every search is the server's (never a filter of the rows already loaded); a new search aborts
 * the one under way, and the rows of a previous search are never shown as the answer to a new
 * one. Refusals are explained in words (R1, R2, R6, R7, R9); a change that lost a race with
 * another administrator reloads the account and says so (R15); bulk actions show their progress
 * and report account by account (R10).
 *
 * Criteria can be preset with attributes, e.g. a page of inactive accounts:
 *
 * ```html
 * <habil-account-search active="false"></habil-account-search>
 * ```
 *
 * The page size (10, 25, 50, 100) is remembered in `localStorage` under `<storage-key>.pageSize`.
 *
 * @tag habil-account-search
 *
 * @fires habil-account-created - "Nouveau" created an account. `detail: { account }`.
 * @fires habil-account-updated - "Modifier" saved changes. `detail: { account, changes }`.
 * @fires habil-account-deactivated - Accounts were deactivated or closed. `detail: { accounts, mode, closingDate?, bulk }`.
 * @fires habil-account-reactivated - Accounts were activated again. `detail: { accounts, bulk }`.
 * @fires habil-account-attached - A person was attached to my organisme (R9). `detail: { account, fromOrganisme, toOrganisme }`.
 * @fires habil-role-granted - A role was assigned. `detail: { accounts, roleId, roleLabel, bulk }`.
 * @fires habil-role-revoked - A role was removed. `detail: { accounts, roleId, roleLabel, bulk }`.
 * @fires habil-identifier-sent - The identifier was sent again by e-mail (CAF). `detail: { accounts, bulk }`.
 * @fires habil-member-added - CAF, « Ajouter à un groupe »: the user was attached to a group. `detail: { group, membership }`.
 * @fires habil-member-updated - CAF, « Gérer l'appartenance »: the dates of a membership changed. `detail: { group, membership }`.
 * @fires habil-member-removed - CAF, « Gérer l'appartenance »: the user was detached from a group. `detail: { group, membership }`.
 * @fires habil-group-updated - CAF, « Désactiver un responsable habilitations »: a group got its new responsable. `detail: { group, changes }`.
 *
 * @csspart base - The whole widget.
 * @csspart header - The heading, the "Nouveau" button and the introduction.
 * @csspart heading - The heading ("Gestion des comptes" / "Liste des utilisateurs").
 * @csspart new-button - The "Nouveau" button.
 * @csspart filters - The search form.
 * @csspart search-button - The "Chercher" button.
 * @csspart reset-button - The "Effacer les critères" button.
 * @csspart search-alert - Why the search failed or is not allowed (with "Réessayer" when it can help).
 * @csspart action-alert - Why the last action was refused.
 * @csspart notice - The message of the last action that went through.
 * @csspart results-summary - The number of accounts found.
 * @csspart selection - The selection count and the bulk action buttons.
 * @csspart bulk-button - Each bulk action button.
 * @csspart table - The results `<table>`.
 * @csspart row - A row of results.
 * @csspart row-selected - A selected row (with `row`).
 * @csspart cell - A cell of results.
 * @csspart pagination - The paging controls.
 * @csspart name - The name of a row.
 * @csspart branch - A branch of the organisme, in the "Branches" column.
 * @csspart email-segment - The two halves of an e-mail address, around the "@" where it may break.
 * @csspart phone - A phone number.
 * @csspart add-marker - The "ADD" marker of an Agent de Direction's account.
 * @csspart status-inactive - The status of an account that is not active (inactif, supprimé, clôturé).
 * @csspart read-only-reason - Why a row cannot be changed.
 * @csspart row-actions-button - The "Actions" button of a row.
 * @csspart row-menu - The menu of a row's actions.
 * @csspart row-menu-item - An action of that menu.
 * @csspart bulk - The progress and report of a bulk action.
 * @csspart bulk-progress - The `<progress>` bar.
 * @csspart bulk-report - The report, account by account.
 * @csspart details-dialog - The dialog of the account's record and history.
 * @csspart form-dialog - The dialog of "Nouveau" and "Modifier".
 * @csspart memberships-dialog - CAF: the dialog of « Ajouter à un groupe » and « Gérer l'appartenance de l'utilisateur ».
 * @csspart responsable-dialog - CAF: the dialog naming the new responsables habilitations of a responsable's groups.
 *
 * @cssprop [--habil-account-search-menu-width=19rem] - Width of a row's menu of actions.
 * @cssprop [--habil-account-search-dialog-width=48rem] - Width of the record and form dialogs.
 */
export class HabilAccountSearch extends HabilElement {
  static override styles = [HabilElement.styles, accountSearchStyles];

  /** Preset "Nom" (start of the last name; accents and case ignored). */
  @property()
  nom = '';

  /** Preset "Prénom". */
  @property()
  prenom = '';

  /** Preset "Identifiant / e-mail" (part of the identifier or of the professional e-mail). */
  @property()
  identifier = '';

  /** Preset "Personne dans mon organisme" (UCANSS): `true`, `false` (to attach a newcomer, R9), absent for "Indifférent". */
  @property({ attribute: 'in-my-organisme', converter: yesNoConverter })
  inMyOrganisme?: boolean;

  /** Preset "Compte actif / inactif" (CAF: ouvert / clôturé): `true`, `false`, absent for "Indifférent". */
  @property({ converter: yesNoConverter })
  active?: boolean;

  /** Preset "Avec ADD" (UCANSS): `true`, `false`, absent for "Indifférent". */
  @property({ converter: yesNoConverter })
  add?: boolean;

  /** Preset "Rôle sélectionné" (UCANSS): a role id of the catalogue. */
  @property({ attribute: 'role-id' })
  roleId = '';

  /** Preset "Personnes ayant le rôle": with `role-id`, those who hold it (default) or, with `false`, those who do not. */
  @property({ attribute: 'has-role', converter: yesNoConverter })
  hasRole?: boolean;

  /** Preset "Sélectionner un groupe" (CAF): a group id of the convention. */
  @property({ attribute: 'group-id' })
  groupId = '';

  /** CAF: the convention whose users are listed (default: the acting person's first convention). */
  @property({ attribute: 'convention-id' })
  conventionId = '';

  /** The `localStorage` key under which the page size is remembered (`<key>.pageSize`). */
  @property({ attribute: 'storage-key' })
  storageKey = 'habil-account-search';

  /** The widget is narrower than the table: the name, the actions and the status come first. */
  private narrow = false;

  private readonly t = new LocalizeController(this, accountSearchMessages);
  /** What the pieces below need of this element. */
  private readonly widget = this.widgetPort();
  /** What the first screen does not show, loaded the first time the administrator asks for it. */
  private readonly parts = {
    // Asked for by the row's actions and by the bulk actions (the account parts' loaders come with the first).
    rolePicker: new LazyPart(this, async () => (await import('../account-parts/lazy.js')).loadRolePicker()),
    deactivation: new LazyPart(this, async () => (await import('../account-parts/lazy.js')).loadDeactivationDialog()),
    // What the actions do, with a row's menu, the record and the form (and their dialogs' parts): asked for when a row's « Actions » or « Nouveau » is reached.
    actions: new LazyPart(this, async () => (await import('./actions.js')).createActions(this.widget, this.search, this.outcome)),
  };
  /** The row whose menu waits for the actions' code. */
  private menuPending: ResultRow | undefined;
  private readonly search = new SearchController(this.widget, {
    conventionId: () => this.conventionId,
    storageKey: () => this.storageKey,
    onResults: () => this.parts.actions.module?.menu.close(false),
    onAllSelectedChange: () => void this.outcome.announce(selectionText(this.t, this.search), { minor: true }),
  });
  private readonly outcome = new OutcomeController(this.widget);
  private readonly bulk = new BulkController(this.widget, this.search, this.outcome);
  private readonly resizeObserver = new ResizeObserver(([entry]) => {
    const narrow = (entry?.contentRect.width ?? Infinity) < NARROW_WIDTH;
    if (narrow !== this.narrow) {
      this.narrow = narrow;
      this.requestUpdate();
    }
  });

  private widgetPort(): AccountSearchWidget {
    return {
      host: this,
      root: () => this.renderRoot,
      api: () => this.api,
      t: this.t,
      emit: (type, detail) => void this.emit(type, detail),
      confirmDialog: async () => {
        await this.updateComplete;
        return this.renderRoot.querySelector<HabilConfirmDialog>('#confirm')!;
      },
      rolePicker: () => this.partElement<HabilRolePicker>(this.parts.rolePicker, '#role-picker'),
      deactivationDialog: () => this.partElement<HabilDeactivationDialog>(this.parts.deactivation, '#deactivation'),
      ready: (part) => this.ready(part),
      partElement: (part, selector) => this.partElement(part, selector),
    };
  }

  /** Loads a part; when it cannot be loaded, the action's alert says so (the action can be asked again). */
  private async ready(part: LazyPart): Promise<boolean> {
    if (await part.load()) {
      // Asked again, it came: what said it could not is over.
      if (this.outcome.refusal?.error instanceof PartLoadError) this.outcome.clear();
      return true;
    }
    this.outcome.refuseAs(part.error, '');
    return false;
  }

  /** The actions, once their code is loaded and their dialogs are in the page; undefined when it could not be loaded (the widget said so). */
  private async act(): Promise<Actions | undefined> {
    const first = !this.parts.actions.loaded;
    if (!(await this.ready(this.parts.actions))) return undefined;
    // The first time, their dialogs are drawn before an action opens one.
    if (first) await this.updateComplete;
    return this.parts.actions.module;
  }

  /** The menu of a row opens once the actions' code is there; until then, another click on « Actions » waits with the first. */
  private async toggleMenu(row: ResultRow, invoker: HTMLElement): Promise<void> {
    if (this.menuPending) return;
    if (!this.parts.actions.loaded) {
      this.menuPending = row;
      const actions = await this.act();
      this.menuPending = undefined;
      if (!actions || !invoker.isConnected) return;
    }
    void this.parts.actions.module?.menu.toggle(row, invoker);
  }

  private renderMenuItems(row: ResultRow) {
    const run = (action: RowAction) => {
      // Focus goes back to the row's button first, so that the dialogs give it back there when they close.
      this.parts.actions.module?.menu.close(true);
      this.parts.actions.module?.rows.run(action, row);
    };
    return this.parts.actions.module?.renderMenu(this.search.context, row, run) ?? nothing;
  }

  private prefetchActions(): void {
    this.parts.actions.prefetch();
  }

  /** A dialog the page renders once its part is loaded. */
  private async partElement<E extends Element>(part: LazyPart, selector: string): Promise<E | undefined> {
    if (!(await this.ready(part))) return undefined;
    await this.updateComplete;
    return this.renderRoot.querySelector<E>(selector) ?? undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver.disconnect();
  }

  protected override updated(): void {
    // A row is selected: so does what the bulk actions do.
    if (this.search.selectionSize > 0) this.bulk.prefetch();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const presets = ['nom', 'prenom', 'identifier', 'inMyOrganisme', 'active', 'add', 'roleId', 'hasRole', 'groupId'] as const;
    if (presets.some((name) => changed.has(name))) this.search.preset(this.presetFilters(), !this.hasUpdated);
  }

  private presetFilters(): AccountSearchFilters {
    return {
      nom: this.nom ?? '',
      prenom: this.prenom ?? '',
      identifier: this.identifier ?? '',
      inMyOrganisme: this.inMyOrganisme,
      active: this.active,
      add: this.add,
      roleId: this.roleId ?? '',
      hasRole: this.hasRole ?? true,
      groupId: this.groupId ?? '',
    };
  }

  protected override render() {
    const { search, outcome } = this;
    const context = search.context;
    const caf = context?.space === 'caf';
    const error = search.error;
    // Not allowed (R1): no criteria to fill, nothing to retry; the server's reason says why.
    const forbidden = error instanceof ProblemError && error.status === 403;
    const view: ResultsView = {
      t: this.t,
      search,
      bulk: this.bulk,
      menu: this.parts.actions.module?.menu,
      toggleMenu: (row, invoker) => void this.toggleMenu(row, invoker),
      menuItems: (row) => this.renderMenuItems(row),
      prefetchActions: () => this.prefetchActions(),
      menuOpening: this.parts.actions.busy ? this.menuPending?.id : undefined,
      narrow: this.narrow,
    };
    const actions = this.parts.actions.module;
    const opening = this.parts.actions.busy || !!actions?.dialogs.parts.form.busy;
    const refusal = outcome.refusal;
    // Before the context: the room of what comes above the results, so that they do not move when it comes.
    const placeholder = !context && !error;
    // Not a landmark: the page that embeds the widget names its own region (« Gestion des comptes »), and a
    // second one of the same name inside it would only repeat it; the heading gives the structure.
    return html`
      <div part="base">
        <div class="header" part="header">
          <h2 id="heading" part="heading">${this.t.msg(caf ? 'headingCaf' : 'headingUcanss')}</h2>
          ${context?.me.actions.includes('create-account') && !forbidden
            ? html`<button
                type="button"
                class="button button--primary"
                part="new-button"
                aria-disabled=${opening ? 'true' : 'false'}
                @focus=${() => this.prefetchActions()}
                @pointerenter=${() => this.prefetchActions()}
                @click=${() => {
                  if (!opening) void this.act().then((ready) => ready?.dialogs.openForm('create'));
                }}
              >
                ${this.t.msg(caf ? 'newAccountCaf' : 'newAccount')}
              </button>`
            : placeholder
              ? html`<span class="placeholder" .inert=${true}><button type="button" class="button button--primary">${this.t.msg('newAccount')}</button></span>`
              : nothing}
        </div>
        ${context && !forbidden ? renderIntro(this.t, context) : nothing}
        ${context && !forbidden ? renderCriteria(this.t, search, context) : placeholder ? renderCriteriaPlaceholder(this.t, search) : nothing}
        <div class="messages ${error || outcome.any ? '' : 'quiet'}">
          <habil-alert
            part="search-alert"
            heading=${forbidden ? this.t.msg('forbiddenHeading') : ''}
            .error=${error}
            ?retryable=${!!error && !forbidden}
            @habil-retry=${() => search.retry()}
          ></habil-alert>
          <habil-alert part="action-alert" .error=${refusal?.error} heading=${refusal?.heading ?? ''}>
            ${refusal?.changedMeanwhile?.length && actions ? actions.renderChangedMeanwhile(refusal.changedMeanwhile) : nothing}
            ${refusal?.detail ? html`<p>${refusal.detail}</p>` : nothing}
          </habil-alert>
          <div class="notice ${outcome.notice ? 'filled' : ''}" part="notice">
            <habil-live-region id="announcer" ?visible=${!!outcome.notice}></habil-live-region>
          </div>
        </div>
        ${this.bulk.render()} ${error ? nothing : renderResults(view, context)}
        ${renderRowMenu(view)}
        ${actions ? actions.render(this.locale.msg('close'), context) : nothing}
        ${actions || this.bulk.loaded ? html`<habil-confirm-dialog id="confirm"></habil-confirm-dialog>` : nothing}
        ${this.parts.rolePicker.loaded ? html`<habil-role-picker id="role-picker"></habil-role-picker>` : nothing}
        ${this.parts.deactivation.loaded ? html`<habil-deactivation-dialog id="deactivation"></habil-deactivation-dialog>` : nothing}
      </div>
    `;
  }
}
