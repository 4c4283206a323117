/** What a widget says: its live region (what screen readers hear) and its alerts. */
import type { HabilLiveRegion } from '../../src/ui/live-region/live-region.js';
import { shadow, text } from './dom.js';
import { waitUntil } from './wait.js';

export function liveRegion(host: Element): HabilLiveRegion {
  return shadow(host).querySelector<HabilLiveRegion>('habil-live-region')!;
}

/** Waits until the live region of `host` said these words. */
export async function announced(host: Element, words: string): Promise<void> {
  const region = () => shadow(host).querySelector<HabilLiveRegion>('habil-live-region');
  await waitUntil(() => region()?.message.includes(words), `never announced "${words}"`).catch(() => {
    throw new Error(`never announced "${words}" (last: "${region()?.message}")`);
  });
}

/** What an alert says: its title, the rule, the server's detail, then the widget's own sentence; '' when there is none. */
export function alertText(alert: Element | null | undefined): string {
  return alert ? `${text(shadow(alert).querySelector('[part="base"]'))} ${text(alert)}`.trim() : '';
}

/** What the alert about the last action (`part="notice"`) of `host` says. */
export function noticeText(host: Element): string {
  return alertText(shadow(host).querySelector('habil-alert[part~="notice"]'));
}

/** Waits until `read(root)` holds these words. */
export async function waitForText(root: Element, words: string, read: (root: Element) => string): Promise<void> {
  await waitUntil(() => read(root).includes(words), `"${words}" never showed`).catch(() => {
    throw new Error(`"${words}" never showed (shown: "${read(root)}")`);
  });
}

/** A text a region came to hold, and which region (the widget names its regions). */
export interface Spoken<From extends string = string> {
  from: From;
  text: string;
}

/**
 * Every text the `regions` (live regions, status lines) come to hold from now on, in order,
 * emptying a region saying nothing; a region not in the page is left out. `stop()` ends the record.
 */
export function recordSpoken<From extends string>(regions: readonly (readonly [From, Element | null | undefined])[]): { spoken: Spoken<From>[]; stop: () => void } {
  const spoken: Spoken<From>[] = [];
  const observers = regions.flatMap(([from, node]) => {
    if (!node) return [];
    let last = text(node);
    const observer = new MutationObserver(() => {
      const now = text(node);
      if (now && now !== last) spoken.push({ from, text: now });
      last = now;
    });
    observer.observe(node, { childList: true, characterData: true, subtree: true });
    return [observer];
  });
  return { spoken, stop: () => observers.forEach((observer) => observer.disconnect()) };
}
