import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { HabilBaseElement } from '../../internal/habil-base-element.js';
import { defineMessages, LocalizeController } from '../../internal/localize.js';
import { fieldStyles } from './field.styles.js';

export type FieldType = 'text' | 'email' | 'tel' | 'password' | 'search' | 'url' | 'number' | 'date' | 'select' | 'textarea';

export interface FieldOption {
  value: string;
  label: string;
  disabled?: boolean;
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const messages = defineMessages({
  fr: { choose: '— Choisir —' },
  en: { choose: '— Choose —' },
});

/** The browser's reasons for an invalid value, as `setValidity` takes them. */
function validityFlags(validity: ValidityState): ValidityStateFlags {
  return {
    badInput: validity.badInput,
    patternMismatch: validity.patternMismatch,
    rangeOverflow: validity.rangeOverflow,
    rangeUnderflow: validity.rangeUnderflow,
    stepMismatch: validity.stepMismatch,
    tooLong: validity.tooLong,
    tooShort: validity.tooShort,
    typeMismatch: validity.typeMismatch,
    valueMissing: validity.valueMissing,
  };
}

/**
 * A form field: its label, the native control, a hint, and the error the server or the
 * widget found, tied to the control with `aria-describedby` and `aria-invalid`. Showing an
 * error never touches what the user typed.
 *
 * Why the control is built in rather than slotted: a `<label for>` cannot point across a
 * shadow boundary, so a label here and an input in the page would not be tied together. The
 * field renders its own `<input>`, `<select>` or `<textarea>` next to its label, and is a
 * form-associated custom element (ElementInternals): inside a `<form>` its `name` and `value`
 * are submitted, `form.reset()` restores it, a disabled `<fieldset>` disables it, and
 * `checkValidity()` / `reportValidity()` work like a native control's.
 *
 * @tag habil-field
 *
 * @fires input - The user changed the value (native, composed event; read `value`).
 * @fires change - The user committed a change (re-fired from the host, as the native one does not leave the shadow root).
 *
 * @csspart label - The `<label>`.
 * @csspart required - The "*" mark.
 * @csspart hint - The hint under the label.
 * @csspart control - The native `<input>`, `<select>` or `<textarea>`.
 * @csspart error - The error message.
 */
export class HabilField extends HabilBaseElement {
  static formAssociated = true;

  static override shadowRootOptions: ShadowRootInit = { ...HabilBaseElement.shadowRootOptions, delegatesFocus: true };

  static override styles = [HabilBaseElement.styles, fieldStyles];

  @property()
  label = '';

  /** The name under which the value is submitted with a form. */
  @property({ reflect: true })
  name = '';

  @property()
  type: FieldType = 'text';

  @property()
  value = '';

  @property({ type: Boolean, reflect: true })
  required = false;

  @property({ type: Boolean, reflect: true })
  disabled = false;

  @property({ type: Boolean, reflect: true })
  readonly = false;

  /** Help shown under the label (expected format, example). */
  @property()
  hint = '';

  /** What is wrong with the value, in words. Empty when the value is fine. */
  @property()
  error = '';

  /** The choices of a `select` field. */
  @property({ attribute: false })
  options: readonly FieldOption[] = [];

  /** The text of the empty first choice of a `select` (default: "— Choisir —"). */
  @property({ attribute: 'empty-option-label' })
  emptyOptionLabel?: string;

  /** The browser's autofill hint (`email`, `family-name`, `tel`…). */
  @property()
  autocomplete?: AutoFill;

  @state()
  private disabledByForm = false;

  @query('#control')
  private control!: Control;

  private readonly t = new LocalizeController(this, messages);

  /** The form the field belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** Like `checkValidity()`, and shows the browser's message on the control when the value is invalid. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  formResetCallback(): void {
    this.value = this.getAttribute('value') ?? '';
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabledByForm = disabled;
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
  }

  protected override updated(): void {
    this.internals.setFormValue(this.value);
    const validity = this.control.validity;
    if (this.error) this.internals.setValidity({ customError: true }, this.error, this.control);
    else if (validity.valueMissing) this.internals.setValidity({ valueMissing: true }, this.locale.msg('requiredError'), this.control);
    else if (!validity.valid) this.internals.setValidity(validityFlags(validity), this.control.validationMessage, this.control);
    else this.internals.setValidity({});
  }

  private onInput(event: Event): void {
    this.value = (event.target as Control).value;
  }

  private onChange(event: Event): void {
    this.value = (event.target as Control).value;
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  protected override render() {
    const describedBy = [this.hint ? 'hint' : '', this.error ? 'error' : ''].filter(Boolean).join(' ');
    return html`
      <label for="control" part="label">
        ${this.label}${this.required
          ? html`<span class="required" part="required" aria-hidden="true">*</span
              ><span class="visually-hidden"> ${this.locale.msg('requiredMark')}</span>`
          : nothing}
      </label>
      ${this.hint ? html`<p id="hint" class="hint" part="hint">${this.hint}</p>` : nothing} ${this.renderControl(describedBy)}
      ${this.error
        ? html`<p id="error" class="error" part="error">
            <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path fill="currentColor" d="M8 1l7 13H1zm-.8 4.5v4h1.6v-4zm0 5.5v1.6h1.6V11z"></path>
            </svg>
            <span>${this.error}</span>
          </p>`
        : nothing}
    `;
  }

  private renderControl(describedBy: string) {
    const disabled = this.disabled || this.disabledByForm;
    const invalid = this.error ? 'true' : undefined;
    const description = describedBy || nothing;
    if (this.type === 'select') {
      return html`
        <select
          id="control"
          part="control"
          .value=${live(this.value)}
          ?required=${this.required}
          ?disabled=${disabled || this.readonly}
          aria-invalid=${ifDefined(invalid)}
          aria-describedby=${description}
          .autocomplete=${this.autocomplete ?? ''}
          @input=${this.onInput}
          @change=${this.onChange}
        >
          <option value="" ?selected=${this.value === ''}>${this.emptyOptionLabel ?? this.t.msg('choose')}</option>
          ${this.options.map(
            (option) =>
              html`<option value=${option.value} ?disabled=${option.disabled ?? false} ?selected=${option.value === this.value}>
                ${option.label}
              </option>`,
          )}
        </select>
      `;
    }
    if (this.type === 'textarea') {
      return html`
        <textarea
          id="control"
          part="control"
          rows="3"
          .value=${live(this.value)}
          ?required=${this.required}
          ?disabled=${disabled}
          ?readonly=${this.readonly}
          aria-invalid=${ifDefined(invalid)}
          aria-describedby=${description}
          .autocomplete=${this.autocomplete ?? ''}
          @input=${this.onInput}
          @change=${this.onChange}
        ></textarea>
      `;
    }
    return html`
      <input
        id="control"
        part="control"
        type=${this.type}
        .value=${live(this.value)}
        ?required=${this.required}
        ?disabled=${disabled}
        ?readonly=${this.readonly}
        aria-invalid=${ifDefined(invalid)}
        aria-describedby=${description}
        .autocomplete=${this.autocomplete ?? ''}
        @input=${this.onInput}
        @change=${this.onChange}
      />
    `;
  }
}
