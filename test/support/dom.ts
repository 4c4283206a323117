/** The DOM reads every area's tests share. */

/** The text a person reads in a node: its text content, blanks collapsed. */
export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** An element's open shadow root (every kit element has one). */
export const shadow = (el: Element): ShadowRoot => el.shadowRoot!;
