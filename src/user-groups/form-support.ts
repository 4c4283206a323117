/** What the forms of `<habil-user-groups>` share: field errors in words, the users' labels. */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FieldError } from '../domain/index.js';
import type { Lang } from '../domain/index.js';
import { fieldErrorLabel } from '../domain/field-errors.js';
import { CLOSING_DATE_KEPT, errorsShown, focusFirstError, type FieldProblem } from '../internal/form-state.js';
import { refusalWords } from '../internal/problem-text.js';
import type { HabilField } from '../ui/field/field.js';
import type { GroupMembersWords } from './group-members.messages.js';
import type { PartWords } from './parts.messages.js';

// The kit's form state (`internal/form-state.ts`) is shared with the account form; the member dialogs use it through these,
// and the account search's memberships dialog names a person through this module.
export { CLOSING_DATE_KEPT, focusFirstError, type FieldProblem };
export { personName } from './people.js';

/** A field error (the domain's checks or the server's `errors`) in the user's words. */
export function fieldErrorText(error: Pick<FieldError, 'code'> & { message?: string }, lang: Lang, fallback: string): string {
  const words = fieldErrorLabel(error.code, lang) ?? refusalWords(error.code, lang);
  if (words) return words;
  return error.message && error.message !== error.code ? error.message : fallback;
}

/** A problem of a user-groups form in words. */
export function describeFieldProblem(t: PartWords, problem: FieldProblem): string {
  return problem.code === CLOSING_DATE_KEPT ? t.msg('closingDateKept') : fieldErrorText(problem, t.lang, t.msg('fieldRefused'));
}

/**
 * The error each field shows, in words: the form's own findings (`own`: empty until the user
 * tried to send), then the server's on the fields the user has not changed since.
 */
export function fieldErrorsShown(
  t: PartWords,
  own: readonly FieldProblem[],
  server: readonly FieldProblem[],
  changedSinceServer: ReadonlySet<string>,
): Map<string, string> {
  return errorsShown(own, server, changedSinceServer, (problem) => describeFieldProblem(t, problem));
}

export interface UserChoice {
  name: string;
  label: string;
  hint: string;
  options: { value: string; label: string }[];
  value: string;
  error: string;
  onChange: (accountId: string) => void;
  /** « Créer un utilisateur… » beside the field, when the person may create users. */
  create?: { part?: string; onClick: () => void };
}

/** A user chosen among the convention's (the responsable, the user to attach), with « Créer un utilisateur… » beside him. */
export function renderUserChoice(t: PartWords, choice: UserChoice) {
  return html`<div class="with-button">
    <habil-field
      name=${choice.name}
      type="select"
      label=${choice.label}
      hint=${choice.hint}
      empty-option-label=${t.msg('chooseUser')}
      .options=${choice.options}
      .value=${choice.value}
      error=${choice.error}
      required
      @change=${(event: Event) => choice.onChange((event.currentTarget as HabilField).value)}
    ></habil-field>
    ${choice.create
      ? html`<button type="button" class="button" part=${ifDefined(choice.create.part)} @click=${choice.create.onClick}>${t.msg('createUser')}</button>`
      : nothing}
  </div>`;
}

/** "depuis le 27/03/2018", "du 27/03/2018 au 30/09/2025": a membership's period in a sentence. */
export function periodText(t: GroupMembersWords, period: { openingDate: string; closingDate?: string | undefined }): string {
  const from = t.formatDate(period.openingDate);
  return period.closingDate ? t.msg('periodUntil', from, t.formatDate(period.closingDate)) : t.msg('periodOpen', from);
}

/** A report line's mark (✓ ✗ –), for the eye only: the words after it say the same. */
export function reportMark(mark: '✓' | '✗' | '–' | undefined) {
  return mark ? html`<span class="mark" aria-hidden="true">${mark}</span>` : nothing;
}
