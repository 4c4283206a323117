/**
 * Every refusal code of the contract, with its HTTP status and the rule of the specification it
 * enforces: what a client needs to recognise a refusal. The words a user reads are in
 * problems.ts, so that a page that only calls the server does not carry them.
 */
export const PROBLEM_BASE = '/problems/';

export const PROBLEM_CODES = {
  'out-of-scope': { status: 403, rule: 'R1' },
  forbidden: { status: 403, rule: 'R1' },
  'privileged-account': { status: 403, rule: 'R16' },
  'add-account-read-only': { status: 403, rule: 'R2' },
  'partner-profile-read-only': { status: 403, rule: 'R12' },
  'application-open': { status: 422, rule: 'R3' },
  'application-by-procedure': { status: 422, rule: 'R3' },
  'central-approval-required': { status: 403, rule: 'R3' },
  'role-not-grantable': { status: 422, rule: 'R16' },
  'request-already-pending': { status: 409, rule: 'R3' },
  'role-already-granted': { status: 409 },
  'role-not-granted': { status: 409 },
  'already-decided': { status: 409, rule: 'R5' },
  'retroactive-date': { status: 422, rule: 'R6' },
  'afas-profiles-remain': { status: 409, rule: 'R6' },
  'account-not-active': { status: 409, rule: 'R6' },
  'account-already-active': { status: 409, rule: 'R6' },
  'account-deleted': { status: 409, rule: 'R6' },
  'duplicate-email': { status: 409, rule: 'R7' },
  'validation-failed': { status: 422, rule: 'R7' },
  'email-not-institutional': { status: 422, rule: 'R8' },
  'already-in-organisme': { status: 409, rule: 'R9' },
  'duplicate-group-code': { status: 409, rule: 'R11' },
  'responsable-not-member-of-convention': { status: 422, rule: 'R11' },
  'role-not-in-convention': { status: 422, rule: 'R11' },
  'group-closed': { status: 409, rule: 'R11' },
  'already-member': { status: 409, rule: 'R11' },
  'responsable-of-open-groups': { status: 409, rule: 'R11' },
  'partner-admin-limit': { status: 409, rule: 'R12' },
  'afas-habiliter-required': { status: 403, rule: 'R12' },
  'last-local-admin': { status: 409, rule: 'R13' },
  'already-local-admin': { status: 409, rule: 'R13' },
  'already-partner-admin': { status: 409, rule: 'R12' },
  'idempotency-key-reused': { status: 422, rule: 'R5' },
  'stale-write': { status: 412, rule: 'R15' },
  'precondition-required': { status: 428, rule: 'R15' },
  'not-found': { status: 404 },
  'invalid-request': { status: 400 },
  'too-many-requests': { status: 429 },
  'payload-too-large': { status: 413 },
  'not-ready': { status: 503 },
  'not-implemented': { status: 501 },
  'internal-error': { status: 500 },
  unauthenticated: { status: 401 },
} as const satisfies Record<string, { status: number; rule?: string }>;

export type ProblemCode = keyof typeof PROBLEM_CODES;

export function problemType(code: ProblemCode): string {
  return PROBLEM_BASE + code;
}

/** The code of a problem type URI, or undefined when it is not one of ours. */
export function problemCodeOf(type: string | undefined): ProblemCode | undefined {
  if (!type) return undefined;
  const code = type.slice(type.lastIndexOf('/') + 1);
  return Object.hasOwn(PROBLEM_CODES, code) ? (code as ProblemCode) : undefined;
}
