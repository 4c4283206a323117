/** What the stories' play functions share: they act like a user, through the shadow roots. */
import { waitFor } from 'storybook/test';

/** Waits for `selector` in the shadow root of `root`, and returns it. */
export async function find<E extends Element = HTMLElement>(root: Element, selector: string): Promise<E> {
  return waitFor(() => {
    const found = root.shadowRoot?.querySelector<E>(selector);
    if (!found) throw new Error(`waiting for ${selector}`);
    return found;
  });
}
