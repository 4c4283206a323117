/**
 * What a part of a widget loaded on demand brings into the widget's own shadow
 * root (its dialogs, its report): its styles, added after the widget's, so that it never shows
 * unstyled. (Its words come through `partWords`, localize.ts.)
 */
import { adoptStyles, type CSSResult } from 'lit';

export function addPartStyles(root: ShadowRoot, styles: readonly CSSResult[]): void {
  const sheets = styles.map((style) => style.styleSheet);
  if (sheets.every((sheet) => sheet !== undefined)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
  // Without constructable style sheets, Lit puts each in a <style> of the root, after the element's own.
  else adoptStyles(root, [...styles]);
}
