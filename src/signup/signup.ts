import { Task, TaskStatus } from '@lit/task';
import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { HabilClient } from '../client/types.js';
import type { AccountRequest, Civilite, Organisme, SignupBody } from '../domain/index.js';
import { validateSignup } from '../domain/field-rules.js';
import { fieldErrorLabel } from '../domain/field-errors.js';
import { errorSummaryStyles, renderErrorLinks, requiredMark, type ErrorSummaryItem } from '../internal/form-parts.js';
import { HabilElement } from '../internal/habil-element.js';
import { LocalizeController } from '../internal/localize.js';
import { WriteController } from '../internal/writes.js';
import type { HabilField } from '../ui/field/field.js';
import type { HabilLiveRegion } from '../ui/live-region/live-region.js';
import { signupMessages } from './messages.js';
import { signupStyles } from './signup.styles.js';

declare module '../internal/events.js' {
  interface HabilEventMap {
    'habil-signup-sent': CustomEvent<AccountRequest>;
  }
}

type SignupField = keyof SignupBody;

/** What is wrong with a field: the rule's code, and the server's words for a code the kit does not know. */
interface FieldMessage {
  code: string;
  message?: string | undefined;
}

/** The fields in the order of the form: the first one in error gets the focus. */
const FIELD_ORDER: readonly SignupField[] = ['civilite', 'nom', 'prenom', 'emailPro', 'worksForInstitution', 'organismeId', 'acceptsTerms'];

/** The domains the e-mail hint names, as the guide does: "(@urssaf.fr, @assurance-maladie.fr...)". */
const EMAIL_EXAMPLES = '@urssaf.fr, @assurance-maladie.fr, @lassuranceretraite.fr';

/** Lower case, without accents or punctuation: "Rhône" is found by "rhone", "ALSACE-MOSELLE" by "alsace moselle". */
function searchable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function matches(organisme: Organisme, search: string): boolean {
  const words = searchable(search).split(' ').filter(Boolean);
  const haystack = searchable(`${organisme.name} ${organisme.longName} ${organisme.code}`);
  return words.every((word) => haystack.includes(word));
}

/**
 * The sign-up form of the UCANSS portal ("Inscrivez-vous", user's guide §1): Civilité, Nom,
 * Prénom, Email professionnel (the login), "Je travaille à la Sécu ?", the organisme chosen in
 * a searchable list, and the terms of use. Public: it needs nobody connected.
 *
 * Before sending, the form checks what the server would refuse (`validateSignup`): required
 * fields, a well-formed e-mail, and an institution domain unless the person says "Non" (R8).
 * The server's refusals (an account already has this e-mail, R7) show on their fields; nothing
 * typed is lost. Once sent, the form gives way to a message saying where the request went
 * (R3): to a local correspondent of the organisme, or to UCANSS when it has none.
 *
 * The organisme is chosen with a search box and a native list box filtered as one types: both
 * are plain HTML controls, so screen readers and the keyboard work as everywhere (Down Arrow
 * goes from the box to the list; arrows choose).
 *
 * @tag habil-signup
 *
 * @fires habil-signup-sent - The request was created: `detail` is the AccountRequest (with `routedTo`: `local` or `central`).
 *
 * @csspart form - The form.
 * @csspart heading - The title.
 * @csspart intro - The explanation under the title.
 * @csspart field - Each `habil-field` (Nom, Prénom, Email professionnel).
 * @csspart choice - The radio groups (Civilité, "Je travaille à la Sécu ?").
 * @csspart organisme - The organisme search and list.
 * @csspart terms - The terms-of-use checkbox and link.
 * @csspart error - A field's error (on the radio groups, the organisme and the terms).
 * @csspart notice - Why the request was not sent (a `habil-alert`).
 * @csspart submit-button - "Envoyer la demande".
 * @csspart sent - The message shown once the request is sent.
 *
 * @cssprop [--habil-color-danger] - Field errors.
 * @cssprop [--habil-color-success] - The message shown once the request is sent.
 */
export class HabilSignup extends HabilElement {
  static override styles = [HabilElement.styles, errorSummaryStyles, signupStyles];

  /** Where the terms of use ("conditions générales d'utilisation") are read; no link when empty. */
  @property({ attribute: 'terms-url' })
  termsUrl = '';

