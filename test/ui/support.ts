/** Helpers for driving the kit's elements the way a user does. */
import { sendKeys } from '@web/test-runner-commands';

/** The element that has focus, looking through shadow roots. */
export function focusedElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

/** Presses Tab until `target` has focus, failing after `limit` presses. */
export async function tabTo(target: Element, limit = 20): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if (focusedElement() === target) return;
    await press('Tab');
  }
  if (focusedElement() !== target) throw new Error(`Tab never reached ${target.outerHTML.slice(0, 80)}`);
}

/** Collects every event of these types dispatched on `target` from now on, in order. */
export function recordEvents<E extends Event = CustomEvent>(target: EventTarget, ...types: string[]): E[] {
  const events: E[] = [];
  for (const type of types) target.addEventListener(type, (event) => events.push(event as E));
  return events;
}

/** Waits until the MutationObservers that watch `lang` and `data-habil-theme` have run. */
export async function afterAttributeChange(element: { updateComplete: Promise<boolean> }): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await element.updateComplete;
}
