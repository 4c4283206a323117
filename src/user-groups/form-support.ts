/** What the forms of `<habil-user-groups>` share: field errors in words, the users' labels. */
import { html, nothing } from 'lit';
import type { AccountSummary, FieldError } from '../domain/index.js';
import { FIELD_ERROR_LABELS, PROBLEMS, problemMessage, type FieldErrorCode, type Lang, type ProblemCode } from '../domain/index.js';

/** A field error (the domain's checks or the server's `errors`) in the user's words. */
export function fieldErrorText(error: Pick<FieldError, 'code'> & { message?: string }, lang: Lang, fallback: string): string {
  if (error.code in FIELD_ERROR_LABELS) return FIELD_ERROR_LABELS[error.code as FieldErrorCode][lang];
  if (error.code in PROBLEMS) return problemMessage(error.code as ProblemCode, lang);
  return error.message && error.message !== error.code ? error.message : fallback;
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