  @state()
  private draft: Partial<SignupBody> = { worksForInstitution: true, acceptsTerms: false };

  @state()
  private search = '';

  @state()
  private errors: Partial<Record<SignupField, FieldMessage>> = {};

  @state()
  /** Why the request was not sent: fields to correct, or the server's refusal (its heading, in the words of the moment). */
  private notice: { heading: 'invalidHeading' | 'sendFailed'; error?: unknown } | undefined;

  @state()
  private sent: AccountRequest | undefined;

  @query('habil-live-region')
  private liveRegion!: HabilLiveRegion;

  private readonly t = new LocalizeController(this, signupMessages);
  private readonly writes = new WriteController(this, { lang: () => this.t.lang });

  private readonly organismesTask = new Task(this, {
    task: async ([client], { signal }) => {
      const organismes = await client.call('listOrganismes', {}, { signal });
      return organismes.filter((o) => o.space === 'ucanss').sort((a, b) => a.name.localeCompare(b.name, 'fr'));
    },
    args: () => [this.api] as [HabilClient],
  });

  private set<K extends SignupField>(field: K, value: SignupBody[K]): void {
    this.draft = { ...this.draft, [field]: value };
    if (this.errors[field]) {
      const { [field]: _fixed, ...rest } = this.errors;
      this.errors = rest;
    }
  }

  /** The error of `field` in the user's language (it follows a change of language), or empty. */
  private errorText(field: string): string {
    const error = this.errors[field as SignupField];
    if (!error) return '';
    const { code, message } = error;
    return fieldErrorLabel(code, this.t.lang) ?? message ?? code;
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    const problems = validateSignup(this.draft);
    if (problems.length) {
      this.showErrors(problems.map((p) => ({ field: p.field, code: p.code })));
      this.notice = { heading: 'invalidHeading' };
      await this.focusFirstError();
      return;
    }
    this.notice = undefined;
    const result = await this.writes.run(({ signal }) => this.api.call('signup', { body: this.draft as SignupBody }, { signal }), { key: 'signup' });
    if (result.ok) {
      const request = result.value;
      this.sent = request;
      this.emit('habil-signup-sent', request);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#sent-heading')?.focus();
      void this.liveRegion.announce(`${this.t.msg('sentHeading')}. ${this.sentText(request)}`);
      return;
    }
    if (result.aborted) return;
    this.showErrors(result.fieldErrors);
    this.notice = { heading: 'sendFailed', error: result.error };
    if (result.fieldErrors.length) await this.focusFirstError();
  }

  /** The request is on its way: « Envoyer » ignores clicks. */
  private get sending(): boolean {
    return this.writes.isBusy('signup');
  }

  private showErrors(problems: readonly { field: string; code: string; message?: string }[]): void {
    const errors: Partial<Record<SignupField, FieldMessage>> = {};
    for (const problem of problems) {
      errors[problem.field as SignupField] ??= { code: problem.code, message: problem.message };
    }
    this.errors = errors;
  }

  private async focusFirstError(): Promise<void> {
    await this.updateComplete;
    const field = FIELD_ORDER.find((f) => this.errors[f]);
    if (field) this.focusField(field);
  }

  /** What is wrong, field by field in the order of the form, each leading to its field; an error of no field, as it is. */
  private summaryItems(): ErrorSummaryItem[] {
    const labels: Record<SignupField, string> = {
      civilite: this.t.msg('civilite'),
      nom: this.t.msg('nom'),
      prenom: this.t.msg('prenom'),
      emailPro: this.t.msg('emailPro'),
      worksForInstitution: this.t.msg('worksForInstitution'),
      organismeId: this.t.msg('organismeShort'),
      acceptsTerms: this.t.msg('termsShort'),
    };
    const known = FIELD_ORDER.filter((field) => this.errors[field]).map((field) => ({
      field,
      text: this.t.msg('summaryItem', labels[field], this.errorText(field)),
    }));
    const others = Object.entries(this.errors)
      .filter(([field]) => !FIELD_ORDER.includes(field as SignupField))
      .map(([field]) => ({ text: this.errorText(field) }));
    return [...known, ...others];
  }

  private focusField(field: string): void {
    this.renderRoot.querySelector<HTMLElement>(`[data-field="${field}"]`)?.focus();
  }

  private sentText(request: AccountRequest): string {
    return request.routedTo === 'local' ? this.t.msg('sentLocal', request.organismeName) : this.t.msg('sentCentral', request.organismeName);
  }

