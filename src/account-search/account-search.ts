import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { ProblemError } from '../client/errors.js';
import type { HabilClient } from '../client/types.js';
import {
  ACCOUNT_STATUS_LABELS,
  DELEGATED_ROLE_ID,
  type AccountAction,
  type AccountDetail,
  type AccountDraft,
  type AccountPatch,
  type AccountSortField,
  type AccountSummary,
  type Application,
  type BulkAccountAction,
  type Convention,
  type Deactivation,
  type DeactivationMode,
  type FieldError,
  type Group,
  type HistoryEntry,
  type Me,
  type PageOf,
  type ProblemCode,
  type Space,
} from '../domain/index.js';
import { HabilElement } from '../internal/habil-element.js';
import { LocalizeController } from '../internal/localize.js';
import { describeError, describeProblem } from '../internal/problem-text.js';
import type { HabilConfirmDialog } from '../ui/confirm-dialog/confirm-dialog.js';
import type { DataTableColumn, HabilDataTable, PageChangeDetail, SelectionChangeDetail, SortChangeDetail } from '../ui/data-table/data-table.js';
import type { HabilField } from '../ui/field/field.js';
import type { HabilLiveRegion } from '../ui/live-region/live-region.js';
import { accountSearchStyles } from './account-search.styles.js';
import { refOf, runBulk, type BulkProgress } from './bulk-run.js';
import { accountSearchMessages } from './messages.js';
import type { AccountFormSubmitDetail } from '../account-parts/account-form.js';
import type { HabilDeactivationDialog } from '../account-parts/deactivation-dialog.js';
import type { HabilRolePicker } from '../account-parts/role-picker.js';
import { RowMenuController } from './row-menu.js';
import { changedFields } from './changed-fields.js';
import {
  accountQuery,
  criteriaKey,
  NO_CRITERIA,
  sortOf,
  yesNoConverter,
  type AccountSearchFilters,
  type AccountSort,
} from './search-criteria.js';

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

// ---- internal shapes --------------------------------------------------------------------

interface SearchContext {
  me: Me;
  space: Space;
  /** Every application of the space, with its roles. */
  applications: Application[];
  /** CAF: the convention the list is of, and its groups. */
  convention?: Convention;
  groups: Group[];
}

interface ResultRow extends AccountSummary {
  name: string;
}

interface LoadedPage {
  filters: AccountSearchFilters;
  key: string;
  page: PageOf<AccountSummary>;
  rows: ResultRow[];
}

interface DetailsView {
  row: ResultRow;
  view: 'details' | 'history';
  account?: AccountDetail;
  history?: HistoryEntry[];
  error?: unknown;
}

interface FormState {
  mode: 'create' | 'edit';
  account?: AccountDetail;
  submitting: boolean;
  serverErrors: FieldError[];
  error?: unknown;
  errorHeading?: string;
  /** After a stale write: what the other person saved, field by field. */
  changedMeanwhile?: [field: string, value: string][];
}

/** A bulk action under way or done, with its words. */
interface BulkState {
  action: BulkAccountAction;
  title: string;
  progress: BulkProgress;
}

const DEBOUNCE_MS = 300;
/** Below this width (px) the table scrolls sideways: the columns needed to act come first. */
const NARROW_WIDTH = 720;
const PAGE_SIZES = [10, 25, 50, 100] as const;
const ACTION_ORDER: AccountAction[] = ['view', 'grant', 'revoke', 'history', 'edit', 'deactivate', 'reactivate', 'attach', 'resend-identifier'];

/** The field of the contract's sort for each sortable column. */
const SORT_FIELDS: Record<string, AccountSortField> = {
  name: 'nom',
  prenom: 'prenom',
  organismeName: 'organismeName',
  emailPro: 'emailPro',
  status: 'status',
  openingDate: 'openingDate',
};


/** "Branche Retraite" is "Retraite" under the header "Branches". */
function branchName(branch: string): string {
  return branch.replace(/^Branche\s+/i, '');
}

function nameOf(account: Pick<AccountSummary, 'nom' | 'prenom'>): string {
  return `${account.nom} ${account.prenom}`;
}

function rowOf(account: AccountSummary): ResultRow {
  return { ...account, name: nameOf(account) };
}

async function loadContext(api: HabilClient, conventionId: string | undefined, signal: AbortSignal): Promise<SearchContext> {
  const [me, catalogue] = await Promise.all([api.call('getMe', {}, { signal }), api.call('listApplications', {}, { signal })]);
  const space = me.account.space;
  const applications = catalogue.filter((application) => application.space === space);
  if (space === 'ucanss') return { me, space, applications, groups: [] };
  const id = conventionId || me.conventionIds[0];
  if (!id) return { me, space, applications, groups: [] };
  const [convention, groups] = await Promise.all([
    api.call('getConvention', { params: { id } }, { signal }),
    api.call('listGroups', { params: { id } }, { signal }),
  ]);
  return { me, space, applications, convention, groups };
}

