/** Small pieces the parts of `<habil-account-search>` share. */
import { html, nothing } from 'lit';
import { isoDay } from '../domain/rules.js';

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

/** The "*" of a required control, hidden from screen readers, which hear "(obligatoire)" instead. */
export function requiredMark(spoken: string) {
  return html`<span class="required" aria-hidden="true">*</span><span class="visually-hidden"> ${spoken}</span>`;
}

/** Text compared the way people type it: without case or accents ("helene" finds "Hélène"). */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();
}

/**
 * The moment the domain's date rules are checked against: noon of the server's day, so that
 * the browser's clock and time zone never decide whether a date is in the past (R6).
 */
export function dayToCheckAgainst(today: string): Date {
  return today ? new Date(`${today}T12:00:00Z`) : new Date();
}

/** The server's day, or the browser's in Paris when the host gave none. */
export function serverDay(today: string): string {
  return today || isoDay(new Date());
}

/**
 * Enter in a `<habil-field>` submits the form around it, as it does in a native text field: the
 * field's own input sits in the field's shadow root, outside the form, so the browser does not.
 */
export function submitOnEnter(event: KeyboardEvent): void {
  const field = event.target as Element;
  if (event.key !== 'Enter' || event.isComposing || field.localName !== 'habil-field' || field.getAttribute('type') === 'textarea') return;
  const form = field.closest('form');
  if (!form) return;
  event.preventDefault();
  form.requestSubmit();
}
