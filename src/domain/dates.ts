/** How the kit writes a day, apart from the words of labels.ts so that a widget that writes dates does not load them. */

export type Lang = 'fr' | 'en';

/** 2025-05-28 → 28/05/2025, the way the guides write dates. */
export function formatDate(iso: string | undefined | null, lang: Lang = 'fr'): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return lang === 'fr' ? `${d}/${m}/${y}` : `${y}-${m}-${d}`;
}
