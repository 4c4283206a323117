/**
 * The checks of a form that the sign-up form needs (R7, R8, R17): required fields, the lengths
 * of the contract, a well-formed e-mail of the institution. Apart from rules.ts, which
 * re-exports them, so that the sign-up form loads only these.
 */
import type { FieldErrorCode } from './field-errors.js';
import type { SignupBody } from './schemas.js';
import { TEXT_LIMITS, textProblem } from './text.js';

export interface FieldProblem {
  field: string;
  code: FieldErrorCode;
}

/** R8: e-mail domains of the institution (sub-domains included). */
export const INSTITUTION_DOMAINS = [
  'ucanss.fr',
  'assurance-maladie.fr',
  'urssaf.fr',
  'lassuranceretraite.fr',
  'carsat.fr',
  'caf.fr',
  'cnaf.fr',
  'msa.fr',
  'securite-sociale.fr',
] as const;

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export function isValidEmail(value: string): boolean {
  return EMAIL.test(value.trim());
}

/** E-mails are identifiers: compared without case or surrounding blanks (R7). */
export function normaliseEmail(value: string): string {
  return value.trim().toLowerCase();
}

export function isInstitutionEmail(value: string): boolean {
  const domain = normaliseEmail(value).split('@')[1] ?? '';
  return INSTITUTION_DOMAINS.some((d) => domain === d || domain.endsWith('.' + d));
}

export function required(draft: object, fields: readonly string[]): FieldProblem[] {
  const values = draft as Record<string, unknown>;
  return fields
    .filter((f) => typeof values[f] !== 'string' || (values[f] as string).trim() === '')
    .map((field) => ({ field, code: 'required' as const }));
}

/** R17: the limits of the contract, checked by the forms before sending and by the servers. */
export function textProblems(draft: object, fields: Partial<Record<string, number>>): FieldProblem[] {
  const values = draft as Record<string, unknown>;
  const problems: FieldProblem[] = [];
  for (const [field, max] of Object.entries(fields)) {
    const value = values[field];
    if (typeof value !== 'string' || max === undefined) continue;
    const code = textProblem(value, max);
    if (code) problems.push({ field, code });
  }
  return problems;
}

export const ACCOUNT_TEXT = {
  nom: TEXT_LIMITS.name,
  prenom: TEXT_LIMITS.name,
  nomNaissance: TEXT_LIMITS.name,
  emailPro: TEXT_LIMITS.email,
  emailContact: TEXT_LIMITS.email,
  fonction: TEXT_LIMITS.fonction,
};

/** Keeps the first problem of each field: a text too long and badly formed is told once. */
export function firstPerField(problems: FieldProblem[]): FieldProblem[] {
  return problems.filter((p, i) => problems.findIndex((q) => q.field === p.field) === i);
}

/** R8: the sign-up form. */
export function validateSignup(draft: Partial<SignupBody>): FieldProblem[] {
  const problems = [...required(draft, ['civilite', 'nom', 'prenom', 'emailPro', 'organismeId']), ...textProblems(draft, ACCOUNT_TEXT)];
  const email = draft.emailPro ?? '';
  if (email && !isValidEmail(email)) problems.push({ field: 'emailPro', code: 'email' });
  else if (email && draft.worksForInstitution !== false && !isInstitutionEmail(email)) {
    problems.push({ field: 'emailPro', code: 'email-not-institutional' });
  }
  if (draft.acceptsTerms !== true) problems.push({ field: 'acceptsTerms', code: 'terms-required' });
  return firstPerField(problems);
}