  private onSearchKeydown(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown') return;
    const list = this.renderRoot.querySelector<HTMLSelectElement>('#organisme');
    if (!list || list.options.length === 0) return;
    event.preventDefault();
    list.focus();
    if (list.selectedIndex < 0) {
      list.selectedIndex = 0;
      this.set('organismeId', list.value);
    }
  }

  // ---- rendering --------------------------------------------------------------------------------

  protected override render() {
    return html`
      <habil-live-region></habil-live-region>
      ${this.sent ? this.renderSent(this.sent) : this.renderForm()}
    `;
  }

  private renderSent(request: AccountRequest) {
    return html`<section class="sent" part="sent" aria-labelledby="sent-heading">
      <h2 id="sent-heading" class="heading" part="heading" tabindex="-1">${this.t.msg('sentHeading')}</h2>
      <p>${this.sentText(request)}</p>
      <p>${this.t.msg('sentNext', request.emailPro)}</p>
    </section>`;
  }

  private renderForm() {
    const draft = this.draft;
    return html`<form part="form" novalidate @submit=${this.submit}>
      <h2 class="heading" part="heading">${this.t.msg('heading')}</h2>
      <p class="intro" part="intro">${this.t.msg('intro')}</p>
      <p class="legend" aria-hidden="true">${this.t.msg('requiredLegend')}</p>
      ${this.renderChoice('civilite', this.t.msg('civilite'), [
        { value: 'M.' as Civilite, label: this.t.msg('monsieur') },
        { value: 'Mme' as Civilite, label: this.t.msg('madame') },
      ], draft.civilite, (value) => this.set('civilite', value), true)}
      ${this.renderTextField('nom', 'family-name')}
      ${this.renderTextField('prenom', 'given-name')}
      ${this.renderTextField('emailPro', 'email', 'email', this.t.msg('emailHint', EMAIL_EXAMPLES))}
      ${this.renderChoice('worksForInstitution', this.t.msg('worksForInstitution'), [
        { value: 'yes', label: this.t.msg('yes') },
        { value: 'no', label: this.t.msg('no') },
      ], draft.worksForInstitution === false ? 'no' : 'yes', (value) => {
        this.set('worksForInstitution', value === 'yes');
        // The answer decides whether the e-mail's domain matters (R8): an error about it may no longer hold.
        if (this.errors.emailPro?.code === 'email-not-institutional') {
          const { emailPro: _fixed, ...rest } = this.errors;
          this.errors = rest;
        }
      }, false, this.t.msg('worksHint'))}
      ${this.renderOrganisme()}
      <div class="terms" part="terms">
        <div class="terms-choice">
          <input
            type="checkbox"
            id="terms"
            data-field="acceptsTerms"
            .checked=${live(draft.acceptsTerms === true)}
            aria-invalid=${this.errors.acceptsTerms ? 'true' : 'false'}
            aria-describedby=${this.errors.acceptsTerms ? 'acceptsTerms-error' : nothing}
            required
            @change=${(event: Event) => this.set('acceptsTerms', (event.currentTarget as HTMLInputElement).checked)}
          />
          <label for="terms">${this.t.msg('terms')}${requiredMark(this.locale.msg('requiredMark'))}</label>
        </div>
        ${this.termsUrl ? html`<a href=${this.termsUrl} target="_blank" rel="noopener">${this.t.msg('termsLink')}</a>` : nothing}
        ${this.renderError('acceptsTerms')}
      </div>
      <habil-alert part="notice" class=${this.notice ? 'filled' : ''} heading=${this.notice ? this.t.msg(this.notice.heading) : ''} .error=${this.notice?.error}>
        ${this.notice && Object.keys(this.errors).length > 0 ? renderErrorLinks(this.summaryItems(), (field) => this.focusField(field)) : nothing}
      </habil-alert>
      <button type="submit" class="button button--primary" part="submit-button" aria-disabled=${this.sending ? 'true' : 'false'}>
        ${this.t.msg(this.sending ? 'sending' : 'submit')}
      </button>
    </form>`;
  }

  private renderError(field: SignupField) {
    const error = this.errors[field];
    return error ? html`<p id="${field}-error" class="error" part="error">${this.errorText(field)}</p>` : nothing;
  }

