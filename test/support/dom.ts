/** The DOM reads every area's tests share. */

/** The text a person reads in a node: its text content, blanks collapsed. */
export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** An element's open shadow root (every kit element has one). */
export const shadow = (el: Element): ShadowRoot => el.shadowRoot!;

/** The visible and spoken text of an element and the shadow roots under it. */
export function deepText(node: Element | null | undefined): string {
  if (!node) return '';
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
    if (n instanceof Element && n.shadowRoot) walk(n.shadowRoot);
    if (n instanceof HTMLSlotElement) for (const a of n.assignedNodes()) walk(a);
    else for (const child of n.childNodes) walk(child);
  };
  walk(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The button whose text is `label` in `root`'s shadow root, or under `root` when it has none. */
export function buttonLabelled(root: Element, label: string): HTMLButtonElement {
  const all = [...(root.shadowRoot ?? root).querySelectorAll<HTMLButtonElement>('button')];
  const found = all.find((b) => text(b) === label);
  if (!found) throw new Error(`no button "${label}" in ${root.localName}: ${all.map((b) => text(b)).join(' | ')}`);
  return found;
}

/** The tab `tab-<name>` of a widget that shows its content in tabs (`internal/tabs.ts`). */
export function tab(host: Element, name: string): HTMLElement | null {
  return shadow(host).querySelector<HTMLElement>(`#tab-${name}`);
}

/** Defines `tag`: a host whose own shadow root holds `inner`, as a portal's application shell might be. */
export function defineShadowShell(tag: string, inner: string): void {
  customElements.define(
    tag,
    class extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'open' }).innerHTML = inner;
      }
    },
  );
}

/** The « Réessayer » button of a kit's alert. */
export const retryButton = (alert: Element): HTMLButtonElement => shadow(alert).querySelector<HTMLButtonElement>('[part~="retry-button"]')!;
