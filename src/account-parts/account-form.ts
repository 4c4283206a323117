import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { FIELD_ERROR_LABELS, type FieldErrorCode } from '../domain/labels.js';
import { problemMessage } from '../domain/problems.js';
import { normaliseEmail, validateAccountDraft, validateDates } from '../domain/rules.js';
import type { AccountDetail, AccountDraft, AccountPatch, Application, Civilite, FieldError, Space, Workstyle } from '../domain/schemas.js';
import { HabilBaseElement } from '../internal/habil-base-element.js';
import { LocalizeController } from '../internal/localize.js';
import type { HabilField } from '../ui/field/field.js';
import { accountFormMessages } from './account-form.messages.js';
import { accountFormStyles } from './account-form.styles.js';
import { choiceStyles } from './part-styles.js';
import { dayToCheckAgainst, serverDay, submitOnEnter } from '../internal/forms.js';
import { searchKey } from '../domain/text.js';
import { errorText, requiredMark } from './shared.js';

export type AccountFormMode = 'create' | 'edit';

/** A new account ("Nouveau"), or the changes to an existing one: only the fields the user changed. */
export type AccountFormSubmitDetail = { draft: AccountDraft; patch?: undefined } | { patch: AccountPatch; draft?: undefined };

declare module '../internal/events.js' {
  interface HabilEventMap {
    'habil-account-form-submit': CustomEvent<AccountFormSubmitDetail>;
    'habil-account-form-cancel': CustomEvent<Record<never, never>>;
  }
}

type FieldName =
  | 'civilite'
  | 'nom'
  | 'prenom'
  | 'emailPro'
  | 'emailProConfirmation'
  | 'nomNaissance'
  | 'emailContact'
  | 'phone'
  | 'phoneConfirmation'
  | 'fonction'
  | 'workstyle'
  | 'openingDate'
  | 'closingDate';

type Values = Record<FieldName, string>;

/** Codes of the form's own checks, beside the domain's and the server's. */
type FormCode = FieldErrorCode | 'email-mismatch' | 'phone-mismatch' | 'closing-date-kept';

interface Problem {
  field: string;
  code: string;
  /** The server's own words, for a code the kit does not know. */
  message?: string;
}

/** The fields of each screen, in the order they are shown (and focused when wrong). */
const FIELDS: Record<Space, Record<AccountFormMode, readonly FieldName[]>> = {
  ucanss: {
    create: ['civilite', 'nom', 'prenom', 'emailPro', 'nomNaissance', 'emailContact', 'phone', 'fonction'],
    edit: ['civilite', 'nom', 'prenom', 'emailPro', 'nomNaissance', 'emailContact', 'phone', 'fonction'],
  },
  caf: {
    create: ['civilite', 'nom', 'prenom', 'emailPro', 'emailProConfirmation', 'phone', 'phoneConfirmation', 'workstyle', 'openingDate', 'closingDate'],
    edit: ['civilite', 'nom', 'prenom', 'emailPro', 'phone', 'phoneConfirmation', 'workstyle', 'openingDate', 'closingDate'],
  },
};

/** What an edit may change (`AccountPatch`): the identifier (e-mail) never. */
const PATCHABLE: Record<Space, readonly (keyof AccountPatch & FieldName)[]> = {
  ucanss: ['civilite', 'nom', 'prenom', 'nomNaissance', 'emailContact', 'phone', 'fonction'],
  caf: ['civilite', 'nom', 'prenom', 'phone', 'workstyle', 'openingDate', 'closingDate'],
};

const REQUIRED = new Set<FieldName>(['civilite', 'nom', 'prenom', 'emailPro', 'emailProConfirmation']);

const EMPTY: Values = {
  civilite: '',
  nom: '',
  prenom: '',
  emailPro: '',
  emailProConfirmation: '',
  nomNaissance: '',
  emailContact: '',
  phone: '',
  phoneConfirmation: '',
  fonction: '',
  workstyle: 'sedentaire',
  openingDate: '',
  closingDate: '',
};

/** Above this many roles, a search box helps find one. */
const ROLE_SEARCH_THRESHOLD = 8;

