/** Driving `<habil-my-access>` the way a user does, and looking at what he sees. */
import { fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import type { TemplateResult } from 'lit';
import { createFetchClient } from '../../src/client/index.js';
import type { CallOptions, HabilClient, RouteArgs, RouteResult } from '../../src/client/types.js';
import type { RouteName } from '../../src/contract/routes.js';
import '../../src/my-access/define.js';
import type { HabilMyAccess, MyAccessSection } from '../../src/my-access/define.js';
import type { HabilConfirmDialog } from '../../src/ui/confirm-dialog/confirm-dialog.js';
import type { HabilLiveRegion } from '../../src/ui/live-region/live-region.js';
import { shadow, text } from '../support/dom.js';
export { shadow, text };

/** A client that lets a test step in before a call (hold it, fail it), else reaches the reference server. */
export function interceptingClient(intercept: (name: RouteName, real: () => Promise<unknown>) => Promise<unknown> | undefined): HabilClient {
  const real = createFetchClient({ retry: 0 });
  return {
    call<K extends RouteName>(name: K, args: RouteArgs<K>, options?: CallOptions): Promise<RouteResult<K>> {
      const send = () => real.call(name, args, options);
      return (intercept(name, send) ?? send()) as Promise<RouteResult<K>>;
    },
  };
}

export async function render(template: TemplateResult = html`<habil-my-access></habil-my-access>`): Promise<HabilMyAccess> {
  const el = await fixture<HabilMyAccess>(template);
  await waitUntil(() => shadow(el).querySelector('[role="tablist"], habil-alert.filled'), 'the page never loaded', { timeout: 4000 });
  await sectionShown(el);
  return el;
}

/** The catalogue is loaded when its tab first shows: its panel shows the loading state until then. */
async function sectionShown(el: HabilMyAccess): Promise<void> {
  await el.updateComplete;
  await waitUntil(() => !panel(el)?.querySelector('[part="loading"]'), 'the section never loaded');
  await el.updateComplete;
}

export async function show(el: HabilMyAccess, section: MyAccessSection): Promise<HTMLElement> {
  shadow(el).querySelector<HTMLElement>(`#tab-${section}`)!.click();
  await sectionShown(el);
  return panel(el);
}

export function panel(el: HabilMyAccess): HTMLElement {
  return shadow(el).querySelector<HTMLElement>('[role="tabpanel"]:not([hidden])')!;
}

/** An application of the section shown, by its name. */
export function application(el: HabilMyAccess, name: string): HTMLElement {
  const found = [...panel(el).querySelectorAll<HTMLElement>('.application')].find((node) => text(node.querySelector('.app-name, h3')) === name);
  if (!found) throw new Error(`no application "${name}"`);
  return found;
}

/** The line of an application of the catalogue, which opens and closes it (the guide's « croix »). */
/** What an application's padlock says: the description of its line's button. */
export function padlock(el: HabilMyAccess, name: string): string {
  return text(panel(el).querySelector(`#${toggle(el, name).getAttribute('aria-describedby')}`));
}

export function toggle(el: HabilMyAccess, name: string): HTMLButtonElement {
  return application(el, name).querySelector<HTMLButtonElement>('[part~="application-toggle"]')!;
}

/** The panel an application's line controls. */
export function details(el: HabilMyAccess, name: string): HTMLElement {
  return panel(el).querySelector<HTMLElement>(`#${toggle(el, name).getAttribute('aria-controls')}`)!;
}

/** Opens an application of the catalogue, as a click on its line does. */
export async function expand(el: HabilMyAccess, name: string): Promise<HTMLElement> {
  const line = toggle(el, name);
  if (line.getAttribute('aria-expanded') !== 'true') line.click();
  await el.updateComplete;
  return details(el, name);
}

export function confirmDialog(el: HabilMyAccess): HabilConfirmDialog {
  return shadow(el).querySelector<HabilConfirmDialog>('habil-confirm-dialog')!;
}

export async function dialogOpened(el: HabilMyAccess): Promise<HTMLDialogElement> {
  const native = () => shadow(confirmDialog(el)).querySelector('dialog');
  await waitUntil(() => native()?.open, 'the dialog never opened');
  return native()!;
}

export function dialogText(el: HabilMyAccess): string {
  return text(shadow(confirmDialog(el)).querySelector('dialog'));
}

/** Answers the open confirmation dialog with its confirm or its cancel button. */
export async function answerDialog(el: HabilMyAccess, confirmed: boolean): Promise<void> {
  await dialogOpened(el);
  shadow(confirmDialog(el)).querySelector<HTMLButtonElement>(confirmed ? '[part~="confirm-button"]' : '[part~="cancel-button"]')!.click();
  await waitUntil(() => !confirmDialog(el).open, 'the dialog never closed');
}

/** A role of the catalogue, by its label: its row (label, state, button). */
export function role(el: HabilMyAccess, label: string): HTMLElement {
  const found = [...panel(el).querySelectorAll<HTMLElement>('.role')].find((node) => text(node.querySelector('.role-label')) === label);
  if (!found) throw new Error(`no role "${label}"`);
  return found;
}

export function button(el: HabilMyAccess, selector: string): HTMLButtonElement {
  const found = shadow(el).querySelector<HTMLButtonElement>(selector);
  if (!found) throw new Error(`no button ${selector}`);
  return found;
}

export function requestButton(el: HabilMyAccess, label: string): HTMLButtonElement | null {
  return role(el, label).querySelector<HTMLButtonElement>('[part~="request-button"]');
}

export function historyRows(el: HabilMyAccess): string[][] {
  return [...panel(el).querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => text(cell)));
}

export function liveRegion(el: HabilMyAccess): HabilLiveRegion {
  return shadow(el).querySelector('habil-live-region')!;
}

export async function announced(el: HabilMyAccess, words: string): Promise<void> {
  await waitUntil(() => liveRegion(el).message.includes(words), `never announced "${words}"`, { timeout: 4000 }).catch(() => {
    throw new Error(`never announced "${words}" (last: "${liveRegion(el).message}")`);
  });
}

export function noticeText(el: HabilMyAccess): string {
  const alert = shadow(el).querySelector('habil-alert[part~="notice"]');
  return alert ? text(shadow(alert).querySelector('[part="base"]')) : '';
}
