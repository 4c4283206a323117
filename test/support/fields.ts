/** Filling `<habil-field>`s as a user does, and reading their errors. */
import type { HabilField } from '../../src/ui/field/field.js';
import { shadow, text } from './dom.js';

/** The field of `root`'s shadow root (or under `root` when it has none) with this label, else with this name. */
export function field(root: Element, labelOrName: string): HabilField {
  const all = [...(root.shadowRoot ?? root).querySelectorAll<HabilField>('habil-field')];
  const found = all.find((f) => f.label === labelOrName) ?? all.find((f) => f.getAttribute('name') === labelOrName);
  if (!found) throw new Error(`no field "${labelOrName}" in ${root.localName}: ${all.map((f) => f.label).join(', ')}`);
  return found;
}

/** The native control inside a field. */
export function control(target: HabilField): HTMLInputElement | HTMLSelectElement {
  return shadow(target).querySelector<HTMLInputElement | HTMLSelectElement>('#control')!;
}

/** Types into (or chooses in) a field as a user does: the native control changes, then input and change events. */
export async function typeInto(target: HabilField, value: string): Promise<void> {
  const native = control(target);
  native.value = value;
  native.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  native.dispatchEvent(new Event('change', { bubbles: true }));
  await target.updateComplete;
}

/** The error the field shows, or '' when none. */
export function fieldError(target: HabilField): string {
  return text(shadow(target).querySelector('[part="error"]'));
}
