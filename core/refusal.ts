import type { FieldError, PersonRef, ProblemCode, RequestStatus } from '../src/domain/index.js';

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
