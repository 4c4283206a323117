/**
 * What the stories share: play functions that act like a user, through the shadow roots, and
 * the stories of a part a widget asks (a dialog, a picker).
 */
import type { StoryObj } from '@storybook/web-components-vite';
import { html, type LitElement, type TemplateResult } from 'lit';
import { waitFor } from 'storybook/test';

/** Waits for `selector` in the shadow root of `root`, and returns it. */
export async function find<E extends Element = HTMLElement>(root: Element, selector: string): Promise<E> {
  return waitFor(() => {
    const found = root.shadowRoot?.querySelector<E>(selector);
    if (!found) throw new Error(`waiting for ${selector}`);
    return found;
  });
}

/** Waits for `selector` in the shadow root of `host`, and returns that shadow root. */
export async function shadowWith(host: Element, selector: string): Promise<ShadowRoot> {
  await find(host, selector);
  return host.shadowRoot!;
}

/** Waits for the `<habil-confirm-dialog>` of `widget` to open, then confirms it. */
export async function confirmDialog(widget: Element): Promise<void> {
  const dialog = await find(widget, 'habil-confirm-dialog');
  const confirm = await waitFor(() => {
    if (!dialog.shadowRoot?.querySelector('dialog')?.open) throw new Error('waiting for the dialog');
    return dialog.shadowRoot.querySelector<HTMLElement>('[part~="confirm-button"]')!;
  });
  confirm.click();
}

/** Types `value` in the `<habil-field name="…">` of `root`, as the keyboard would (an `input` event). */
export function typeIn(root: ShadowRoot, name: string, value: string): void {
  const input = root.querySelector(`habil-field[name="${name}"]`)!.shadowRoot!.querySelector<HTMLInputElement>('#control')!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/**
 * The story of a part a widget asks: a button that asks it, as the widget does, and an output
 * with what the host then gets, in words (`ask`). The story opens the part at once.
 */
export function askingStory<E extends Element>(trigger: string, part: TemplateResult, tag: string, ask: (part: E) => Promise<string>): StoryObj {
  const onClick = async (event: Event) => {
    const container = (event.currentTarget as HTMLElement).parentElement!;
    const output = container.querySelector('output')!;
    output.textContent = '';
    output.textContent = await ask(container.querySelector<E>(tag)!);
  };
  return {
    render: () => html`
      <div>
        <button type="button" class="trigger" @click=${onClick}>${trigger}</button>
        <output aria-label="Réponse du dialogue"></output>
        ${part}
      </div>
    `,
    play: async ({ canvasElement }) => {
      canvasElement.querySelector<HTMLButtonElement>('.trigger')!.click();
    },
  };
}

/** The play of a story that opens the part `tag` as `story` does, then confirms it at once: nothing chosen, nothing typed. */
export function confirmingAtOnce(story: StoryObj, tag: string): StoryObj['play'] {
  return async (context) => {
    await story.play!(context);
    const part = context.canvasElement.querySelector<LitElement>(tag)!;
    await part.updateComplete;
    part.shadowRoot!.querySelector<HTMLButtonElement>('[part="confirm-button"]')!.click();
  };
}
