/** examples/plain/index.html, loaded in an iframe against the reference server (see support.ts). */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import type { HabilClient } from '../../src/client/types.js';
import { expectWiredUp } from './support.js';

describe('embedding: plain HTML', () => {
  it('runs examples/plain/index.html: provider, event listener, theme, ::part and language', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe src="/examples/plain/index.html" style="width: 900px; height: 700px"></iframe>`);
    await waitUntil(() => frame.contentDocument?.querySelector('habil-my-access')?.shadowRoot, 'the page never defined the widget', { timeout: 10000 });
    const doc = frame.contentDocument!;
    const widget = doc.querySelector<HTMLElement & { client?: HabilClient }>('habil-my-access')!;
    expect(widget.client, 'the client comes from <habil-provider>').to.equal(undefined);
    await expectWiredUp(doc, widget, () => {
      const select = doc.querySelector<HTMLSelectElement>('#lang')!;
      select.value = 'en';
      select.dispatchEvent(new Event('change'));
    });
    expect(doc.documentElement.lang).to.equal('en');
  });
});
