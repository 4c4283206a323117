/** Answering the kit's modal dialogs (`<habil-confirm-dialog>` and the dialogs built like it). */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { HabilConfirmDialog } from '../../src/ui/confirm-dialog/confirm-dialog.js';
import { shadow, text } from './dom.js';
import { waitUntil } from './wait.js';
import { focusedElement, press } from '../ui/support.js';

/** The confirmation dialog of `host`. */
export function confirmDialog(host: Element): HabilConfirmDialog {
  return shadow(host).querySelector<HabilConfirmDialog>('habil-confirm-dialog')!;
}

export function dialogPart(dialog: Element, part: string): HTMLElement {
  return shadow(dialog).querySelector<HTMLElement>(`[part~="${part}"]`)!;
}

/** Waits until the native `<dialog>` of a dialog element is open (the element defined and drawn), and returns it. */
export async function dialogOpened(dialog: Element): Promise<HTMLDialogElement> {
  const native = () => dialog.shadowRoot?.querySelector('dialog');
  await waitUntil(() => native()?.open, 'the dialog never opened');
  return native()!;
}

/**
 * Waits until the confirmation dialog of `host` is in its page and open, and returns it: a widget
 * may bring it with the code of the action that asks (a part loaded on demand).
 */
export async function confirmDialogOpened(host: Element): Promise<HabilConfirmDialog> {
  await waitUntil(() => host.shadowRoot?.querySelector<HabilConfirmDialog>('habil-confirm-dialog')?.shadowRoot?.querySelector('dialog')?.open, 'the dialog never opened');
  return confirmDialog(host);
}

/** Everything the confirmation dialog of `host` says. */
export function dialogText(host: Element): string {
  return text(shadow(confirmDialog(host)).querySelector('dialog'));
}

/** Clicks the confirm button of the confirmation dialog of `host` once it is open. */
export async function confirm(host: Element): Promise<void> {
  const dialog = await confirmDialogOpened(host);
  dialogPart(dialog, 'confirm-button').click();
}

/** Answers the confirmation dialog of `host` with its confirm or its cancel button, and waits for it to close. */
export async function answer(host: Element, confirmed: boolean): Promise<void> {
  const dialog = await confirmDialogOpened(host);
  dialogPart(dialog, confirmed ? 'confirm-button' : 'cancel-button').click();
  await waitUntil(() => !dialog.open, 'the dialog never closed');
}

/**
 * With the keyboard, in an open confirmation of a final change: focus starts on the safe choice
 * (`cancelLabel`), Tab moves it to `confirmLabel`, and Enter presses that.
 */
export async function confirmByKeyboard(cancelLabel: string, confirmLabel: string): Promise<void> {
  expect(text(focusedElement())).to.equal(cancelLabel);
  await press('Tab');
  expect(text(focusedElement())).to.equal(confirmLabel);
  await press('Enter');
}

/**
 * A page where a dialog (`dialog`, rendered) waits beside the button that opens it, as in a
 * widget; the button (`trigger`) has focus, for the dialog to give it back when it closes.
 */
export async function dialogBesideTrigger<D extends Element>(trigger: string, dialog: TemplateResult): Promise<{ trigger: HTMLButtonElement; dialog: D }> {
  const container = await fixture<HTMLElement>(html`<div><button type="button">${trigger}</button>${dialog}</div>`);
  const button = container.querySelector('button')!;
  button.focus();
  return { trigger: button, dialog: container.lastElementChild as D };
}
