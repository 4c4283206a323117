/** What the forms of `<habil-user-groups>` share: date checks against the server's day, field errors in words, Enter. */
import { html, nothing } from 'lit';
import type { AccountSummary, FieldError } from '../domain/index.js';
import { FIELD_ERROR_LABELS, isoDay, PROBLEMS, problemMessage, type FieldErrorCode, type Lang, type ProblemCode } from '../domain/index.js';

/**
 * The moment the domain's date rules are checked against: noon of the server's day, so that
 * the browser's clock and time zone never decide whether a date is in the past (R6).
 */
export function dayToCheckAgainst(today: string): Date {
  return new Date(`${today || isoDay(new Date())}T12:00:00Z`);
}

/** A field error (the domain's checks or the server's `errors`) in the user's words. */
export function fieldErrorText(error: Pick<FieldError, 'code'> & { message?: string }, lang: Lang, fallback: string): string {
  if (error.code in FIELD_ERROR_LABELS) return FIELD_ERROR_LABELS[error.code as FieldErrorCode][lang];
  if (error.code in PROBLEMS) return problemMessage(error.code as ProblemCode, lang);
  return error.message && error.message !== error.code ? error.message : fallback;
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

/** "DURAND Mathieu (AAA2930CAU)": the guide's lists put the name first, and the identifier tells namesakes apart. */
export function userOptionLabel(user: Pick<AccountSummary, 'nom' | 'prenom' | 'identifier'>): string {
  return `${user.nom} ${user.prenom} (${user.identifier})`;
}

/** "Mathieu DURAND", as the guide writes a person in a sentence. */
export function personName(person: { prenom: string; nom: string }): string {
  return `${person.prenom} ${person.nom}`;
}

/** A report line's mark (✓ ✗ –), for the eye only: the words after it say the same. */
export function reportMark(mark: '✓' | '✗' | '–' | undefined) {
  return mark ? html`<span class="mark" aria-hidden="true">${mark}</span>` : nothing;
}