  /** Nom, Prénom or the professional e-mail, with its error. */
  private renderTextField(field: 'nom' | 'prenom' | 'emailPro', autocomplete: AutoFill, type?: 'email', hint?: string) {
    return html`<habil-field
      part="field"
      name=${field}
      data-field=${field}
      type=${ifDefined(type)}
      label=${this.t.msg(field)}
      hint=${ifDefined(hint)}
      required
      autocomplete=${autocomplete}
      .value=${this.draft[field] ?? ''}
      error=${this.errorText(field)}
      @input=${(event: Event) => this.set(field, (event.currentTarget as HabilField).value)}
    ></habil-field>`;
  }

  private renderChoice<V extends string>(
    field: SignupField,
    legend: string,
    options: { value: V; label: string }[],
    value: V | undefined,
    choose: (value: V) => void,
    required: boolean,
    hint?: string,
  ) {
    const error = this.errors[field];
    const describedBy = [hint ? `${field}-hint` : '', error ? `${field}-error` : ''].filter(Boolean).join(' ');
    // The group says it is required and, once the user tried to send, whether it is wrong: a native
    // `required` on each radio would make browsers call the group invalid before anything was done.
    return html`<fieldset
      class="choice"
      part="choice"
      role="radiogroup"
      aria-required=${required ? 'true' : 'false'}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${describedBy || nothing}
    >
      <legend>${legend}${required ? requiredMark(this.locale.msg('requiredMark')) : nothing}</legend>
      ${hint ? html`<p id="${field}-hint" class="hint">${hint}</p>` : nothing}
      <div class="options">
        ${options.map(
          (option, index) => html`<label class="option">
            <input
              type="radio"
              name=${field}
              value=${String(option.value)}
              data-field=${index === 0 ? field : nothing}
              .checked=${live(value === option.value)}
              @change=${() => choose(option.value)}
            />
            ${option.label}
          </label>`,
        )}
      </div>
      ${this.renderError(field)}
    </fieldset>`;
  }

  private renderOrganisme() {
    const task = this.organismesTask;
    const organismes = task.value ?? [];
    const shown = organismes.filter((o) => matches(o, this.search));
    const chosen = organismes.find((o) => o.id === this.draft.organismeId);
    const error = this.errors.organismeId;
    const describedBy = ['organisme-count', chosen ? 'organisme-chosen' : '', error ? 'organismeId-error' : ''].filter(Boolean).join(' ');
    return html`<div class="organisme" part="organisme">
      <label for="organisme-search">${this.t.msg('organismeSearch')}</label>
      <p id="organisme-search-hint" class="hint">${this.t.msg('organismeSearchHint')}</p>
      <input
        id="organisme-search"
        type="search"
        autocomplete="off"
        aria-describedby="organisme-search-hint organisme-count"
        aria-controls="organisme"
        .value=${live(this.search)}
        @input=${(event: Event) => (this.search = (event.currentTarget as HTMLInputElement).value)}
        @keydown=${this.onSearchKeydown}
      />
      <label for="organisme">${this.t.msg('organisme')}${requiredMark(this.locale.msg('requiredMark'))}</label>
      <select
        id="organisme"
        data-field="organismeId"
        size="6"
        required
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy}
        @change=${(event: Event) => this.set('organismeId', (event.currentTarget as HTMLSelectElement).value)}
      >
        ${shown.map((o) => html`<option value=${o.id} ?selected=${o.id === this.draft.organismeId}>${o.name} (${o.code})</option>`)}
      </select>
      <p id="organisme-count" class="hint" aria-live="polite">
        ${task.status === TaskStatus.COMPLETE
          ? shown.length === 0
            ? this.t.msg('organismeNone')
            : this.t.msg('organismeCount', shown.length, organismes.length)
          : task.status === TaskStatus.PENDING
            ? this.locale.msg('loading')
            : nothing}
      </p>
      ${chosen ? html`<p id="organisme-chosen" class="chosen">${this.t.msg('organismeChosen', chosen.name)}</p>` : nothing}
      ${this.renderError('organismeId')}
      ${task.status === TaskStatus.ERROR
        ? html`<habil-alert class="filled" heading=${this.t.msg('organismesFailed')} .error=${task.error} retryable @habil-retry=${() => void task.run()}></habil-alert>`
        : nothing}
    </div>`;
  }
}
