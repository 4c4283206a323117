/**
 * What the kit's forms draw the same way: the star of a required control, the error under a
 * control, a required group of radio buttons, and the list of what is wrong above a form (RGAA
 * 11.10, WCAG 3.3.1): each field with its error, as a link that takes the user to the field; an
 * error of no field shown (the server's, about something the form does not ask) as plain text.
 * The account form, the profile form, the sign-up form and the dialogs that ask for a choice draw them.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';

/**
 * The "*" of a required control, hidden from screen readers, which hear `spoken` («
 * (obligatoire) ») instead: put it in the control's label or legend, so that its accessible name
 * is « Nom (obligatoire) », the star left out.
 */
export function requiredMark(spoken: string) {
  return html`<span class="required" aria-hidden="true">*</span><span class="visually-hidden"> ${spoken}</span>`;
}

/**
 * An error under a control, drawn like `<habil-field>`'s, with the id the control points at
 * with `aria-describedby`. Nothing when there is no error, so that the id disappears with it.
 */
export function errorText(id: string, message: string | undefined) {
  if (!message) return nothing;
  return html`<p id=${id} class="error" part="error">
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path fill="currentColor" d="M8 1l7 13H1zm-.8 4.5v4h1.6v-4zm0 5.5v1.6h1.6V11z"></path>
    </svg>
    <span>${message}</span>
  </p>`;
}

/** A radio button in its `.choice` label, checked while `checked`; `choose` gets its value when the user picks it. */
export function radioChoice<V extends string>(name: string, value: V, checked: boolean, choose: (value: V) => void, label: unknown) {
  return html`<label class="choice">
    <input type="radio" name=${name} value=${String(value)} .checked=${live(checked)} @change=${() => choose(value)} />
    <span>${label}</span>
  </label>`;
}

export interface RequiredRadioGroup {
  /** The `<fieldset>`'s class and part, when it has them. */
  className?: string;
  part?: string;
  legend: string;
  /** The legend's class: `visually-hidden` when the dialog's heading says it already. */
  legendClass?: string;
  /** « (obligatoire) », said after the legend. */
  requiredWord: string;
  /** The error, under the choices, and the id the group points at while there is one. */
  error: string | undefined;
  errorId: string;
  choices: unknown;
}

/**
 * A group of radio buttons that asks for an answer: it says it is required and, once the user
 * tried to go on, whether it is wrong (a native `required` on each radio would make browsers call
 * the group invalid before anything was done), with its error under the choices.
 */
export function renderRequiredRadioGroup(group: RequiredRadioGroup) {
  const { error, errorId } = group;
  return html`<fieldset
    class=${ifDefined(group.className)}
    part=${ifDefined(group.part)}
    role="radiogroup"
    aria-required="true"
    aria-invalid=${error ? 'true' : 'false'}
    aria-describedby=${error ? errorId : nothing}
  >
    <legend class=${ifDefined(group.legendClass)}>${group.legend}${requiredMark(group.requiredWord)}</legend>
    ${group.choices}
    ${errorText(errorId, error)}
  </fieldset>`;
}

export interface ErrorSummaryItem {
  /** The field's name, when the form shows it: the item then leads to it. */
  field?: string | undefined;
  /** « Nom : Ce champ est obligatoire. », or only the error for an error of no field. */
  text: string;
}

/** The list of errors, each a link to its field when it has one. */
export function renderErrorLinks(items: readonly ErrorSummaryItem[], goTo: (field: string) => void) {
  return html`<ul class="error-links">
    ${items.map(({ field, text }) =>
      field
        ? html`<li>
            <button type="button" class="link" @click=${() => goTo(field)}>${text}</button>
          </li>`
        : html`<li>${text}</li>`,
    )}
  </ul>`;
}

/** The box above a form: its heading and the list, focusable so that a form can lead there. */
export function renderErrorSummary(heading: string, items: readonly ErrorSummaryItem[], goTo: (field: string) => void) {
  if (items.length === 0) return nothing;
  return html`<div class="summary" part="summary" tabindex="-1">
    <p class="summary-heading">${heading}</p>
    ${renderErrorLinks(items, goTo)}
  </div>`;
}

/** The styles of the list of what is wrong (error-summary.styles.ts, apart so that a form loaded on demand leaves them to its widget). */
export { errorSummaryStyles } from '../ui/styles/error-summary.styles.js';
