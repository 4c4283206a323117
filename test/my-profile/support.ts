/** Driving `<habil-my-profile>` the way a user does — by keyboard — and reading what he sees. */
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/my-profile/define.js';
import type { HabilMyProfile } from '../../src/my-profile/define.js';
import type { HabilField } from '../../src/ui/field/field.js';
import { shadow, text } from '../support/dom.js';
import * as fields from '../support/fields.js';
import * as speech from '../support/speech.js';
import { waitUntil } from '../support/wait.js';
export { shadow, text };

/** The widget once its details are shown (the form or the read-only view) or its reading failed. */
export async function render(template: TemplateResult = html`<habil-my-profile></habil-my-profile>`): Promise<HabilMyProfile> {
  const el = await fixture<HabilMyProfile>(template);
  await waitUntil(() => shadow(el).querySelector('form, [part~="read-only-reason"], habil-alert.filled'), 'the details never showed');
  await el.updateComplete;
  return el;
}

export function field(el: HabilMyProfile, name: string): HabilField {
  const found = shadow(el).querySelector<HabilField>(`habil-field[name="${name}"], habil-field[data-name="${name}"]`);
  if (!found) throw new Error(`no field ${name}`);
  return found;
}

/** The native control inside a field. */
export const control = (el: HabilMyProfile, name: string): HTMLInputElement | HTMLSelectElement => fields.control(field(el, name));

/** Goes to a field and types over what it holds, key by key; an empty value erases it. */
export async function typeInto(el: HabilMyProfile, name: string, value: string): Promise<void> {
  field(el, name).focus();
  await sendKeys({ press: 'Control+A' });
  if (value) await sendKeys({ type: value });
  else await sendKeys({ press: 'Backspace' });
  await el.updateComplete;
}

/** The error under a field, as it is read out with the control (aria-describedby), or '' when none. */
export function fieldError(el: HabilMyProfile, name: string): string {
  const input = control(el, name);
  if (input.getAttribute('aria-invalid') !== 'true') return '';
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
  return ids.includes('error') ? text(shadow(field(el, name)).querySelector('#error')) : '';
}

/** The list above the form: each link's text. */
export function summaryLinks(el: HabilMyProfile): HTMLButtonElement[] {
  return [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="summary"] button')];
}

export function button(el: HabilMyProfile, part: 'submit-button' | 'cancel-button'): HTMLButtonElement {
  return shadow(el).querySelector<HTMLButtonElement>(`[part~="${part}"]`)!;
}

/** What an alert of the widget says (heading, message, detail, slotted text). */
export const alertText = (el: HabilMyProfile, part: 'notice' | 'saved'): string => speech.alertText(shadow(el).querySelector(`habil-alert[part~="${part}"]`));

export function statusText(el: HabilMyProfile): string {
  return text(shadow(el).querySelector('form [role="status"].status'));
}
