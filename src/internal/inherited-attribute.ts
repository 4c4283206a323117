/**
 * Settings that a page gives the kit the way HTML gives `lang`: on the element itself or on
 * any ancestor. `Element.closest` stops at a shadow root, and widgets live inside the shadow
 * roots of host applications and of other widgets, so the search climbs from each shadow root
 * to its host.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The attributes whose changes the kit's elements react to. */
const WATCHED_ATTRIBUTES = ['lang', 'data-habil-theme'];

/**
 * The value of `name` on `element` or on its closest ancestor that has a non-empty value,
 * crossing shadow roots; undefined when none has one.
 */
export function closestAttribute(element: Element, name: string): string | undefined {
  const selector = `[${name}]:not([${name}=""])`;
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest(selector);
    if (found) return found.getAttribute(name) ?? undefined;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

type Listener = () => void;

const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

function notifyAll(): void {
  for (const listener of listeners) listener();
}

/**
 * Calls `listener` whenever a watched attribute changes on `host`, on the document, or in any
 * shadow root above `host`. One observer serves every element of the page: a change of
 * `<html lang>` is rare, and each listener cheaply decides whether it concerns its element.
 * Returns the function that stops the calls.
 */
export function watchInheritedAttributes(host: Element, listener: Listener): () => void {
  observer ??= new MutationObserver(notifyAll);
  const options = { attributes: true, attributeFilter: WATCHED_ATTRIBUTES } as const;
  observer.observe(document.documentElement, { ...options, subtree: true });
  observer.observe(host, options);
  for (let root = host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
    observer.observe(root, { ...options, subtree: true });
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) observer?.disconnect();
  };
}

/**
 * Calls `onChange` when its host connects (it may have moved under other ancestors), then
 * whenever a watched attribute changes above it, until it disconnects.
 */
export class InheritedAttributesController implements ReactiveController {
  private stopWatching: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly onChange: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.onChange();
    this.stopWatching = watchInheritedAttributes(this.host, this.onChange);
  }

  hostDisconnected(): void {
    this.stopWatching?.();
    this.stopWatching = undefined;
  }
}