/**
 * Creates an account ("Nouveau") or edits one, on the UCANSS portal or on CAF "Mon Compte
 * Partenaire".
 *
 * - UCANSS ("Création d'un compte" of the guide): civilité, nom, prénom and the professional
 *   e-mail — the portal identifier — are required; nom de naissance, e-mail de contact,
 *   téléphone and fonction are optional; roles can be granted at creation (the UCANSS
 *   roles the acting person may give, `Me.grantableRoleIds`).
 * - CAF (fiches 1–3): nom, prénom, adresse mail and its confirmation are required; téléphone
 *   with its confirmation, sédentaire / itinérant (sédentaire by default), opening date (today
 *   by default) and closing date (never in the past, R6); the convention's Afas profiles can be
 *   granted at creation. The civilité is asked too, as every account of the kit has one.
 *
 * The form checks what it can with the domain's rules before sending (required fields, e-mail
 * format, e-mail and phone confirmations, dates against the server's `today`), ties each error
 * to its field and lists them above the form; the host sends the draft or patch of
 * `habil-account-form-submit` and gives the server's field errors back in `serverErrors`
 * (e.g. R7's duplicate e-mail), which show on the fields. Nothing the user typed is ever lost:
 * not on an error, and not when the host gives a newer version of the same account (R15) —
 * only the fields the user has not touched take the new values.
 *
 * @tag habil-account-form
 *
 * @fires habil-account-form-submit - The user submitted valid values. `detail: { draft }` (create) or `{ patch }` (edit: the changed fields only).
 * @fires habil-account-form-cancel - The user cancelled.
 *
 * @csspart form - The `<form>`.
 * @csspart summary - The list of fields to correct.
 * @csspart section - A group of fields (identity, personal information, roles…).
 * @csspart roles - The list of roles offered at creation.
 * @csspart error - An error message of a radio group.
 * @csspart actions - The row of buttons.
 * @csspart cancel-button - The cancel button.
 * @csspart submit-button - The submit button.
 */
export class HabilAccountForm extends HabilBaseElement {
  static override styles = [HabilBaseElement.styles, choiceStyles, accountFormStyles];

  @property({ reflect: true })
  mode: AccountFormMode = 'create';

  @property({ reflect: true })
  space: Space = 'ucanss';

  /** The account being edited (`mode="edit"`). */
  @property({ attribute: false })
  account?: AccountDetail;

  /** CAF creation: the convention the user is created under. */
  @property({ attribute: 'convention-id' })
  conventionId?: string;

  /** The applications with the roles that may be granted at creation, as the server allows them (`Me.grantableRoleIds`); no list, no roles to choose. */
  @property({ attribute: false })
  applications: Application[] = [];

  /** The server's day (`Me.today`, YYYY-MM-DD): the default opening date and the reference of the date rules. */
  @property()
  today = '';

  /** The host is sending the form: the submit button waits. */
  @property({ type: Boolean, reflect: true })
  submitting = false;

  /** The server's field errors (`ProblemError.fieldErrors`), shown on their fields until the user changes them. */
  @property({ attribute: false })
  serverErrors: FieldError[] = [];

  @state()
  private values: Values = { ...EMPTY };

  @state()
  private roleIds: string[] = [];

  @state()
  private roleFilter = '';

  /** Errors of the form's own checks show once the user has tried to submit, then follow his changes. */
  @state()
  private triedToSubmit = false;

  /** Fields changed since the server's errors came: their server error no longer applies. */
  @state()
  private changedSinceServerErrors = new Set<string>();

  @state()
  private nothingChanged = false;

  private readonly t = new LocalizeController(this, accountFormMessages);

  /** Fields the user has changed: a newer version of the same account does not overwrite them. */
  private readonly touched = new Set<FieldName>();

  /** Which account and screen the values belong to. */
  private valuesOf = '';

  /** The user has typed or chosen something: closing the form would lose it. */
  get hasChanges(): boolean {
    return this.touched.size > 0 || this.roleIds.length > 0;
  }

