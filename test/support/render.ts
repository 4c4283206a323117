/** Putting a widget in the page and waiting until it shows what it read. */
import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

/** Renders `template`, then waits for `settled` (the widget's own "it has loaded"). */
export async function renderSettled<T extends HTMLElement>(template: TemplateResult, settled: (el: T) => Promise<unknown>): Promise<T> {
  const el = await fixture<T>(template);
  await settled(el);
  return el;
}
