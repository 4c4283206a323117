/**
 * What `<habil-account-form>` checks before sending, with the domain's rules (required fields,
 * e-mail format, dates against the server's day, R6, R7, R17) and its own (the e-mail and phone
 * confirmations), and every error in the user's words.
 */
import { fieldErrorLabel, type FieldErrorCode } from '../domain/field-errors.js';
import { problemMessage } from '../domain/problem-words.js';
import { normaliseEmail, validateAccountDraft, validateDates } from '../domain/rules.js';
import type { AccountPatch } from '../domain/schemas.js';
import { CLOSING_DATE_KEPT, type FieldProblem } from '../internal/form-state.js';
import { dayToCheckAgainst } from '../internal/forms.js';
import type { LocalizeController } from '../internal/localize.js';
import type { kitMessages } from '../internal/kit-messages.js';
import type { accountFormMessages } from './account-form.messages.js';
import { draftOf, FIELDS, patchOf, type AccountFormScreen, type FieldName, type Values } from './account-form-values.js';

export type AccountFormWords = LocalizeController<(typeof accountFormMessages)['fr']>;
export type KitWords = LocalizeController<(typeof kitMessages)['fr']>;

/** Codes of the form's own checks, beside the domain's and the server's. */
type FormCode = FieldErrorCode | 'email-mismatch' | 'phone-mismatch' | typeof CLOSING_DATE_KEPT;

/** "03 88 25 26 00" and "0388252600" are the same number. */
function phoneDigits(value: string): string {
  return value.replace(/[\s./-]/g, '');
}

/** What is wrong with the values of `screen`, before anything is sent. */
export function clientProblems(values: Values, screen: AccountFormScreen, conventionId: string | undefined): FieldProblem[] {
  const now = dayToCheckAgainst(screen.today);
  const fields = FIELDS[screen.space][screen.mode];
  const draft = draftOf(values, screen, { roleIds: [], conventionId });
  const problems: FieldProblem[] = [];
  if (screen.mode === 'create' || !screen.account) {
    problems.push(...validateAccountDraft(draft, now));
  } else {
    const account = screen.account;
    problems.push(...validateAccountDraft({ ...draft, emailPro: account.emailPro, openingDate: undefined, closingDate: undefined }, now));
    if (screen.space === 'caf') problems.push(...editedDateProblems(values, screen, patchOf(values, screen.space, account), now));
  }
  if (fields.includes('emailProConfirmation')) {
    const confirmation = values.emailProConfirmation.trim();
    if (!confirmation) problems.push({ field: 'emailProConfirmation', code: 'required' });
    else if (normaliseEmail(confirmation) !== normaliseEmail(values.emailPro)) problems.push({ field: 'emailProConfirmation', code: 'email-mismatch' });
  }
  if (fields.includes('phoneConfirmation') && phoneDigits(values.phone) !== phoneDigits(values.phoneConfirmation)) {
    problems.push({ field: 'phoneConfirmation', code: 'phone-mismatch' });
  }
  return problems;
}

/**
 * R6 on an edit, as the server applies it: a closing date is checked against today only when
 * it changes (an account closed last year can still have its phone corrected); the order of
 * the dates whenever one of them changes.
 */
function editedDateProblems(values: Values, screen: AccountFormScreen, patch: AccountPatch, now: Date): FieldProblem[] {
  const account = screen.account;
  // A recorded date can be changed, not erased: the contract has no way to say "no date".
  if (account?.openingDate && !values.openingDate) return [{ field: 'openingDate', code: 'required' }];
  if (account?.closingDate && !values.closingDate) return [{ field: 'closingDate', code: CLOSING_DATE_KEPT }];
  const openingDate = values.openingDate || undefined;
  const closingDate = values.closingDate || undefined;
  if (patch.closingDate !== undefined) return validateDates({ openingDate, closingDate }, now);
  if (patch.openingDate === undefined) return [];
  const problems: FieldProblem[] = validateDates({ openingDate }, now);
  if (problems.length === 0 && openingDate && closingDate && closingDate < openingDate) problems.push({ field: 'closingDate', code: 'date-order' });
  return problems;
}

/** A problem in words: the form's own, the rule's (as the server says it), or the server's own words. */
export function describeProblem(problem: FieldProblem, t: AccountFormWords, kit: KitWords): string {
  const lang = t.lang;
  switch (problem.code as FormCode) {
    case 'required':
      return kit.msg('requiredError');
    case 'duplicate-email':
      return problemMessage('duplicate-email', lang);
    case 'retroactive-date':
      return problemMessage('retroactive-date', lang);
    case 'email-mismatch':
      return t.msg('emailMismatch');
    case 'phone-mismatch':
      return t.msg('phoneMismatch');
    case CLOSING_DATE_KEPT:
      return t.msg('closingDateKept');
  }
  const words = fieldErrorLabel(problem.code, lang);
  if (words) return words;
  return problem.message && problem.message !== problem.code ? problem.message : t.msg('refused');
}

/** The label of a field on this screen. */
export function labelOf(name: FieldName, space: AccountFormScreen['space'], t: AccountFormWords): string {
  if (name === 'emailPro') return t.msg(space === 'caf' ? 'emailProCaf' : 'emailProUcanss');
  if (name === 'workstyle') return t.msg('workplace');
  return t.msg(name);
}
