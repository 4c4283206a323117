/**
 * The language a server answers in, the same on every server: French unless the request's
 * Accept-Language prefers English. The texts the servers write — the catalogue's words, the
 * history's summaries, the detail of a refusal — are kept in both languages (`Words`) and said
 * in the reader's; the answer names it (Content-Language) and says it depends on the header (Vary).
 */
import type { Lang } from '../src/domain/index.js';

export type { Lang };

/** One text in both languages of the kit. */
export type Words = Readonly<Record<Lang, string>>;

/** The same text in both languages, from a function of the language (a text with words that depend on it, such as a date). */
export function inBoth(say: (lang: Lang) => string): Words {
  return { fr: say('fr'), en: say('en') };
}

/**
 * The language of a request: English when Accept-Language prefers it to French (by its q
 * values, then by its order), French otherwise — with no header, with `*`, or with neither
 * language named.
 */
export function languageOf(acceptLanguage: string | null | undefined): Lang {
  let best: { lang: Lang; q: number } | undefined;
  for (const range of (acceptLanguage ?? '').split(',')) {
    const [tag = '', ...params] = range.split(';').map((p) => p.trim());
    const lang = tag.toLowerCase().split('-')[0];
    if (lang !== 'fr' && lang !== 'en') continue;
    const weight = params.find((p) => /^q=/i.test(p));
    const q = weight ? Number(weight.slice(2)) : 1;
    if (!(q > 0)) continue;
    if (!best || q > best.q) best = { lang, q };
  }
  return best?.lang ?? 'fr';
}

/** The headers of every answer of the contract, in `lang`. */
export function languageHeaders(lang: Lang): Record<'Content-Language' | 'Vary', string> {
  return { 'Content-Language': lang, Vary: 'Accept-Language' };
}
