import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AccountDetail, AccountDraft, AccountPatch, Application, FieldError, Space } from '../domain/schemas.js';
import { renderErrorSummary, type ErrorSummaryItem } from '../internal/form-parts.js';
import { focusField, focusFirstError, FormState } from '../internal/form-state.js';
import { submitOnEnter } from '../internal/forms.js';
import { HabilBaseElement } from '../internal/habil-base-element.js';
import { LocalizeController } from '../internal/localize.js';
import type { HabilLiveRegion } from '../ui/live-region/live-region.js';
// The form draws habil-field: it defines it, for the widgets that load the form on demand.
import '../ui/field/define.js';
import { clientProblems, describeProblem, labelOf } from './account-form-checks.js';
import { renderRolesSection } from './account-form-roles.js';
import { renderCafSections, renderIdentitySection, renderPersonalSection, type AccountFormView } from './account-form-sections.js';
import { draftOf, FIELDS, patchOf, startingValues, type AccountFormMode, type AccountFormScreen, type FieldName } from './account-form-values.js';
import { accountFormMessages } from './account-form.messages.js';
import { accountFormStyles } from './account-form.styles.js';
import { roleGroupStyles } from './role-groups.js';
import { choiceStyles } from './part-styles.js';

export type { AccountFormMode } from './account-form-values.js';

/** A new account ("Nouveau"), or the changes to an existing one: only the fields the user changed. */
export type AccountFormSubmitDetail = { draft: AccountDraft; patch?: undefined } | { patch: AccountPatch; draft?: undefined };

