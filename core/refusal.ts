import { FIELD_ERROR_LABELS, problemDetails, type FieldError, type FieldErrorCode, type PersonRef, type Problem, type ProblemCode, type RequestStatus } from '../src/domain/index.js';

/** A rule of the specification says no: becomes a problem+json answer (or a bulk row). */
export class Refusal extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly detail?: string,
    readonly extra: { errors?: FieldError[]; decidedBy?: PersonRef; decidedAt?: string; decision?: RequestStatus; currentVersion?: number } = {},
  ) {
    super(detail ?? code);
    this.name = 'Refusal';
  }
}

/** Problems of form fields as one refusal: retroactive-date when a date is in the past (R6), validation-failed otherwise; each with its French words. */
export function fieldRefusal(problems: { field: string; code: string }[]): Refusal {
  const code = problems.some((p) => p.code === 'retroactive-date') ? 'retroactive-date' : 'validation-failed';
  return new Refusal(code, undefined, {
    errors: problems.map((p) => ({ field: p.field, code: p.code, message: FIELD_ERROR_LABELS[p.code as FieldErrorCode]?.fr ?? p.code })),
  });
}

/** The refusal as RFC 9457 problem+json, as an answer or a bulk row carries it. */
export function problemOf(refusal: Refusal, instance?: string): Problem {
  return problemDetails(refusal.code, { ...(refusal.detail ? { detail: refusal.detail } : {}), ...(instance ? { instance } : {}), ...refusal.extra });
}
