import { FIELD_ERROR_LABELS, problemDetails, type FieldError, type FieldErrorCode, type Lang, type PersonRef, type Problem, type ProblemCode, type RequestStatus } from '../src/domain/index.js';
import type { Words } from './language.js';

/** A rule of the specification says no: becomes a problem+json answer (or a bulk row). */
export class Refusal extends Error {
  constructor(
    readonly code: ProblemCode,
    /** What this refusal adds to the rule's words, in both languages; the answer says it in the reader's. */
    readonly detail?: Words,
    readonly extra: { errors?: FieldError[]; decidedBy?: PersonRef; decidedAt?: string; decision?: RequestStatus; currentVersion?: number } = {},
  ) {
    super(detail?.fr ?? code);
    this.name = 'Refusal';
  }
}

/** Problems of form fields as one refusal: retroactive-date when a date is in the past (R6), validation-failed otherwise. */
export function fieldRefusal(problems: { field: string; code: string }[]): Refusal {
  const code = problems.some((p) => p.code === 'retroactive-date') ? 'retroactive-date' : 'validation-failed';
  return new Refusal(code, undefined, { errors: problems.map((p) => ({ field: p.field, code: p.code, message: p.code })) });
}

/**
 * The refusal as RFC 9457 problem+json, as an answer or a bulk row carries it, in `lang`: the
 * detail, and the message of every field error whose code has words. The title stays the
 * catalogue's French one, the same for every reader.
 */
export function problemOf(refusal: Refusal, lang: Lang, instance?: string): Problem {
  const { errors, ...extra } = refusal.extra;
  return problemDetails(refusal.code, {
    ...(refusal.detail ? { detail: refusal.detail[lang] } : {}),
    ...(instance ? { instance } : {}),
    ...(errors ? { errors: errors.map((e) => (e.code in FIELD_ERROR_LABELS ? { ...e, message: FIELD_ERROR_LABELS[e.code as FieldErrorCode][lang] } : e)) } : {}),
    ...extra,
  });
}
