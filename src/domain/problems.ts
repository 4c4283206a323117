/**
 * Every refusal of the contract with its status and rule (problem-codes.ts) and the words a
 * user reads for it (problem-words.ts). The servers build their problem+json bodies from this
 * table and the widgets explain refusals from its words, so the two always agree.
 */
import { PROBLEM_CODES, problemType, type ProblemCode } from './problem-codes.js';
import { PROBLEM_WORDS as WORDS } from './problem-words.js';

export { PROBLEM_BASE, PROBLEM_CODES, problemCodeOf, problemType, type ProblemCode } from './problem-codes.js';
export { PROBLEM_WORDS, problemMessage } from './problem-words.js';

interface ProblemInfo {
  status: number;
  rule?: string;
  fr: string;
  en: string;
}

/** Every refusal: its status, its rule and its words. */
export const PROBLEMS = Object.fromEntries((Object.keys(PROBLEM_CODES) as ProblemCode[]).map((code) => [code, { ...PROBLEM_CODES[code], ...WORDS[code] }])) as {
  readonly [K in ProblemCode]: (typeof PROBLEM_CODES)[K] & (typeof WORDS)[K];
};

/** The RFC 9457 body of a refusal, as every server of the contract writes it (French title). */
export function problemDetails<E extends object>(code: ProblemCode, options: { detail?: string; instance?: string } & E = {} as { detail?: string; instance?: string } & E) {
  const info: ProblemInfo = PROBLEMS[code];
  const { detail, instance, ...extra } = options;
  return {
    type: problemType(code),
    title: info.fr,
    status: info.status,
    code,
    ...(info.rule ? { rule: info.rule } : {}),
    ...(detail ? { detail } : {}),
    ...(instance ? { instance } : {}),
    ...extra,
  };
}

