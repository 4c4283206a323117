/**
 * R17: the limits of free text, written once. The contract's schemas carry them (maxLength,
 * pattern), so the OpenAPI document, the servers' validation and the forms' own checks agree.
 *
 * Refused: C0 and C1 control characters (NUL, CR, LF, TAB…), the line and paragraph
 * separators, the zero-width space and word joiners, the byte-order mark, the left-to-right and
 * right-to-left marks, and the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069), which can make « ANNE » read as another name; and lone surrogates, which are
 * not text at all. Kept: every letter of every script, accents, hyphens, apostrophes, emoji,
 * and the zero-width joiner and non-joiner that emoji sequences and Persian or Indic writing
 * need.
 */
export const TEXT_LIMITS = {
  /** Nom, prénom, nom de naissance. */
  name: 100,
  /** Labels of groups. */
  label: 100,
  /** Codes of groups. */
  code: 30,
  fonction: 200,
  /** Refusal reasons. */
  reason: 500,
  email: 254,
  /** Search boxes and filters. */
  search: 100,
  /** Identifiers of objects in bodies and paths. */
  id: 100,
} as const;

const INVISIBLE = '\\u007F-\\u009F\\u200B\\u200E\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF\\uD800-\\uDFFF';
const PAIR = '[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]';

/** One line of text. */
export const SAFE_TEXT_PATTERN = `^(?:[^\\u0000-\\u001F${INVISIBLE}]|${PAIR})*$`;
/** Several lines (a refusal reason): line feeds and carriage returns are kept, other controls refused. */
export const MULTILINE_TEXT_PATTERN = `^(?:[^\\u0000-\\u0009\\u000B\\u000C\\u000E-\\u001F${INVISIBLE}]|${PAIR})*$`;

/** Digits with single spaces, dots or hyphens between them, an optional leading +: 03 88 25 26 00, +33 3 88 25 26 00. */
export const PHONE_PATTERN = '^\\+?[0-9](?:[ .\\-]?[0-9]){5,19}$';

const SAFE_TEXT = new RegExp(SAFE_TEXT_PATTERN);
const MULTILINE_TEXT = new RegExp(MULTILINE_TEXT_PATTERN);
const PHONE = new RegExp(PHONE_PATTERN);

export type TextProblem = 'too-long' | 'invalid-characters';

/** What is wrong with a free text, if anything (lengths in UTF-16 units, as the schemas count them). */
export function textProblem(value: string, max: number, { multiline = false } = {}): TextProblem | undefined {
  if (!(multiline ? MULTILINE_TEXT : SAFE_TEXT).test(value)) return 'invalid-characters';
  if (value.length > max) return 'too-long';
  return undefined;
}

export function isPhone(value: string): boolean {
  return PHONE.test(value.trim());
}

/**
 * Text compared the way people type it: without case or accents ("helene" finds "Hélène",
 * "emil" finds "Émilie"). The servers keep their search keys with it, and the widgets filter
 * their lists with it, so both find the same.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}
