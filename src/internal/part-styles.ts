/**
 * What a part of a widget loaded on demand brings into the widget's own shadow root (its dialogs,
 * its report): its styles, added after the widget's, so that it never shows unstyled; a style
 * already there (two parts that draw the same thing) is added once. (Its words come through
 * `partWords`, localize.ts.)
 */
import { adoptStyles, type CSSResult } from 'lit';

/** The styles added to each root without constructable style sheets (where Lit writes `<style>` elements). */
const written = new WeakMap<ShadowRoot, Set<CSSResult>>();

export function addPartStyles(root: ShadowRoot | null | undefined, styles: readonly CSSResult[]): void {
  if (!root) return;
  const sheets = styles.map((style) => style.styleSheet);
  if (sheets.every((sheet) => sheet !== undefined)) {
    const fresh = sheets.filter((sheet) => !root.adoptedStyleSheets.includes(sheet));
    if (fresh.length) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...fresh];
    return;
  }
  // Without constructable style sheets, Lit puts each in a <style> of the root, after the element's own.
  const done = written.get(root) ?? new Set<CSSResult>();
  written.set(root, done);
  const fresh = styles.filter((style) => !done.has(style));
  fresh.forEach((style) => done.add(style));
  if (fresh.length) adoptStyles(root, fresh);
}
