/**
 * Support of the embedding tests (one file per example, so that each page loads one copy of the kit).
 * The embedding guide, proven: the examples of examples/ (plain HTML, React 19, Vue 3) run in the
 * browser against the reference server. React and Vue are bundled with esbuild on request by the
 * `habil-example-bundles` plugin of web-test-runner.config.mjs (/examples/<name>.bundle.js).
 * Each shows real data, gets the client its framework passed as a property, reports the widget's
 * event to the framework, applies the --habil-* theme and the ::part rule, and switches language.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { createFetchClient } from '../../src/client/index.js';
import type { CallOptions, HabilClient, RouteArgs, RouteResult } from '../../src/client/types.js';
import type { RouteName } from '../../src/contract/routes.js';
import { useReferenceServer } from '../support/api.js';
import { text } from '../support/dom.js';
export { text };

export const server = useReferenceServer({ persona: 'user-carsat' });

/** A client that goes to the reference server and remembers which calls went through it. */
export function countingClient(): HabilClient & { calls: RouteName[] } {
  const real = createFetchClient({ retry: 0 });
  const calls: RouteName[] = [];
  return {
    calls,
    call<K extends RouteName>(name: K, args: RouteArgs<K>, options?: CallOptions): Promise<RouteResult<K>> {
      calls.push(name);
      return real.call(name, args, options);
    },
  };
}

export const ROLE = 'Contentieux - organisme';

/** The request button of ROLE once the catalogue shows it (real data of Coralie Living). */
async function requestButtonOf(widget: Element): Promise<HTMLButtonElement> {
  let button: HTMLButtonElement | undefined;
  await waitUntil(
    () => {
      const row = [...(widget.shadowRoot?.querySelectorAll('.role') ?? [])].find((node) => text(node.querySelector('.role-label')) === ROLE);
      button = row?.querySelector<HTMLButtonElement>('[part~="request-button"]') ?? undefined;
      return button;
    },
    `the catalogue never showed "${ROLE}"`,
    { timeout: 5000 },
  );
  return button!;
}

export const tabs = (widget: Element) => [...widget.shadowRoot!.querySelectorAll('[role="tab"]')].map((tab) => text(tab));

/** What every example must show once mounted in `root` (the widget's host document). */
export async function expectWiredUp(root: ParentNode, widget: HTMLElement, switchLang: () => void): Promise<void> {
  const button = await requestButtonOf(widget);
  expect(tabs(widget)[0]).to.equal('Mes habilitations');

  // theme: --habil-* inherited by the widget, ::part rule applied inside its shadow root
  const view = widget.ownerDocument.defaultView!;
  expect(view.getComputedStyle(widget).getPropertyValue('--habil-color-accent').trim()).to.equal('rgb(0, 99, 65)');
  const heading = widget.shadowRoot!.querySelector('[part~="heading"]')!;
  expect(view.getComputedStyle(heading).textTransform).to.equal('uppercase');

  // event: the request reaches the server, and the page's own code hears habil-access-requested
  button.click();
  const dialog = widget.shadowRoot!.querySelector('habil-confirm-dialog')!;
  await waitUntil(() => dialog.shadowRoot?.querySelector('dialog')?.open, 'the confirmation never opened', { timeout: 5000 });
  dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part~="confirm-button"]')!.click();
  await waitUntil(() => text(root.querySelector('.requested, #requested')) === ROLE, 'the event never reached the page', { timeout: 5000 });
  const stored = [...server().store.accessRequests.values()].find((r) => r.requesterId === 'c-living' && r.roleId === 'contentieux-organisme');
  expect(stored?.status).to.equal('en_attente');

  // language: the page's switch changes an ancestor's lang, the widget follows
  switchLang();
  await waitUntil(() => tabs(widget)[0] === 'My entitlements', 'the widget never spoke English', { timeout: 5000 });
}

interface FrameworkExample {
  mount(container: Element, client?: HabilClient): unknown;
}

async function loadExample(name: 'react' | 'vue'): Promise<FrameworkExample> {
  const url = `/examples/${name}.bundle.js`;
  return (await import(url)) as FrameworkExample;
}

export async function runFrameworkExample(name: 'react' | 'vue', unmount: (handle: unknown) => void): Promise<void> {
  const example = await loadExample(name);
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const client = countingClient();
  const handle = example.mount(container, client);
  try {
    await waitUntil(() => container.querySelector('habil-my-access'), `${name} never rendered the widget`);
    const widget = container.querySelector<HTMLElement & { client?: HabilClient }>('habil-my-access')!;
    // the framework set the property (not an attribute), and the widget used that client
    expect(widget.client).to.equal(client);
    expect(widget.hasAttribute('client')).to.equal(false);
    await expectWiredUp(container, widget, () => container.querySelector<HTMLButtonElement>('.switch-lang')!.click());
    expect(client.calls).to.include('requestAccess');
    expect(container.querySelector('.habil-area')!.getAttribute('lang')).to.equal('en');
  } finally {
    unmount(handle);
  }
}

