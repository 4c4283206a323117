/**
 * What assistive technologies are told about an element, as axe-core computes it (the
 * accessible name of accname 1.2 and the ARIA role, through shadow roots): the tests of the
 * account parts, the account search and the sign-up form check names and landmarks with it.
 */

/** The part of axe-core's API these helpers use (its `commons` and `utils` are not all typed). */
interface AxeApi {
  setup(node: Document): unknown;
  teardown(): void;
  utils: { getNodeFromTree(node: Node): unknown };
  commons: {
    text: { accessibleTextVirtual(node: unknown): string };
    aria: { getRole(node: unknown): string | null };
  };
}

/** axe-core's browser build registers `window.axe`, as chai-a11y-axe loads it. */
const AXE_URL = '/node_modules/axe-core/axe.min.js';

async function axe(): Promise<AxeApi> {
  const page = window as unknown as { axe?: AxeApi };
  if (!page.axe) await import(/* @vite-ignore */ AXE_URL);
  return page.axe!;
}

async function withTree<T>(read: (api: AxeApi) => T): Promise<T> {
  const api = await axe();
  api.setup(document);
  try {
    return read(api);
  } finally {
    api.teardown();
  }
}

/** The accessible name of `element`, blanks collapsed. */
export function accessibleName(element: Element): Promise<string> {
  return withTree((api) => api.commons.text.accessibleTextVirtual(api.utils.getNodeFromTree(element)).replace(/\s+/g, ' ').trim());
}

/** The ARIA role of `element` (explicit or implicit), or null (also for an element out of the flat tree, e.g. in a slot's fallback). */
export function roleOf(element: Element): Promise<string | null> {
  return withTree((api) => {
    const node = api.utils.getNodeFromTree(element);
    return node ? api.commons.aria.getRole(node) : null;
  });
}

const LANDMARKS = new Set(['banner', 'complementary', 'contentinfo', 'form', 'main', 'navigation', 'region', 'search']);

/** The landmarks under `root` (through shadow roots), as « role: name », read in one pass of axe. */
export function landmarksIn(root: ParentNode): Promise<string[]> {
  const elements = deepElements(root);
  return withTree((api) =>
    elements.flatMap((element) => {
      const node = api.utils.getNodeFromTree(element);
      const role = node ? api.commons.aria.getRole(node) : null;
      return role && LANDMARKS.has(role) ? [`${role}: ${api.commons.text.accessibleTextVirtual(node).replace(/\s+/g, ' ').trim()}`] : [];
    }),
  );
}

/** Every element under `root`, through the open shadow roots of its elements. */
export function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...deepElements(element.shadowRoot));
  }
  return found;
}