  /** Empties the form back to its starting values (create) or to the account's (edit). */
  reset(): void {
    this.touched.clear();
    this.values = this.startingValues();
    this.roleIds = [];
    this.roleFilter = '';
    this.triedToSubmit = false;
    this.nothingChanged = false;
    this.serverErrors = [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('account') || changed.has('mode') || changed.has('space') || changed.has('today')) {
      const identity = `${this.space}/${this.mode}/${this.mode === 'edit' ? (this.account?.id ?? '') : ''}`;
      if (identity !== this.valuesOf) {
        this.valuesOf = identity;
        this.reset();
      } else {
        const fresh = this.startingValues();
        for (const name of this.touched) fresh[name] = this.values[name];
        this.values = fresh;
      }
    }
    if (changed.has('serverErrors')) this.changedSinceServerErrors = new Set();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('serverErrors') && this.serverErrors.length > 0) this.focusFirstError();
  }

  private startingValues(): Values {
    const account = this.mode === 'edit' ? this.account : undefined;
    if (!account) return { ...EMPTY, openingDate: this.space === 'caf' ? serverDay(this.today) : '' };
    return {
      civilite: account.civilite ?? '',
      nom: account.nom,
      prenom: account.prenom,
      emailPro: account.emailPro,
      emailProConfirmation: account.emailPro,
      nomNaissance: account.nomNaissance ?? '',
      emailContact: account.emailContact ?? '',
      phone: account.phone ?? '',
      phoneConfirmation: account.phone ?? '',
      fonction: account.fonction ?? '',
      workstyle: account.workstyle ?? 'sedentaire',
      openingDate: account.openingDate ?? '',
      closingDate: account.closingDate ?? '',
    };
  }

  private get fields(): readonly FieldName[] {
    return FIELDS[this.space][this.mode];
  }

  private get creating(): boolean {
    return this.mode === 'create';
  }

  private setValue(name: FieldName, value: string): void {
    this.values = { ...this.values, [name]: value };
    this.touched.add(name);
    this.nothingChanged = false;
    if (!this.changedSinceServerErrors.has(name)) this.changedSinceServerErrors = new Set([...this.changedSinceServerErrors, name]);
  }

  private trimmed(name: FieldName): string {
    return this.values[name].trim();
  }

  // ---- what is sent -----------------------------------------------------------------------

  private draft(): AccountDraft {
    const optional = (name: FieldName) => {
      const value = this.trimmed(name);
      return value && this.fields.includes(name) ? { [name]: value } : {};
    };
    const caf = this.space === 'caf';
    return {
      civilite: this.values.civilite as Civilite,
      nom: this.trimmed('nom'),
      prenom: this.trimmed('prenom'),
      emailPro: this.trimmed('emailPro'),
      ...optional('nomNaissance'),
      ...optional('emailContact'),
      ...optional('phone'),
      ...optional('fonction'),
      ...(this.roleIds.length > 0 ? { roleIds: [...this.roleIds] } : {}),
      ...(caf && this.conventionId ? { conventionId: this.conventionId } : {}),
      ...(caf ? { workstyle: this.values.workstyle as Workstyle } : {}),
      ...optional('openingDate'),
      ...optional('closingDate'),
    };
  }

  /** The fields that differ from the account; an optional field emptied is sent empty, to erase it. */
  private patch(): AccountPatch {
    const account = this.account!;
    const patch: Record<string, string> = {};
    for (const name of PATCHABLE[this.space]) {
      const value = this.trimmed(name);
      if (value !== ((account[name] as string | undefined) ?? '')) patch[name] = value;
    }
    return patch as AccountPatch;
  }

  // ---- checks -----------------------------------------------------------------------------

  private clientProblems(): Problem[] {
    const now = dayToCheckAgainst(this.today);
    const problems: Problem[] = [];
    if (this.creating) {
      problems.push(...validateAccountDraft(this.draft(), now));
    } else {
      const patch = this.patch();
      problems.push(...validateAccountDraft({ ...this.draft(), emailPro: this.account?.emailPro ?? '', openingDate: undefined, closingDate: undefined }, now));
      if (this.space === 'caf') problems.push(...this.editedDateProblems(patch, now));
    }
    if (this.fields.includes('emailProConfirmation')) {
      const confirmation = this.trimmed('emailProConfirmation');
      if (!confirmation) problems.push({ field: 'emailProConfirmation', code: 'required' });
      else if (normaliseEmail(confirmation) !== normaliseEmail(this.values.emailPro)) problems.push({ field: 'emailProConfirmation', code: 'email-mismatch' });
    }
    if (this.fields.includes('phoneConfirmation') && this.phoneDigits('phone') !== this.phoneDigits('phoneConfirmation')) {
      problems.push({ field: 'phoneConfirmation', code: 'phone-mismatch' });
    }
    return problems;
  }

  /** "03 88 25 26 00" and "0388252600" are the same number. */
  private phoneDigits(name: FieldName): string {
    return this.values[name].replace(/[\s./-]/g, '');
  }

  /**
   * R6 on an edit, as the server applies it: a closing date is checked against today only when
   * it changes (an account closed last year can still have its phone corrected); the order of
   * the dates whenever one of them changes.
   */
  private editedDateProblems(patch: AccountPatch, now: Date): Problem[] {
    // A recorded date can be changed, not erased: the contract has no way to say "no date".
    if (this.account?.openingDate && !this.values.openingDate) return [{ field: 'openingDate', code: 'required' }];
    if (this.account?.closingDate && !this.values.closingDate) return [{ field: 'closingDate', code: 'closing-date-kept' }];
    const openingDate = this.values.openingDate || undefined;
    const closingDate = this.values.closingDate || undefined;
    if (patch.closingDate !== undefined) return validateDates({ openingDate, closingDate }, now);
    if (patch.openingDate === undefined) return [];
    const problems: Problem[] = validateDates({ openingDate }, now);
    if (problems.length === 0 && openingDate && closingDate && closingDate < openingDate) problems.push({ field: 'closingDate', code: 'date-order' });
    return problems;
  }

  /** Every error to show, field by field: the form's own first, then the server's still standing. */
  private errors(): Map<string, string> {
    const errors = new Map<string, string>();
    if (this.triedToSubmit) {
      for (const problem of this.clientProblems()) if (!errors.has(problem.field)) errors.set(problem.field, this.describe(problem));
    }
    for (const problem of this.serverErrors) {
      if (!errors.has(problem.field) && !this.changedSinceServerErrors.has(problem.field)) errors.set(problem.field, this.describe(problem));
    }
    // In the order of the screen, so that the list above the form reads like the form.
    const rank = (field: string) => {
      const index = this.fields.indexOf(field as FieldName);
      return index < 0 ? this.fields.length : index;
    };
    return new Map([...errors].sort(([a], [b]) => rank(a) - rank(b)));
  }

  private describe(problem: Problem): string {
    const lang = this.t.lang;
    switch (problem.code as FormCode) {
      case 'required':
        return this.locale.msg('requiredError');
      case 'duplicate-email':
        return problemMessage('duplicate-email', lang);
      case 'retroactive-date':
        return problemMessage('retroactive-date', lang);
      case 'email-mismatch':
        return this.t.msg('emailMismatch');
      case 'phone-mismatch':
        return this.t.msg('phoneMismatch');
      case 'closing-date-kept':
        return this.t.msg('closingDateKept');
    }
    if (problem.code in FIELD_ERROR_LABELS) return FIELD_ERROR_LABELS[problem.code as FieldErrorCode][lang];
    return problem.message && problem.message !== problem.code ? problem.message : this.t.msg('refused');
  }

  private focusFirstError(): void {
    void this.updateComplete.then(() => {
      const errors = this.errors();
      const first = this.fields.find((name) => errors.has(name));
      if (first) this.focusField(first);
      else if (errors.size > 0) this.renderRoot.querySelector<HTMLElement>('[part="summary"]')?.focus();
    });
  }

  /** A field, or the chosen radio button of a group (the one Tab would reach), else its first. */
  private focusField(name: string): void {
    const root = this.renderRoot;
    (root.querySelector<HTMLElement>(`input[name="${name}"]:checked`) ?? root.querySelector<HTMLElement>(`[name="${name}"]`))?.focus();
  }

  // ---- events -----------------------------------------------------------------------------

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.submitting) return;
    this.triedToSubmit = true;
    this.nothingChanged = false;
    // What the server said about the previous values no longer holds for the values sent now.
    this.serverErrors = [];
    if (this.clientProblems().length > 0) {
      this.focusFirstError();
      return;
    }
    if (this.creating) {
      this.emit('habil-account-form-submit', { draft: this.draft() });
      return;
    }
    const patch = this.patch();
    if (Object.keys(patch).length === 0) {
      this.nothingChanged = true;
      return;
    }
    this.emit('habil-account-form-submit', { patch });
  }

  private toggleRole(roleId: string, checked: boolean): void {
    this.roleIds = checked ? [...this.roleIds, roleId] : this.roleIds.filter((id) => id !== roleId);
  }

  // ---- rendering --------------------------------------------------------------------------

  private label(name: FieldName): string {
    if (name === 'emailPro') return this.t.msg(this.space === 'caf' ? 'emailProCaf' : 'emailProUcanss');
    if (name === 'workstyle') return this.t.msg('workplace');
    return this.t.msg(name);
  }

  protected override render() {
    const errors = this.errors();
    const caf = this.space === 'caf';
    return html`
      <form part="form" novalidate @submit=${this.onSubmit} @keydown=${submitOnEnter}>
        <p class="required-legend">${this.t.msg('requiredLegend')}</p>
        ${this.renderSummary(errors)}
        <fieldset class="section" part="section">
          <legend>${this.t.msg('identity')}</legend>
          ${!this.creating && caf ? this.renderIdentifier() : nothing} ${this.renderCivilite(errors.get('civilite'))}
          <div class="grid">${this.renderField('nom', errors)} ${this.renderField('prenom', errors)}</div>
          <div class="grid">
            ${this.renderField('emailPro', errors)}
            ${this.fields.includes('emailProConfirmation') ? this.renderField('emailProConfirmation', errors) : nothing}
          </div>
          ${caf ? html`<div class="grid">${this.renderField('phone', errors)} ${this.renderField('phoneConfirmation', errors)}</div>` : nothing}
        </fieldset>
        ${caf ? this.renderCafSection(errors) : this.renderPersonalSection(errors)} ${this.creating ? this.renderRoles() : nothing}
        <p class="status" role="status">${this.nothingChanged ? this.t.msg('nothingChanged') : nothing}</p>
        <div class="actions" part="actions">
          <button type="button" class="button" part="cancel-button" @click=${() => this.emit('habil-account-form-cancel', {})}>
            ${this.locale.msg('cancel')}
          </button>
          <button type="submit" class="button button--primary" part="submit-button" aria-disabled=${this.submitting ? 'true' : 'false'}>
            ${this.submitting ? this.t.msg('saving') : this.submitLabel()}
          </button>
        </div>
      </form>
    `;
  }

  private submitLabel(): string {
    if (!this.creating) return this.t.msg('saveChanges');
    return this.t.msg(this.space === 'caf' ? 'validate' : 'save');
  }

  private renderSummary(errors: Map<string, string>) {
    if (errors.size === 0) return nothing;
    const shown = new Set<string>(this.fields);
    return html`
      <div class="summary" part="summary" tabindex="-1">
        <p class="summary-heading">${this.t.msg('summary')}</p>
        <ul>
          ${[...errors].map(([field, message]) =>
            shown.has(field)
              ? html`<li>
                  <button type="button" class="link" @click=${() => this.focusField(field)}>
                    ${this.t.msg('summaryItem', this.label(field as FieldName), message)}
                  </button>
                </li>`
              : html`<li>${message}</li>`,
          )}
        </ul>
      </div>
    `;
  }

  private renderIdentifier() {
    return html`<habil-field class="identifier" label=${this.t.msg('identifier')} .value=${this.account?.identifier ?? ''} readonly></habil-field>`;
  }

  private renderField(name: FieldName, errors: Map<string, string>) {
    const readonly = name === 'emailPro' && !this.creating;
    const type = name.startsWith('email') ? 'email' : name.startsWith('phone') ? 'tel' : name.endsWith('Date') ? 'date' : 'text';
    return html`
      <habil-field
        name=${name}
        type=${type}
        label=${this.label(name)}
        hint=${this.hintOf(name)}
        .value=${this.values[name]}
        error=${errors.get(name) ?? ''}
        autocomplete="off"
        ?required=${REQUIRED.has(name) && !readonly}
        ?readonly=${readonly}
        @input=${(event: Event) => this.setValue(name, (event.currentTarget as HabilField).value)}
      ></habil-field>
    `;
  }

  private hintOf(name: FieldName): string {
    const caf = this.space === 'caf';
    if (name === 'emailPro') {
      if (caf) return this.creating ? '' : this.t.msg('emailProCafReadOnly');
      return this.t.msg(this.creating ? 'emailProUcanssHint' : 'emailProUcanssReadOnly');
    }
    return '';
  }

  private renderCivilite(error: string | undefined) {
    const choice = (value: Civilite, label: string) => html`
      <label class="choice">
        <input
          type="radio"
          name="civilite"
          value=${value}
          .checked=${live(this.values.civilite === value)}
          @change=${() => this.setValue('civilite', value)}
        />
        <span>${label}</span>
      </label>
    `;
    return html`
      <fieldset
        role="radiogroup"
        aria-required="true"
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? 'civilite-error' : nothing}
      >
        <legend>${this.t.msg('civilite')}${requiredMark(this.locale.msg('requiredMark'))}</legend>
        <div class="choices inline">${choice('M.', this.t.msg('monsieur'))} ${choice('Mme', this.t.msg('madame'))}</div>
        ${errorText('civilite-error', error)}
      </fieldset>
    `;
  }

  private renderPersonalSection(errors: Map<string, string>) {
    return html`
      <fieldset class="section" part="section">
        <legend>${this.t.msg('personal')}</legend>
        <div class="grid">
          ${this.renderField('nomNaissance', errors)} ${this.renderField('emailContact', errors)} ${this.renderField('phone', errors)}
          ${this.renderField('fonction', errors)}
        </div>
      </fieldset>
    `;
  }

  private renderCafSection(errors: Map<string, string>) {
    const choice = (value: Workstyle, label: string, hint: string) => html`
      <label class="choice">
        <input
          type="radio"
          name="workstyle"
          value=${value}
          .checked=${live(this.values.workstyle === value)}
          @change=${() => this.setValue('workstyle', value)}
        />
        <span>${label} <span class="choice-hint">(${hint})</span></span>
      </label>
    `;
    return html`
      <fieldset class="section" part="section">
        <legend>${this.t.msg('workplace')}</legend>
        <fieldset role="radiogroup">
          <legend class="visually-hidden">${this.t.msg('workplace')}</legend>
          <div class="choices">
            ${choice('sedentaire', this.t.msg('sedentaire'), this.t.msg('sedentaireHint'))}
            ${choice('itinerant', this.t.msg('itinerant'), this.t.msg('itinerantHint'))}
          </div>
        </fieldset>
      </fieldset>
      <fieldset class="section" part="section">
        <legend>${this.t.msg('dates')}</legend>
        <p class="hint">${this.t.msg('datesHint')}</p>
        <div class="grid">${this.renderField('openingDate', errors)} ${this.renderField('closingDate', errors)}</div>
      </fieldset>
    `;
  }

  /** The applications given, in alphabetical order, each with its roles in order. */
  private get grantable(): Application[] {
    const byName = (a: string, b: string) => a.localeCompare(b, 'fr', { sensitivity: 'base' });
    return this.applications
      .map((application) => ({ ...application, roles: [...application.roles].sort((a, b) => byName(a.label, b.label)) }))
      .filter((application) => application.roles.length > 0)
      .sort((a, b) => byName(a.name, b.name));
  }

  private renderRoles() {
    const grantable = this.grantable;
    const total = grantable.reduce((n, application) => n + application.roles.length, 0);
    if (total === 0) return nothing;
    const caf = this.space === 'caf';
    const words = searchKey(this.roleFilter).split(/\s+/).filter(Boolean);
    const shown = grantable
      .map((application) => ({
        application,
        roles: application.roles.filter((role) => words.every((word) => searchKey(`${application.name} ${role.label}`).includes(word))),
      }))
      .filter((group) => group.roles.length > 0);
    const labels = new Map(grantable.flatMap((application) => application.roles.map((role) => [role.id, role.label] as const)));
    return html`
      <fieldset class="section roles" part="section roles" aria-describedby="roles-hint">
        <legend>${this.t.msg(caf ? 'rolesCaf' : 'rolesUcanss')}</legend>
        <p id="roles-hint" class="hint">${this.t.msg(caf ? 'rolesCafHint' : 'rolesUcanssHint')}</p>
        ${total > ROLE_SEARCH_THRESHOLD
          ? html`<habil-field
              class="role-search"
              type="search"
              label=${this.t.msg('searchRole')}
              autocomplete="off"
              .value=${this.roleFilter}
              @input=${(event: Event) => (this.roleFilter = (event.currentTarget as HabilField).value)}
              @keydown=${(event: KeyboardEvent) => event.key === 'Enter' && event.stopPropagation()}
            ></habil-field>`
          : nothing}
        <div class="role-list">
          ${shown.length === 0
            ? html`<p class="empty">${this.t.msg('noRoleMatches', this.roleFilter.trim())}</p>`
            : shown.map(
                ({ application, roles }) => html`
                  <fieldset class="application">
                    <legend>${application.name}</legend>
                    <div class="choices">
                      ${roles.map(
                        (role) => html`
                          <label class="choice">
                            <input
                              type="checkbox"
                              name="roleIds"
                              value=${role.id}
                              .checked=${live(this.roleIds.includes(role.id))}
                              @change=${(event: Event) => this.toggleRole(role.id, (event.currentTarget as HTMLInputElement).checked)}
                            />
                            <span>${role.label}</span>
                          </label>
                        `,
                      )}
                    </div>
                  </fieldset>
                `,
              )}
        </div>
        <p class="chosen" role="status">
          ${this.t.msg('chosenRoles', this.roleIds.length)}
          ${this.roleIds.length > 0 ? html`<strong>${this.roleIds.map((id) => labels.get(id) ?? id).join(', ')}</strong>` : nothing}
        </p>
      </fieldset>
    `;
  }
}