/**
 * "Gestion des comptes" of the UCANSS portal and "Liste des utilisateurs" of the CAF's Mon Compte
 * Partenaire, as one widget: search the accounts the acting person may see, page through them,
 * select one, several or the whole result ("Tout"), and act on them — details (fiche), history,
 * assign or remove a role, deactivate (temporarily or permanently; a closing date on CAF),
 * reactivate, attach a newcomer to my organisme, create ("Nouveau"), edit, and send the
 * identifier again (CAF).
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

  /** The criteria on the form, and those of the search (the same but while typing pauses). */
  @state() private draft: AccountSearchFilters = { ...NO_CRITERIA };
  @state() private committed: AccountSearchFilters = this.draft;
  @state() private pageNumber = 1;
  @state() private pageSize: number = PAGE_SIZES[0];
  @state() private sort: AccountSort = 'nom';
  @state() private shown?: LoadedPage;
  @state() private selection = new Map<string, ResultRow>();
  @state() private allSelected = false;
  @state() private actionError?: { error: unknown; heading: string; changedMeanwhile?: [string, string][] };
  @state() private notice = '';
  @state() private details?: DetailsView;
  @state() private form?: FormState;
  @state() private formSerial = 0;
  @state() private bulk?: BulkState;
  private bulkStopRequested = false;
  /** The widget is narrower than the table: the name, the actions and the status come first. */
  @state() private narrow = false;

  @query('#confirm') private confirmDialog!: HabilConfirmDialog;
  @query('#role-picker') private rolePicker!: HabilRolePicker;
  @query('#deactivation') private deactivationDialog!: HabilDeactivationDialog;
  @query('#details-dialog') private detailsDialog!: HTMLDialogElement;
  @query('#form-dialog') private formDialog!: HTMLDialogElement;
  @query('#announcer') private announcer!: HabilLiveRegion;
  @query('#results-heading') private resultsHeading?: HTMLElement;

  private readonly t = new LocalizeController(this, accountSearchMessages);
  private readonly menu = new RowMenuController<ResultRow>(this, () => this.renderRoot.querySelector('#row-menu'));
  private readonly resizeObserver = new ResizeObserver(([entry]) => {
    const narrow = (entry?.contentRect.width ?? Infinity) < NARROW_WIDTH;
    if (narrow !== this.narrow) this.narrow = narrow;
  });
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;

  private readonly contextTask = new Task(this, {
    task: ([api, conventionId], { signal }) => loadContext(api, conventionId, signal),
    args: () => [this.api, this.conventionId] as const,
  });

  private readonly searchTask = new Task(this, {
    task: async ([context, filters, page, pageSize, sort], { signal }) => {
      if (!context) return initialState;
      const query = { ...accountQuery(filters, context.space, context.convention?.id), page, pageSize, sort };
      const result = await this.api.call('searchAccounts', { query }, { signal });
      return { filters, key: criteriaKey(filters), page: result, rows: result.items.map(rowOf) } satisfies LoadedPage;
    },
    args: () => [this.contextTask.value, this.committed, this.pageNumber, this.pageSize, this.sort] as const,
    // Called for the latest run only: an answer to an older search never reaches the screen.
    onComplete: (loaded) => {
      this.shown = loaded;
      this.menu.close(false);
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    const remembered = Number(this.readStorage());
    if ((PAGE_SIZES as readonly number[]).includes(remembered)) this.pageSize = remembered;
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.debounceTimer);
    this.resizeObserver.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const presets = ['nom', 'prenom', 'identifier', 'inMyOrganisme', 'active', 'add', 'roleId', 'hasRole', 'groupId'] as const;
    if (!presets.some((name) => changed.has(name))) return;
    this.draft = this.presetFilters();
    if (this.hasUpdated) this.commit();
    else this.committed = this.draft;
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

  private readStorage(): string | null {
    try {
      return localStorage.getItem(`${this.storageKey}.pageSize`);
    } catch {
      return null;
    }
  }

  private writeStorage(pageSize: number): void {
    try {
      localStorage.setItem(`${this.storageKey}.pageSize`, String(pageSize));
    } catch {
      // Storage refused (private mode, quota): the size is simply not remembered.
    }
  }

  // ---- search ---------------------------------------------------------------------------

  private get context(): SearchContext | undefined {
    return this.contextTask.value;
  }

  /** Makes the draft criteria the search's, at once; a new search starts from its first page and an empty selection. */
  private commit(): void {
    clearTimeout(this.debounceTimer);
    if (criteriaKey(this.draft) === criteriaKey(this.committed)) return;
    this.committed = { ...this.draft };
    this.pageNumber = 1;
    this.clearSelection();
  }

  private setDraft(change: Partial<AccountSearchFilters>, { debounce = false } = {}): void {
    this.draft = { ...this.draft, ...change };
    clearTimeout(this.debounceTimer);
    if (debounce) this.debounceTimer = setTimeout(() => this.commit(), DEBOUNCE_MS);
    else this.commit();
  }

  private onTextInput(event: Event): void {
    const field = event.target as HabilField;
    const name = field.name as 'nom' | 'prenom' | 'identifier';
    this.setDraft({ [name]: field.value }, { debounce: true });
  }

  private onFiltersKeydown(event: KeyboardEvent): void {
    // The inputs live in the fields' shadow roots, out of reach of the form's implicit submission.
    if (event.key === 'Enter' && event.target instanceof HTMLElement && event.target.localName === 'habil-field') {
      const type = (event.target as HabilField).type;
      if (type !== 'select' && type !== 'textarea') {
        event.preventDefault();
        (event.currentTarget as HTMLFormElement).requestSubmit();
      }
    }
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const unchanged = criteriaKey(this.draft) === criteriaKey(this.committed);
    this.commit();
    // "Chercher" with the same criteria asks the server again: someone may have changed the accounts.
    if (unchanged) void this.searchTask.run();
  }

  private resetFilters(): void {
    this.draft = { ...NO_CRITERIA };
    this.commit();
  }

  private onSortChange(event: CustomEvent<SortChangeDetail>): void {
    const field = SORT_FIELDS[event.detail.key] ?? 'nom';
    this.sort = sortOf(field, event.detail.direction === 'descending');
    this.pageNumber = 1;
  }

  private onPageChange(event: CustomEvent<PageChangeDetail>): void {
    if (event.detail.pageSize !== this.pageSize) {
      this.pageSize = event.detail.pageSize;
      this.writeStorage(this.pageSize);
    }
    this.pageNumber = event.detail.page;
  }

  private retry(): void {
    if (this.contextTask.status === TaskStatus.ERROR) void this.contextTask.run();
    else void this.searchTask.run();
  }

  /**
   * Asks the server for the current page again, keeping it on screen meanwhile. When the row
   * that had focus is gone from the new page (attached elsewhere, filtered out), focus goes to
   * the results heading rather than to the page's body.
   */
  private async refresh(): Promise<void> {
    const hadFocus = this.matches(':focus-within');
    await this.searchTask.run();
    await this.updateComplete;
    await this.renderRoot.querySelector<HabilDataTable>('habil-data-table')?.updateComplete;
    if (hadFocus && !this.matches(':focus-within')) this.resultsHeading?.focus();
  }

  // ---- selection ------------------------------------------------------------------------

  private clearSelection(): void {
    if (this.selection.size === 0 && !this.allSelected) return;
    this.selection = new Map();
    this.allSelected = false;
  }

  private onSelectionChange(event: CustomEvent<SelectionChangeDetail>): void {
    const rows = new Map((this.shown?.rows ?? []).map((row) => [row.id, row]));
    const next = new Map<string, ResultRow>();
    for (const id of event.detail.selected) {
      const row = rows.get(id) ?? this.selection.get(id);
      if (row) next.set(id, row);
    }
    const wasAll = this.allSelected;
    this.selection = next;
    this.allSelected = event.detail.all;
    if (this.allSelected !== wasAll) void this.announce(this.selectionText());
  }

  private get selectedCount(): number {
    return this.allSelected ? (this.shown?.page.total ?? 0) : this.selection.size;
  }

  private selectionText(): string {
    const count = this.selectedCount;
    if (count === 0) return this.t.msg('selectionNone');
    const n = this.t.formatNumber(count);
    return this.allSelected ? this.t.msg('selectionAll', n) : this.t.msg('selectionSome', n);
  }

  // ---- messages -------------------------------------------------------------------------

  /** Says `text` in the live region; `visible` also shows it, as the outcome of an action. */
  private async announce(text: string, visible = false): Promise<void> {
    this.notice = visible ? text : '';
    await this.updateComplete;
    await this.announcer?.announce(text);
  }

  private clearMessages(): void {
    this.actionError = undefined;
    this.notice = '';
  }

  private refuse(error: unknown, name: string, changedMeanwhile?: [string, string][]): void {
    const text = describeError(error, this.t.lang);
    this.notice = '';
    this.actionError = { error, heading: this.t.msg('refusedFor', text.title, name), ...(changedMeanwhile ? { changedMeanwhile } : {}) };
  }

  // ---- the menu of a row ----------------------------------------------------------------

  private actionsOf(row: AccountSummary): AccountAction[] {
    const allowed = new Set(row.actions);
    return ACTION_ORDER.filter((action) => allowed.has(action));
  }

  private actionLabel(action: AccountAction): string {
    const caf = this.context?.space === 'caf';
    switch (action) {
      case 'view':
        return this.t.msg('actionView');
      case 'grant':
        return this.t.msg('actionGrant');
      case 'revoke':
        return this.t.msg('actionRevoke');
      case 'history':
        return this.t.msg('actionHistory');
      case 'edit':
        return this.t.msg('actionEdit');
      case 'deactivate':
        return this.t.msg(caf ? 'actionDeactivateCaf' : 'actionDeactivate');
      case 'reactivate':
        return this.t.msg('actionReactivate');
      case 'attach':
        return this.t.msg('actionAttach');
      case 'resend-identifier':
        return this.t.msg('actionResend');
    }
  }

  private readOnlyText(reason: string): string {
    if (reason === 'add-account-read-only') return this.t.msg('readOnlyAdd');
    if (reason === 'out-of-scope') return this.t.msg('readOnlyScope');
    if (reason === 'privileged-account') return this.t.msg('readOnlyPrivileged');
    if (reason === 'forbidden') return this.t.msg('readOnlyProfile');
    return this.t.msg('readOnlyFallback');
  }

  private runRowAction(action: AccountAction, row: ResultRow): void {
    // Focus goes back to the row's button first, so that the dialogs give it back there when they close.
    this.menu.close(true);
    this.clearMessages();
    switch (action) {
      case 'view':
      case 'history':
        void this.openDetails(row, action === 'view' ? 'details' : 'history');
        break;
      case 'grant':
        void this.grant(row);
        break;
      case 'revoke':
        void this.revoke(row);
        break;
      case 'edit':
        void this.openForm('edit', row);
        break;
      case 'deactivate':
        void this.deactivate(row);
        break;
      case 'reactivate':
        void this.reactivate(row);
        break;
      case 'attach':
        void this.attach(row);
        break;
      case 'resend-identifier':
        void this.resendIdentifier(row);
        break;
    }
  }

  // ---- actions on one account -----------------------------------------------------------

  /** Puts the account as the server now has it in place of its row. */
  private replaceRow(account: AccountSummary): void {
    const shown = this.shown;
    if (!shown) return;
    const index = shown.rows.findIndex((row) => row.id === account.id);
    if (index < 0) return;
    const rows = [...shown.rows];
    rows[index] = rowOf(account);
    this.shown = { ...shown, rows };
    if (this.selection.has(account.id)) this.selection = new Map(this.selection).set(account.id, rows[index]!);
  }

  /**
   * Runs a change of one account and explains a refusal. A stale write (R15) reloads the
   * account, puts it in its row and says so; the caller gets undefined in every failure.
   */
  private async change<T>(row: ResultRow, call: () => Promise<T>): Promise<T | undefined> {
    try {
      return await call();
    } catch (error) {
      if (error instanceof ProblemError && error.isStaleWrite) {
        await this.reload(row, error);
        return undefined;
      }
      this.refuse(error, row.name);
      return undefined;
    }
  }

  private async reload(row: ResultRow, staleWrite: ProblemError): Promise<void> {
    try {
      const fresh = await this.api.call('getAccount', { params: { id: row.id } });
      this.replaceRow(fresh);
      this.refuse(staleWrite, row.name, changedFields(row, fresh, this.t.lang));
    } catch (error) {
      this.refuse(error, row.name);
    }
  }

  private async openDetails(row: ResultRow, view: 'details' | 'history'): Promise<void> {
    this.details = { row, view };
    await this.updateComplete;
    if (!this.detailsDialog.open) this.detailsDialog.showModal();
    await this.loadDetails(view);
  }

  private async loadDetails(view: 'details' | 'history'): Promise<void> {
    const details = this.details;
    if (!details) return;
    this.details = { ...details, view, error: undefined };
    try {
      const id = details.row.id;
      const [account, history] = await Promise.all([
        details.account ?? this.api.call('getAccount', { params: { id } }),
        view === 'history' ? (details.history ?? this.api.call('accountHistory', { params: { id } })) : details.history,
      ]);
      if (this.details?.row.id !== id) return;
      this.details = { ...this.details, account, ...(history ? { history } : {}) };
      this.replaceRow(account);
    } catch (error) {
      if (this.details) this.details = { ...this.details, error };
    }
  }

  private closeDetails(): void {
    this.detailsDialog.close();
  }

  /**
   * The applications with the roles this person may give, as the server says (`GET /me`, the
   * same check as every grant: R3, R12, R13, R16); on CAF, those of the convention shown.
   */
  private grantableApplications(): Application[] {
    const context = this.context;
    if (!context) return [];
    const allowed = new Set(context.me.grantableRoleIds);
    const offered = context.space === 'caf' ? new Set(context.convention?.services.flatMap((service) => service.roles.map((role) => role.id)) ?? []) : undefined;
    return context.applications
      .map((application) => ({ ...application, roles: application.roles.filter((role) => allowed.has(role.id) && (!offered || offered.has(role.id))) }))
      .filter((application) => application.roles.length > 0);
  }

  /** Every role of the space but local administration, which follows the delegation (R13). */
  private revocableApplications(): Application[] {
    return (this.context?.applications ?? []).map((application) => ({
      ...application,
      roles: application.roles.filter((role) => role.id !== DELEGATED_ROLE_ID),
    }));
  }

  private roleLabel(roleId: string): string {
    for (const application of this.context?.applications ?? []) {
      const role = application.roles.find((r) => r.id === roleId);
      if (role) return role.label;
    }
    return roleId;
  }

  private async grant(row: ResultRow): Promise<void> {
    const account = await this.change(row, () => this.api.call('getAccount', { params: { id: row.id } }));
    if (!account) return;
    this.replaceRow(account);
    // The server lists what this person may give this account, with the same check as the grant.
    const roleIds = account.grantableRoleIds;
    const applications = this.context?.applications ?? [];
    if (roleIds.length === 0) {
      void this.announce(this.t.msg('nothingToGrant', row.name), true);
      return;
    }
    const roleId = await this.rolePicker.choose({
      heading: this.t.msg('pickGrant', row.name),
      applications,
      roleIds,
      confirmLabel: this.t.msg('grantLabel'),
    });
    if (!roleId) return;
    const updated = await this.change(row, () => this.api.call('grantRole', { params: { id: row.id }, body: { roleId }, ifMatch: account.version }));
    if (!updated) return;
    this.replaceRow(updated);
    const roleLabel = this.roleLabel(roleId);
    void this.announce(this.t.msg('granted', roleLabel, row.name), true);
    this.emit('habil-role-granted', { accounts: [refOf(updated)], roleId, roleLabel, bulk: false });
    void this.refresh();
  }

  private async revoke(row: ResultRow): Promise<void> {
    const account = await this.change(row, () => this.api.call('getAccount', { params: { id: row.id } }));
    if (!account) return;
    this.replaceRow(account);
    const roleIds = account.grants.filter((grant) => grant.removable && grant.source !== 'groupe' && grant.roleId !== DELEGATED_ROLE_ID).map((grant) => grant.roleId);
    if (roleIds.length === 0) {
      void this.announce(this.t.msg('nothingToRevoke', row.name), true);
      return;
    }
    const roleId = await this.rolePicker.choose({
      heading: this.t.msg('pickRevoke', row.name),
      description: this.t.msg('confirmRevokeText'),
      applications: this.revocableApplications(),
      roleIds,
      confirmLabel: this.t.msg('confirmRevokeLabel'),
      danger: true,
    });
    if (!roleId) return;
    const updated = await this.change(row, () => this.api.call('revokeRole', { params: { id: row.id, roleId }, ifMatch: account.version }));
    if (!updated) return;
    this.replaceRow(updated);
    const roleLabel = this.roleLabel(roleId);
    void this.announce(this.t.msg('revoked', roleLabel, row.name), true);
    this.emit('habil-role-revoked', { accounts: [refOf(updated)], roleId, roleLabel, bulk: false });
    void this.refresh();
  }

  private async deactivate(row: ResultRow): Promise<void> {
    const context = this.context;
    if (!context) return;
    // On CAF, the record names the Afas profiles still held, which must go before closing (R6).
    const account = context.space === 'caf' ? await this.change(row, () => this.api.call('getAccount', { params: { id: row.id } })) : row;
    if (!account) return;
    const deactivation = await this.deactivationDialog.ask({ account, space: context.space, today: context.me.today });
    if (!deactivation) return;
    const updated = await this.change(row, () =>
      this.api.call('deactivateAccount', { params: { id: row.id }, body: deactivation, ifMatch: account.version }),
    );
    if (!updated) return;
    this.replaceRow(updated);
    void this.announce(this.deactivatedText(row.name, deactivation, context.space), true);
    this.emit('habil-account-deactivated', {
      accounts: [refOf(updated)],
      mode: deactivation.mode,
      ...(deactivation.closingDate ? { closingDate: deactivation.closingDate } : {}),
      bulk: false,
    });
    void this.refresh();
  }

  private deactivatedText(name: string, deactivation: Deactivation, space: Space): string {
    if (space === 'caf') return this.t.msg('closedCaf', name, this.t.formatDate(deactivation.closingDate ?? this.context?.me.today));
    return this.t.msg(deactivation.mode === 'permanent' ? 'deactivatedPermanent' : 'deactivatedTemporary', name);
  }

  private async reactivate(row: ResultRow): Promise<void> {
    const confirmed = await this.confirmDialog.ask({
      heading: this.t.msg('confirmReactivate', row.name),
      message: this.t.msg('confirmReactivateText'),
      confirmLabel: this.t.msg('confirmReactivateLabel'),
    });
    if (!confirmed) return;
    const updated = await this.change(row, () => this.api.call('reactivateAccount', { params: { id: row.id }, ifMatch: row.version }));
    if (!updated) return;
    this.replaceRow(updated);
    void this.announce(this.t.msg('reactivated', row.name), true);
    this.emit('habil-account-reactivated', { accounts: [refOf(updated)], bulk: false });
    void this.refresh();
  }

  private async attach(row: ResultRow): Promise<void> {
    const confirmed = await this.confirmDialog.ask({
      heading: this.t.msg('confirmAttach', row.name),
      message: this.t.msg('confirmAttachText'),
      confirmLabel: this.t.msg('confirmAttachLabel'),
    });
    if (!confirmed) return;
    const updated = await this.change(row, () => this.api.call('attachAccount', { params: { id: row.id }, ifMatch: row.version }));
    if (!updated) return;
    this.replaceRow(updated);
    void this.announce(this.t.msg('attached', row.name, updated.organismeName), true);
    this.emit('habil-account-attached', { account: updated, fromOrganisme: row.organismeName, toOrganisme: updated.organismeName });
    // Attached, the person leaves a search "outside my organisme": the row may go.
    void this.refresh();
  }

  private async resendIdentifier(row: ResultRow): Promise<void> {
    const confirmed = await this.confirmDialog.ask({
      heading: this.t.msg('confirmResend', row.name),
      message: this.t.msg('confirmResendText', row.identifier, row.emailPro),
      confirmLabel: this.t.msg('confirmResendLabel'),
    });
    if (!confirmed) return;
    const sent = await this.change(row, async () => {
      await this.api.call('resendIdentifier', { params: { id: row.id } });
      return true;
    });
    if (!sent) return;
    void this.announce(this.t.msg('identifierSent', row.name, row.emailPro), true);
    this.emit('habil-identifier-sent', { accounts: [refOf(row)], bulk: false });
  }

  // ---- "Nouveau" and "Modifier" ---------------------------------------------------------

  private async openForm(mode: 'create' | 'edit', row?: ResultRow): Promise<void> {
    let account: AccountDetail | undefined;
    if (row) {
      account = await this.change(row, () => this.api.call('getAccount', { params: { id: row.id } }));
      if (!account) return;
      this.replaceRow(account);
    }
    this.clearMessages();
    this.formSerial += 1;
    this.form = { mode, ...(account ? { account } : {}), submitting: false, serverErrors: [] };
    await this.updateComplete;
    if (!this.formDialog.open) this.formDialog.showModal();
  }

  private async onFormSubmit(event: CustomEvent<AccountFormSubmitDetail>): Promise<void> {
    const form = this.form;
    const context = this.context;
    if (!form || !context || form.submitting) return;
    this.form = { ...form, submitting: true, error: undefined, changedMeanwhile: undefined };
    const { draft, patch } = event.detail;
    try {
      if (form.mode === 'create' && draft) {
        const body: AccountDraft = context.space === 'caf' && context.convention ? { ...draft, conventionId: draft.conventionId ?? context.convention.id } : draft;
        const account = await this.api.call('createAccount', { body });
        this.closeForm();
        void this.announce(this.t.msg('created', nameOf(account)), true);
        this.emit('habil-account-created', { account });
      } else if (form.mode === 'edit' && patch && form.account) {
        const account = await this.api.call('updateAccount', { params: { id: form.account.id }, body: patch, ifMatch: form.account.version });
        this.closeForm();
        this.replaceRow(account);
        void this.announce(this.t.msg('updated', nameOf(account)), true);
        this.emit('habil-account-updated', { account, changes: patch });
      }
      void this.refresh();
    } catch (error) {
      await this.formRefused(error);
    }
  }

  /** Keeps the dialog open with everything typed; the server's field errors go onto the fields. */
  private async formRefused(error: unknown): Promise<void> {
    const form = this.form;
    if (!form) return;
    const name = form.account ? nameOf(form.account) : '';
    const heading = describeError(error, this.t.lang).title;
    if (error instanceof ProblemError && error.isStaleWrite && form.account) {
      try {
        const fresh = await this.api.call('getAccount', { params: { id: form.account.id } });
        this.replaceRow(fresh);
        // The next save goes on the version reloaded. The form keeps what the user typed; the
        // fields he left take the values saved meanwhile.
        this.form = {
          ...form,
          account: fresh,
          submitting: false,
          error,
          errorHeading: this.t.msg('staleReloaded', name),
          changedMeanwhile: changedFields(form.account, fresh, this.t.lang),
        };
      } catch (reloadError) {
        this.form = { ...form, submitting: false, error: reloadError, errorHeading: describeError(reloadError, this.t.lang).title };
      }
      return;
    }
    const serverErrors = error instanceof ProblemError ? [...error.fieldErrors] : [];
    this.form = { ...form, submitting: false, serverErrors, error, errorHeading: heading };
  }

  private closeForm(): void {
    if (this.formDialog.open) this.formDialog.close();
  }

  /** "Annuler" or Escape: nothing typed is lost without the user saying so. */
  private async cancelForm(event?: Event): Promise<void> {
    const form = this.formDialog.querySelector('habil-account-form');
    if (!form?.hasChanges) {
      this.closeForm();
      return;
    }
    event?.preventDefault();
    const discard = await this.confirmDialog.ask({
      heading: this.t.msg('discardHeading'),
      message: this.t.msg('discardText'),
      confirmLabel: this.t.msg('discardConfirm'),
      cancelLabel: this.t.msg('discardKeep'),
      danger: true,
    });
    if (discard) this.closeForm();
  }

  private onFormDialogClose(): void {
    this.form = undefined;
  }

  // ---- bulk actions (R10) ---------------------------------------------------------------

  /** The bulk actions of the space that at least one selected account (as far as the page knows) allows. */
  private bulkActions(): BulkAccountAction[] {
    const space = this.context?.space;
    const known = this.allSelected ? [...(this.shown?.rows ?? []), ...this.selection.values()] : [...this.selection.values()];
    const allowed = new Set(known.flatMap((row) => row.actions));
    const offered: BulkAccountAction[] = space === 'caf' ? ['deactivate', 'grant', 'revoke', 'resend-identifier'] : ['deactivate', 'reactivate', 'grant', 'revoke'];
    return offered.filter((action) => allowed.has(action));
  }

  private bulkLabel(action: BulkAccountAction): string {
    switch (action) {
      case 'deactivate':
        return this.t.msg('bulkDeactivate');
      case 'reactivate':
        return this.t.msg('bulkReactivate');
      case 'grant':
        return this.t.msg('bulkGrant');
      case 'revoke':
        return this.t.msg('bulkRevoke');
      case 'resend-identifier':
        return this.t.msg('bulkResend');
    }
  }

  private bulkTitle(action: BulkAccountAction): string {
    switch (action) {
      case 'deactivate':
        return this.t.msg('bulkHeadingDeactivate');
      case 'reactivate':
        return this.t.msg('bulkHeadingReactivate');
      case 'grant':
        return this.t.msg('bulkHeadingGrant');
      case 'revoke':
        return this.t.msg('bulkHeadingRevoke');
      case 'resend-identifier':
        return this.t.msg('bulkHeadingResend');
    }
  }

  private async startBulk(action: BulkAccountAction): Promise<void> {
    const context = this.context;
    const shown = this.shown;
    const count = this.selectedCount;
    if (!context || !shown || count === 0 || this.bulkRunning) return;
    this.clearMessages();
    const n = this.t.formatNumber(count);
    let options: { roleId?: string; mode?: DeactivationMode; closingDate?: string } = {};
    let roleLabel = '';
    if (action === 'deactivate') {
      const deactivation = await this.deactivationDialog.ask({ count, space: context.space, today: context.me.today });
      if (!deactivation) return;
      options = { mode: deactivation.mode, ...(deactivation.closingDate ? { closingDate: deactivation.closingDate } : {}) };
    } else {
      if (action === 'grant' || action === 'revoke') {
        const grant = action === 'grant';
        const roleId = await this.rolePicker.choose({
          heading: this.t.msg(grant ? 'pickGrantBulk' : 'pickRevokeBulk', n),
          applications: grant ? this.grantableApplications() : this.revocableApplications(),
          confirmLabel: this.t.msg(grant ? 'grantLabel' : 'confirmRevokeLabel'),
          danger: !grant,
        });
        if (!roleId) return;
        options = { roleId };
        roleLabel = this.roleLabel(roleId);
      }
      const heading =
        action === 'reactivate'
          ? this.t.msg('confirmBulkReactivate', n)
          : action === 'grant'
            ? this.t.msg('confirmBulkGrant', roleLabel, n)
            : action === 'revoke'
              ? this.t.msg('confirmBulkRevoke', roleLabel, n)
              : this.t.msg('confirmBulkResend', n);
      const confirmed = await this.confirmDialog.ask({
        heading,
        message: this.t.msg('confirmBulkText'),
        confirmLabel: this.t.msg('confirmBulkLabel', n),
        danger: action === 'revoke',
      });
      if (!confirmed) return;
    }
    await this.runBulk(action, options, roleLabel, shown);
  }

  private get bulkRunning(): boolean {
    return !!this.bulk && this.bulk.progress.phase !== 'done';
  }

  private async runBulk(
    action: BulkAccountAction,
    options: { roleId?: string; mode?: DeactivationMode; closingDate?: string },
    roleLabel: string,
    shown: LoadedPage,
  ): Promise<void> {
    const context = this.context!;
    const title = this.bulkTitle(action);
    // "Tout" is the whole result: listed page by page with the criteria and the order of the rows shown.
    const targets = this.allSelected
      ? { ...accountQuery(shown.filters, context.space, context.convention?.id), sort: this.sort }
      : [...this.selection.values()].map(refOf);
    this.bulkStopRequested = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#bulk-title')?.focus());
    let announced = false;
    try {
      const outcome = await runBulk(
        { action, ...(options.roleId ? { roleId: options.roleId } : {}), ...(options.mode ? { mode: options.mode } : {}) },
        targets,
        {
          api: this.api,
          lang: this.t.lang,
          stopRequested: () => this.bulkStopRequested,
          onProgress: (progress) => {
            this.bulk = { action, title, progress };
            if (progress.phase === 'running' && !announced) {
              announced = true;
              void this.announce(this.t.msg('bulkStarted', title, this.t.formatNumber(progress.total)));
            }
          },
        },
      );
      const n = (value: number) => this.t.formatNumber(value);
      const summary = this.t.msg('bulkDone', title, n(outcome.succeeded.length), n(outcome.refused.length));
      void this.announce(outcome.notRun.length ? `${summary} ${this.t.msg('bulkStopped', n(outcome.notRun.length))}` : summary);
      this.emitBulk(action, options, roleLabel, outcome.succeeded);
      this.clearSelection();
      void this.refresh();
    } catch (error) {
      // The whole result could not be listed: nothing was changed.
      this.bulk = undefined;
      this.refuse(error, title);
    }
  }

  private emitBulk(action: BulkAccountAction, options: { roleId?: string; mode?: DeactivationMode; closingDate?: string }, roleLabel: string, accounts: AccountRef[]): void {
    if (accounts.length === 0) return;
    switch (action) {
      case 'deactivate':
        this.emit('habil-account-deactivated', {
          accounts,
          mode: options.mode ?? 'temporary',
          ...(options.closingDate ? { closingDate: options.closingDate } : {}),
          bulk: true,
        });
        break;
      case 'reactivate':
        this.emit('habil-account-reactivated', { accounts, bulk: true });
        break;
      case 'grant':
        this.emit('habil-role-granted', { accounts, roleId: options.roleId!, roleLabel, bulk: true });
        break;
      case 'revoke':
        this.emit('habil-role-revoked', { accounts, roleId: options.roleId!, roleLabel, bulk: true });
        break;
      case 'resend-identifier':
        this.emit('habil-identifier-sent', { accounts, bulk: true });
        break;
    }
  }

  private stopBulk(): void {
    if (this.bulkRunning) this.bulkStopRequested = true;
  }

  private closeBulkReport(): void {
    this.bulk = undefined;
    void this.updateComplete.then(() => this.resultsHeading?.focus());
  }

  // ---- rendering ------------------------------------------------------------------------

  protected override render() {
    const context = this.context;
    const caf = context?.space === 'caf';
    const contextError = this.contextTask.status === TaskStatus.ERROR ? this.contextTask.error : undefined;
    const searchError = this.searchTask.status === TaskStatus.ERROR ? this.searchTask.error : undefined;
    const error = contextError ?? searchError;
    // Not allowed (R1): no criteria to fill, nothing to retry; the server's reason says why.
    const forbidden = error instanceof ProblemError && error.status === 403;
    return html`
      <section part="base" aria-labelledby="heading">
        <div class="header" part="header">
          <h2 id="heading" part="heading">${this.t.msg(caf ? 'headingCaf' : 'headingUcanss')}</h2>
          ${context?.me.actions.includes('create-account') && !forbidden
            ? html`<button type="button" class="button button--primary" part="new-button" @click=${() => this.openForm('create')}>
                ${this.t.msg(caf ? 'newAccountCaf' : 'newAccount')}
              </button>`
            : nothing}
        </div>
        ${context && !forbidden ? this.renderIntro(context) : nothing}
        ${context && !forbidden ? this.renderFilters(context) : nothing}
        <div class="messages ${error || this.actionError || this.notice ? '' : 'quiet'}">
          <habil-alert
            part="search-alert"
            heading=${forbidden ? this.t.msg('forbiddenHeading') : ''}
            .error=${error}
            ?retryable=${!!error && !forbidden}
            @habil-retry=${this.retry}
          ></habil-alert>
          <habil-alert part="action-alert" .error=${this.actionError?.error} heading=${this.actionError?.heading ?? ''}>
            ${this.actionError?.changedMeanwhile?.length ? this.renderChangedMeanwhile(this.actionError.changedMeanwhile) : nothing}
          </habil-alert>
          <div class="notice ${this.notice ? 'filled' : ''}" part="notice">
            <habil-live-region id="announcer" ?visible=${!!this.notice}></habil-live-region>
          </div>
        </div>
        ${this.bulk ? this.renderBulk(this.bulk) : nothing} ${error ? nothing : this.renderResults(context)}
        ${this.renderRowMenu()} ${this.renderDetailsDialog()} ${this.renderFormDialog(context)}
        <habil-confirm-dialog id="confirm"></habil-confirm-dialog>
        <habil-role-picker id="role-picker"></habil-role-picker>
        <habil-deactivation-dialog id="deactivation"></habil-deactivation-dialog>
      </section>
    `;
  }

  private renderIntro(context: SearchContext) {
    if (context.space === 'ucanss') return html`<p class="intro">${this.t.msg('introUcanss')}</p>`;
    return html`
      ${context.convention
        ? html`<dl class="convention">
            <div>
              <dt>${this.t.msg('convention')}</dt>
              <dd>${context.convention.label}</dd>
            </div>
            <div>
              <dt>${this.t.msg('partner')}</dt>
              <dd>${context.convention.partnerName}</dd>
            </div>
          </dl>`
        : nothing}
      <p class="intro">${this.t.msg('introCaf')}</p>
    `;
  }

  private renderFilters(context: SearchContext) {
    const d = this.draft;
    const caf = context.space === 'caf';
    const text = (name: 'nom' | 'prenom' | 'identifier', label: string) => html`
      <habil-field name=${name} label=${label} autocomplete="off" .value=${live(d[name])} @input=${this.onTextInput}></habil-field>
    `;
    const identity = caf
      ? html`
          ${text('identifier', this.t.msg('identifierCaf'))} ${text('nom', this.t.msg('nom'))} ${text('prenom', this.t.msg('prenom'))}
          <habil-field
            name="groupId"
            type="select"
            label=${this.t.msg('group')}
            empty-option-label=${this.t.msg('allGroups')}
            .options=${context.groups.map((group) => ({ value: group.id, label: `${group.code} – ${group.label}` }))}
            .value=${live(d.groupId)}
            @change=${(event: Event) => this.setDraft({ groupId: (event.target as HabilField).value })}
          ></habil-field>
          ${this.renderYesNo('active', this.t.msg('accountStatusCaf'), d.active, this.t.msg('activeCaf'), this.t.msg('inactiveCaf'))}
        `
      : html`
          ${text('nom', this.t.msg('nom'))} ${text('prenom', this.t.msg('prenom'))} ${text('identifier', this.t.msg('identifier'))}
          ${this.renderYesNo('inMyOrganisme', this.t.msg('inMyOrganisme'), d.inMyOrganisme, this.t.msg('yes'), this.t.msg('no'))}
          ${this.renderYesNo('active', this.t.msg('accountStatus'), d.active, this.t.msg('activeUcanss'), this.t.msg('inactiveUcanss'))}
          ${this.renderYesNo('add', this.t.msg('withAdd'), d.add, this.t.msg('yes'), this.t.msg('no'))}
        `;
    return html`
      <form part="filters" role="search" aria-label=${this.t.msg('filters')} @submit=${this.onSubmit} @keydown=${this.onFiltersKeydown}>
        <fieldset class="filter-group">
          <legend>${this.t.msg('identity')}</legend>
          <div class="filter-grid">${identity}</div>
        </fieldset>
        ${caf ? nothing : this.renderRoleFilters(context)}
        <div class="form-actions">
          <button type="submit" class="button button--primary" part="search-button">${this.t.msg('search')}</button>
          <button type="button" class="button" part="reset-button" @click=${this.resetFilters}>${this.t.msg('resetFilters')}</button>
        </div>
      </form>
    `;
  }

  private renderRoleFilters(context: SearchContext) {
    const d = this.draft;
    const options = context.applications
      .flatMap((application) => application.roles.map((role) => ({ value: role.id, label: role.label })))
      .sort((a, b) => a.label.localeCompare(b.label, 'fr', { sensitivity: 'base' }));
    return html`
      <fieldset class="filter-group">
        <legend>${this.t.msg('roleInfo')}</legend>
        <div class="filter-grid">
          <habil-field
            name="roleId"
            type="select"
            label=${this.t.msg('role')}
            empty-option-label=${this.t.msg('noRole')}
            .options=${options}
            .value=${live(d.roleId)}
            @change=${(event: Event) => this.setDraft({ roleId: (event.target as HabilField).value })}
          ></habil-field>
          <fieldset class="yes-no" ?disabled=${!d.roleId} aria-describedby=${d.roleId ? nothing : 'has-role-hint'}>
            <legend>${this.t.msg('hasRole')}</legend>
            <div class="choices">
              ${[true, false].map(
                (value) => html`<label>
                  <input
                    type="radio"
                    name="hasRole"
                    .checked=${live(d.hasRole === value)}
                    @change=${() => this.setDraft({ hasRole: value })}
                  />${this.t.msg(value ? 'yes' : 'no')}
                </label>`,
              )}
            </div>
            ${d.roleId ? nothing : html`<p id="has-role-hint" class="hint">${this.t.msg('hasRoleHint')}</p>`}
          </fieldset>
        </div>
      </fieldset>
    `;
  }

  private renderYesNo(name: 'inMyOrganisme' | 'active' | 'add', legend: string, value: boolean | undefined, yes: string, no: string) {
    const choices: [boolean | undefined, string][] = [
      [undefined, this.t.msg('anyValue')],
      [true, yes],
      [false, no],
    ];
    return html`
      <fieldset class="yes-no">
        <legend>${legend}</legend>
        <div class="choices">
          ${choices.map(
            ([choice, label]) => html`<label>
              <input type="radio" name=${name} .checked=${live(value === choice)} @change=${() => this.setDraft({ [name]: choice })} />${label}
            </label>`,
          )}
        </div>
      </fieldset>
    `;
  }

  private renderResults(context: SearchContext | undefined) {
    const key = criteriaKey(this.draft);
    const shown = this.shown && this.shown.key === key && criteriaKey(this.committed) === key ? this.shown : undefined;
    const loading =
      !context || this.contextTask.status === TaskStatus.PENDING || this.searchTask.status === TaskStatus.PENDING || !shown;
    const caf = context?.space === 'caf';
    const total = shown?.page.total;
    const sortKey = this.sort.replace(/^-/, '');
    return html`
      <div class="results-bar">
        <h3 id="results-heading" tabindex="-1" part="results-summary">
          ${total === undefined ? this.t.msg('searching') : this.t.msg(caf ? 'totalCaf' : 'total', this.t.formatNumber(total))}
        </h3>
        ${context ? this.renderSelectionBar() : nothing}
      </div>
      <habil-data-table
        caption=${this.t.msg('results')}
        caption-hidden
        exportparts="table, row, row-selected, cell, pagination, name, branch, email-segment, phone, add-marker, status-inactive, read-only-reason, row-actions-button"
        selectable
        .columns=${this.columns(caf)}
        .rows=${shown?.rows ?? []}
        .total=${total}
        .page=${this.pageNumber}
        .pageSize=${this.pageSize}
        .pageSizes=${PAGE_SIZES}
        .sortKey=${sortKey === 'nom' ? 'name' : sortKey}
        .sortDirection=${this.sort.startsWith('-') ? 'descending' : 'ascending'}
        .selected=${[...this.selection.keys()]}
        .allSelected=${this.allSelected}
        ?loading=${loading}
        @habil-sort-change=${this.onSortChange}
        @habil-page-change=${this.onPageChange}
        @habil-selection-change=${this.onSelectionChange}
      >
        <div slot="empty" class="empty">
          <p>${this.t.msg('emptyResult')}</p>
          <p class="hint">${this.t.msg('emptyHint')}</p>
        </div>
      </habil-data-table>
    `;
  }

  private renderSelectionBar() {
    const count = this.selectedCount;
    const running = this.bulkRunning;
    const actions = count > 0 ? this.bulkActions() : [];
    return html`
      <div class="selection" part="selection" role="group" aria-label=${this.t.msg('selection')}>
        <span class="selection-text">${this.selectionText()}</span>
        ${actions.map(
          (action) => html`<button
            type="button"
            class="button"
            part="bulk-button"
            data-action=${action}
            ?disabled=${running}
            @click=${() => this.startBulk(action)}
          >
            ${this.bulkLabel(action)}
          </button>`,
        )}
        ${count > 0
          ? html`<button type="button" class="button" part="bulk-button" ?disabled=${running} @click=${this.clearSelection}>
              ${this.t.msg('clearSelection')}
            </button>`
          : nothing}
      </div>
    `;
  }

  private columns(caf: boolean): DataTableColumn<ResultRow>[] {
    const columns = this.allColumns(caf);
    if (!this.narrow) return columns;
    const first = ['name', 'actions', 'status'];
    return [...first.map((key) => columns.find((column) => column.key === key)!), ...columns.filter((column) => !first.includes(column.key))];
  }

  private allColumns(caf: boolean): DataTableColumn<ResultRow>[] {
    const status = (row: ResultRow) => {
      const label = ACCOUNT_STATUS_LABELS[row.status][this.t.lang];
      return row.status === 'actif' || row.status === 'ouvert' ? label : html`<span part="status-inactive">${label}</span>`;
    };
    const phone = (row: ResultRow) => (row.phone ? html`<span part="phone">${row.phone}</span>` : '');
    // An address may break after "@", and only there: the table stays narrow, the address readable.
    const email = (row: ResultRow) => {
      const at = row.emailPro.indexOf('@');
      if (at < 0) return row.emailPro;
      return html`<span part="email-segment">${row.emailPro.slice(0, at + 1)}</span><wbr /><span part="email-segment"
          >${row.emailPro.slice(at + 1)}</span
        >`;
    };
    const name = (row: ResultRow, text: string) =>
      html`<span part="name">${text}</span>${row.add
          ? html` <span part="add-marker"><abbr title=${this.t.msg('addLong')}>${this.t.msg('addMarker')}</abbr></span>`
          : nothing}`;
    const actions: DataTableColumn<ResultRow> = { key: 'actions', header: this.t.msg('colActions'), render: (row) => this.renderActionsCell(row) };
    if (caf) {
      return [
        { key: 'identifier', header: this.t.msg('colIdentifier') },
        { key: 'name', header: this.t.msg('colNom'), sortable: true, rowHeader: true, render: (row) => name(row, row.nom) },
        { key: 'prenom', header: this.t.msg('colPrenom'), sortable: true },
        { key: 'emailPro', header: this.t.msg('colEmailCaf'), sortable: true, render: email },
        { key: 'phone', header: this.t.msg('colPhone'), render: phone },
        { key: 'openingDate', header: this.t.msg('colOpening'), sortable: true, render: (row) => this.t.formatDate(row.openingDate) },
        { key: 'closingDate', header: this.t.msg('colClosing'), render: (row) => this.t.formatDate(row.closingDate) },
        { key: 'status', header: this.t.msg('colStatus'), sortable: true, render: status },
        actions,
      ];
    }
    return [
      { key: 'name', header: this.t.msg('colName'), sortable: true, rowHeader: true, render: (row) => name(row, row.name) },
      { key: 'organismeName', header: this.t.msg('colOrganisme'), sortable: true },
      { key: 'branches', header: this.t.msg('colBranches'), render: (row) => html`${row.branches.map((branch) => html`<span part="branch">${branchName(branch)}</span>`)}` },
      { key: 'emailPro', header: this.t.msg('colEmail'), sortable: true, render: email },
      { key: 'phone', header: this.t.msg('colPhone'), render: phone },
      { key: 'status', header: this.t.msg('colStatus'), sortable: true, render: status },
      actions,
    ];
  }

  private renderActionsCell(row: ResultRow) {
    const reason = row.readOnlyReason;
    const hasActions = row.actions.length > 0;
    return html`
      ${hasActions
        ? html`<button
            type="button"
            class="button"
            part="row-actions-button"
            aria-label=${this.t.msg('rowActionsFor', row.name)}
            aria-expanded=${this.menu.open?.item.id === row.id ? 'true' : 'false'}
            @click=${(event: Event) => this.menu.toggle(row, event.currentTarget as HTMLElement)}
          >
            ${this.t.msg('rowActions')}
            <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false"><path d="M4 6l4 5 4-5z" fill="currentColor"></path></svg>
          </button>`
        : nothing}
      ${reason ? html`<span part="read-only-reason">${this.readOnlyText(reason)}</span>` : nothing}
    `;
  }

  private renderRowMenu() {
    const row = this.menu.open?.item;
    const items = row ? this.actionsOf(row) : [];
    const reason = row?.readOnlyReason;
    return html`
      <div id="row-menu" part="row-menu" popover="manual" @keydown=${this.menu.onKeydown}>
        ${row
          ? html`
              <p class="menu-title" id="row-menu-title">${row.name}</p>
              ${reason ? html`<p class="menu-reason">${describeProblem({ code: reason as ProblemCode }, this.t.lang).message}</p>` : nothing}
              ${items.length
                ? html`<ul aria-labelledby="row-menu-title">
                    ${items.map(
                      (action) => html`<li>
                        <button type="button" part="row-menu-item" data-action=${action} @click=${() => this.runRowAction(action, row)}>
                          ${this.actionLabel(action)}
                        </button>
                      </li>`,
                    )}
                  </ul>`
                : html`<p class="menu-empty">${this.t.msg('noAction')}</p>`}
            `
          : nothing}
      </div>
    `;
  }

  private renderChangedMeanwhile(changes: [string, string][]) {
    return html`<p>${this.t.msg('currentValues')}</p>
      <ul>
        ${changes.map(([field, value]) => html`<li>${field} : ${value}</li>`)}
      </ul>`;
  }

  private renderBulk({ title, progress }: BulkState) {
    const n = (value: number) => this.t.formatNumber(value);
    const collecting = progress.phase === 'collecting';
    const value = collecting ? progress.collected : progress.done;
    return html`
      <section part="bulk" aria-labelledby="bulk-title">
        <h3 id="bulk-title" tabindex="-1">${title}</h3>
        <div class="progress-line">
          <progress part="bulk-progress" aria-labelledby="bulk-title" max=${Math.max(progress.total, 1)} value=${value}></progress>
          <span class="progress-count" part="bulk-count">
            ${collecting ? this.t.msg('bulkCollecting', n(value), n(progress.total)) : this.t.msg('bulkProgress', n(value), n(progress.total))}
          </span>
          ${progress.phase === 'done'
            ? html`<button type="button" class="button" @click=${this.closeBulkReport}>${this.t.msg('bulkClose')}</button>`
            : html`<button type="button" class="button" @click=${this.stopBulk}>${this.t.msg('bulkStop')}</button>`}
        </div>
        ${progress.phase === 'done' ? this.renderBulkReport(title, progress) : nothing}
      </section>
    `;
  }

  private renderBulkReport(title: string, { succeeded, refused, notRun }: BulkProgress) {
    const n = (value: number) => this.t.formatNumber(value);
    return html`
      <div part="bulk-report">
        <p>${this.t.msg('bulkDone', title, n(succeeded.length), n(refused.length))}</p>
        ${notRun.length ? html`<p>${this.t.msg('bulkStopped', n(notRun.length))}</p>` : nothing}
        ${refused.length
          ? html`<table class="report-table">
              <caption>${this.t.msg('bulkRefusedCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">${this.t.msg('bulkAccount')}</th>
                  <th scope="col">${this.t.msg('bulkReason')}</th>
                </tr>
              </thead>
              <tbody>
                ${refused.map(
                  ({ account, reason }) => html`<tr>
                    <th scope="row">${account.name}</th>
                    <td>${reason.message}${reason.detail ? html`<span class="report-detail">${reason.detail}</span>` : nothing}</td>
                  </tr>`,
                )}
              </tbody>
            </table>`
          : nothing}
        ${succeeded.length
          ? html`<details>
              <summary>${this.t.msg('bulkSucceededSummary', n(succeeded.length))}</summary>
              <ul>
                ${succeeded.map((account) => html`<li>${account.name}</li>`)}
              </ul>
            </details>`
          : nothing}
      </div>
    `;
  }

  private renderDetailsDialog() {
    const details = this.details;
    const name = details?.row.name ?? '';
    const canHistory = details?.row.actions.includes('history') ?? false;
    return html`
      <dialog id="details-dialog" part="details-dialog" aria-labelledby="details-heading" @close=${() => (this.details = undefined)}>
        ${details
          ? html`
              <div class="dialog-header">
                <h2 id="details-heading">${this.t.msg(details.view === 'details' ? 'detailsHeading' : 'historyHeading', name)}</h2>
                <button type="button" class="button" @click=${this.closeDetails}>${this.locale.msg('close')}</button>
              </div>
              ${canHistory
                ? html`<div class="view-switch" role="group" aria-label=${name}>
                    <button type="button" class="button" aria-pressed=${details.view === 'details' ? 'true' : 'false'} @click=${() => this.loadDetails('details')}>
                      ${this.t.msg('viewDetails')}
                    </button>
                    <button type="button" class="button" aria-pressed=${details.view === 'history' ? 'true' : 'false'} @click=${() => this.loadDetails('history')}>
                      ${this.t.msg('viewHistory')}
                    </button>
                  </div>`
                : nothing}
              <habil-alert class=${details.error ? 'spoken' : ''} .error=${details.error}></habil-alert>
              <habil-account-details
                .account=${details.account}
                .history=${details.history}
                .view=${details.view}
                ?loading=${!details.error && (!details.account || (details.view === 'history' && !details.history))}
              ></habil-account-details>
            `
          : nothing}
      </dialog>
    `;
  }

  private renderFormDialog(context: SearchContext | undefined) {
    const form = this.form;
    const caf = context?.space === 'caf';
    const heading = !form
      ? ''
      : form.mode === 'create'
        ? this.t.msg(caf ? 'formCreateHeadingCaf' : 'formCreateHeading')
        : this.t.msg('formEditHeading', form.account ? nameOf(form.account) : '');
    return html`
      <dialog
        id="form-dialog"
        part="form-dialog"
        aria-labelledby="form-heading"
        @close=${this.onFormDialogClose}
        @cancel=${(event: Event) => void this.cancelForm(event)}
      >
        ${form && context
          ? html`
              <div class="dialog-header">
                <h2 id="form-heading">${heading}</h2>
              </div>
              <habil-alert class=${form.error ? 'spoken' : ''} .error=${form.error} heading=${form.errorHeading ?? ''}>
                ${form.changedMeanwhile?.length ? this.renderChangedMeanwhile(form.changedMeanwhile) : nothing}
              </habil-alert>
              ${keyed(
                this.formSerial,
                html`<habil-account-form
                  mode=${form.mode}
                  space=${context.space}
                  .account=${form.account}
                  .conventionId=${context.convention?.id}
                  .applications=${form.mode === 'create' ? this.grantableApplications() : []}
                  today=${context.me.today}
                  ?submitting=${form.submitting}
                  .serverErrors=${form.serverErrors}
                  @habil-account-form-submit=${this.onFormSubmit}
                  @habil-account-form-cancel=${() => void this.cancelForm()}
                ></habil-account-form>`,
              )}
            `
          : nothing}
      </dialog>
    `;
  }
}