declare module '../internal/events.js' {
  interface HabilEventMap {
    'habil-account-form-submit': CustomEvent<AccountFormSubmitDetail>;
    'habil-account-form-cancel': CustomEvent<Record<never, never>>;
  }
}

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
 * to its field, lists them above the form with a link to each field, says how many are wrong
 * (a polite live region) and gives focus to the first; the host sends the draft or patch of
 * `habil-account-form-submit` and gives the server's field errors back in `serverErrors`
 * (e.g. R7's duplicate e-mail), which show on the fields. Nothing the user typed is ever lost:
 * not on an error, and not when the host gives a newer version of the same account (R15) —
 * only the fields the user has not touched take the new values.
 *
 * Made of: the fields and what is sent (`account-form-values.ts`), the checks and their words
 * (`account-form-checks.ts`), the sections drawn (`account-form-sections.ts`,
 * `account-form-roles.ts`), and the kit's form state (`internal/form-state.ts`) and error list
 * (`internal/form-parts.ts`).
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
  static override styles = [HabilBaseElement.styles, choiceStyles, roleGroupStyles, accountFormStyles];

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
  private roleIds: string[] = [];

  @state()
  private roleFilter = '';

  private readonly t = new LocalizeController(this, accountFormMessages);
  private readonly form = new FormState<FieldName>(this, () => startingValues(this.screen));

  /** The user has typed or chosen something: closing the form would lose it. */
  get hasChanges(): boolean {
    return this.form.touchedAny || this.roleIds.length > 0;
  }

  /** Empties the form back to its starting values (create) or to the account's (edit). */
  reset(): void {
    this.form.reset();
    this.roleIds = [];
    this.roleFilter = '';
    this.serverErrors = [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('account') || changed.has('mode') || changed.has('space') || changed.has('today')) {
      const identity = `${this.space}/${this.mode}/${this.mode === 'edit' ? (this.account?.id ?? '') : ''}`;
      if (this.form.follow(identity)) this.reset();
    }
    if (changed.has('serverErrors')) this.form.serverErrorsCame();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('serverErrors') && this.serverErrors.length > 0) void this.updateComplete.then(() => this.focusFirstError());
  }

  private get screen(): AccountFormScreen {
    return { space: this.space, mode: this.mode, account: this.account, today: this.today };
  }

  private get fields(): readonly FieldName[] {
    return FIELDS[this.space][this.mode];
  }

  /** Every error to show, field by field, in the order of the screen: the form's own first, then the server's still standing. */
  private errors(): Map<string, string> {
    return this.form.errors(
      () => clientProblems(this.form.values, this.screen, this.conventionId),
      this.serverErrors,
      (problem) => describeProblem(problem, this.t, this.locale),
      this.fields,
    );
  }

  /** The first wrong field, or the list of errors when those left are of no field shown. */
  private focusFirstError(): void {
    const errors = this.errors();
    if (!focusFirstError(this.renderRoot, errors, this.fields) && errors.size > 0) this.renderRoot.querySelector<HTMLElement>('[part="summary"]')?.focus();
  }

  // ---- the submit -------------------------------------------------------------------------

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.submitting) return;
    // What the server said about the previous values no longer holds for the values sent now.
    this.serverErrors = [];
    const valid = this.form.submit(clientProblems(this.form.values, this.screen, this.conventionId), () => {
      this.focusFirstError();
      this.announceErrors();
    });
    if (!valid) return;
    if (this.mode === 'create') {
      this.emit('habil-account-form-submit', { draft: draftOf(this.form.values, this.screen, { roleIds: this.roleIds, conventionId: this.conventionId }) });
      return;
    }
    const patch = patchOf(this.form.values, this.space, this.account!);
    if (Object.keys(patch).length === 0) {
      this.form.unchanged();
      return;
    }
    this.emit('habil-account-form-submit', { patch });
  }

  /** Focus tells the first error only: the live region says how many fields are to correct, and which. */
  private announceErrors(): void {
    const items = this.summaryItems(this.errors());
    const labels = items.map((item) => (item.field ? labelOf(item.field as FieldName, this.space, this.t) : item.text));
    const region = this.renderRoot.querySelector<HabilLiveRegion>('habil-live-region');
    // A host that registered this class alone, without the parts' define module, has no live region.
    if (region && 'announce' in region) void region.announce(this.t.msg('summaryAnnounced', items.length, labels.join(', ')));
  }

  private summaryItems(errors: ReadonlyMap<string, string>): ErrorSummaryItem[] {
    const shown = new Set<string>(this.fields);
    return [...errors].map(([field, message]) =>
      shown.has(field) ? { field, text: this.t.msg('summaryItem', labelOf(field as FieldName, this.space, this.t), message) } : { text: message },
    );
  }

  private toggleRole(roleId: string, checked: boolean): void {
    this.roleIds = checked ? [...this.roleIds, roleId] : this.roleIds.filter((id) => id !== roleId);
  }

  // ---- rendering --------------------------------------------------------------------------

  protected override render() {
    const errors = this.errors();
    const view: AccountFormView = {
      t: this.t,
      requiredWord: this.locale.msg('requiredMark'),
      space: this.space,
      mode: this.mode,
      account: this.account,
      values: this.form.values,
      errors,
      set: (name, value) => this.form.set(name, value),
    };
    const caf = this.space === 'caf';
    return html`
      <form part="form" novalidate @submit=${this.onSubmit} @keydown=${submitOnEnter}>
        <p class="required-legend">${this.t.msg('requiredLegend')}</p>
        <habil-live-region></habil-live-region>
        ${renderErrorSummary(this.t.msg('summary'), this.summaryItems(errors), (field) => focusField(this.renderRoot, field))}
        ${renderIdentitySection(view)} ${caf ? renderCafSections(view) : renderPersonalSection(view)}
        ${this.mode === 'create'
          ? renderRolesSection({
              t: this.t,
              caf,
              applications: this.applications,
              chosen: this.roleIds,
              filter: this.roleFilter,
              setFilter: (filter) => (this.roleFilter = filter),
              toggle: (roleId, checked) => this.toggleRole(roleId, checked),
            })
          : nothing}
        <p class="status" role="status">${this.form.nothingChanged ? this.t.msg('nothingChanged') : nothing}</p>
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
    if (this.mode !== 'create') return this.t.msg('saveChanges');
    return this.t.msg(this.space === 'caf' ? 'validate' : 'save');
  }
}
