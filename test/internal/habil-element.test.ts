import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { ContextProvider } from '@lit/context';
import { html as litHtml } from 'lit';
import { habilClientContext } from '../../src/client/context.js';
import { createDefaultClient } from '../../src/client/index.js';
import { clientInLanguage } from '../../src/client/language.js';
import type { HabilClient } from '../../src/client/types.js';
import { HabilElement } from '../../src/internal/habil-element.js';
import { defineShadowShell } from '../support/dom.js';
import { afterAttributeChange } from '../ui/support.js';

interface PingDetail {
  count: number;
}

declare module '../../src/internal/events.js' {
  interface HabilEventMap {
    'habil-test-ping': CustomEvent<PingDetail>;
  }
}

class WidgetProbe extends HabilElement {
  ping(count: number) {
    return this.emit('habil-test-ping', { count }, { cancelable: true });
  }

  get usedClient(): HabilClient {
    return this.api;
  }

  protected override render() {
    return litHtml`<p>${this.locale.msg('retry')}</p>`;
  }
}
customElements.define('widget-probe', WidgetProbe);

/** A page-level provider of the client, as `<habil-provider>` does. */
class ClientProvider extends HTMLElement {
  readonly provider = new ContextProvider(this, { context: habilClientContext });
}
customElements.define('client-provider', ClientProvider);

/** An application shell whose shadow root holds the widget. */
defineShadowShell('probe-shell', '<widget-probe></widget-probe>');

const fakeClient = (): HabilClient => ({ call: () => Promise.reject(new Error('not called in these tests')) });

describe('HabilElement', () => {
  describe('events', () => {
    it('fires typed events that bubble out of the shadow roots around the widget', async () => {
      const shell = await fixture<HTMLElement>(html`<probe-shell></probe-shell>`);
      const probe = shell.shadowRoot!.querySelector<WidgetProbe>('widget-probe')!;
      setTimeout(() => probe.ping(3));
      const event = await oneEvent(document, 'habil-test-ping');
      expect(event.detail.count).to.equal(3);
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
    });

    it('lets a listener veto a cancelable event', async () => {
      const probe = await fixture<WidgetProbe>(html`<widget-probe></widget-probe>`);
      probe.addEventListener('habil-test-ping', (event) => event.preventDefault());
      expect(probe.ping(1).defaultPrevented).to.equal(true);
    });
  });

  describe('client', () => {
    it('uses its own client first', async () => {
      const own = fakeClient();
      const provided = fakeClient();
      const container = await fixture<ClientProvider>(html`<client-provider><widget-probe .client=${own}></widget-probe></client-provider>`);
      container.provider.setValue(provided);
      const probe = container.querySelector<WidgetProbe>('widget-probe')!;
      expect(probe.usedClient).to.equal(clientInLanguage(own, 'fr'));
    });

    it('uses the client provided by an ancestor, and follows when the page replaces it', async () => {
      const first = fakeClient();
      const second = fakeClient();
      const container = document.createElement('client-provider') as ClientProvider;
      container.provider.setValue(first);
      container.innerHTML = '<widget-probe></widget-probe>';
      await fixture(html`<div>${container}</div>`);
      const probe = container.querySelector<WidgetProbe>('widget-probe')!;
      expect(probe.usedClient).to.equal(clientInLanguage(first, 'fr'));

      container.provider.setValue(second);
      expect(probe.usedClient).to.equal(clientInLanguage(second, 'fr'));
    });

    it('falls back on the page’s default client, shared by every widget', async () => {
      const container = await fixture<HTMLElement>(html`<div><widget-probe></widget-probe><widget-probe></widget-probe></div>`);
      const [a, b] = container.querySelectorAll<WidgetProbe>('widget-probe');
      expect(a!.usedClient).to.equal(clientInLanguage(createDefaultClient(), 'fr'));
      expect(b!.usedClient).to.equal(a!.usedClient);
    });
  });

  describe('language', () => {
    it('gives every widget the kit’s shared words in its language', async () => {
      const probe = await fixture<WidgetProbe>(html`<widget-probe lang="en"></widget-probe>`);
      expect(probe.shadowRoot!.textContent).to.contain('Try again');
      probe.lang = 'fr';
      await afterAttributeChange(probe);
      expect(probe.shadowRoot!.textContent).to.contain('Réessayer');
    });
  });

  describe('theme', () => {
    const LIGHT_TEXT = 'rgb(27, 31, 36)';
    const DARK_TEXT = 'rgb(230, 233, 238)';

    afterEach(() => emulateMedia({ colorScheme: 'light' }));

    it('is dark under an ancestor with data-habil-theme="dark", across shadow roots, and follows changes', async () => {
      const container = await fixture<HTMLElement>(html`<div data-habil-theme="dark"><probe-shell></probe-shell></div>`);
      const probe = container.querySelector('probe-shell')!.shadowRoot!.querySelector<WidgetProbe>('widget-probe')!;
      await probe.updateComplete;
      expect(getComputedStyle(probe).color).to.equal(DARK_TEXT);

      container.dataset['habilTheme'] = 'light';
      await afterAttributeChange(probe);
      expect(getComputedStyle(probe).color).to.equal(LIGHT_TEXT);
    });

    it('follows prefers-color-scheme when no theme is forced, and not when one is', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const container = await fixture<HTMLElement>(html`<div><widget-probe></widget-probe></div>`);
      const probe = container.querySelector<WidgetProbe>('widget-probe')!;
      expect(getComputedStyle(probe).color).to.equal(DARK_TEXT);

      container.setAttribute('data-habil-theme', 'ucanss');
      await afterAttributeChange(probe);
      expect(getComputedStyle(probe).color).to.equal(LIGHT_TEXT);
    });

    it('takes --habil-* values set by a brand theme on an ancestor', async () => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = '/src/themes/ucanss.css';
      const loaded = oneEvent(link, 'load');
      document.head.append(link);
      await loaded;
      try {
        const container = await fixture<HTMLElement>(html`<div data-habil-theme="ucanss"><widget-probe></widget-probe></div>`);
        expect(getComputedStyle(container.querySelector('widget-probe')!).color).to.equal('rgb(23, 35, 58)');
      } finally {
        link.remove();
      }
    });
  });
});
