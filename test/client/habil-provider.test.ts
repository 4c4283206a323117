import { ContextConsumer } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { HttpResponse, http } from 'msw';
import { habilClientContext, type HabilClient } from '../../src/client/index.js';
import '../../src/provider/define.js';
import type { HabilProvider } from '../../src/provider/habil-provider.js';
import { recordRequests, useMockWorker, worker } from './support.js';

/** Stands for a widget: it takes whatever client the nearest provider gives, and follows changes. */
class ClientProbe extends LitElement {
  private readonly consumer = new ContextConsumer(this, { context: habilClientContext, subscribe: true });

  get client(): HabilClient | undefined {
    return this.consumer.value;
  }
}
customElements.define('test-client-probe', ClientProbe);

/** A widget that asks once, as it connects, and never listens again. */
class ConnectTimeProbe extends LitElement {
  private readonly consumer = new ContextConsumer(this, { context: habilClientContext });

  get client(): HabilClient | undefined {
    return this.consumer.value;
  }
}
customElements.define('test-connect-time-probe', ConnectTimeProbe);

function handWrittenClient(): HabilClient {
  return { call: async () => undefined as never };
}

describe('<habil-provider>', () => {
  useMockWorker();

  it('gives its client to the widgets inside it', async () => {
    const client = handWrittenClient();
    const provider = await fixture<HabilProvider>(html`
      <habil-provider .client=${client}>
        <section><test-client-probe></test-client-probe></section>
      </habil-provider>
    `);

    expect(provider.querySelector('test-client-probe')!.client).to.equal(client);
  });

  it('has its client ready for a widget that asks only once, as it connects', async () => {
    const provider = await fixture<HabilProvider>(html`
      <habil-provider base-url="/autre/api"><test-connect-time-probe></test-connect-time-probe></habil-provider>
    `);

    expect(provider.querySelector('test-connect-time-probe')!.client).to.have.property('call').that.is.a('function');
  });

  it('lets a nested provider override the outer one for its own subtree', async () => {
    const outer = handWrittenClient();
    const inner = handWrittenClient();
    const page = await fixture<HabilProvider>(html`
      <habil-provider .client=${outer}>
        <test-client-probe id="beside"></test-client-probe>
        <habil-provider .client=${inner}>
          <test-client-probe id="within"></test-client-probe>
        </habil-provider>
      </habil-provider>
    `);

    expect(page.querySelector<ClientProbe>('#beside')!.client).to.equal(outer);
    expect(page.querySelector<ClientProbe>('#within')!.client).to.equal(inner);
  });

  it('tells the widgets when the page sets another client', async () => {
    const provider = await fixture<HabilProvider>(html`
      <habil-provider .client=${handWrittenClient()}><test-client-probe></test-client-probe></habil-provider>
    `);
    const replacement = handWrittenClient();

    provider.client = replacement;

    expect(provider.querySelector('test-client-probe')!.client).to.equal(replacement);
  });

  it('builds a client from its attributes: base URL, and the CSRF token on writes', async () => {
    const received: { url: string; csrf: string | null }[] = [];
    worker.use(
      http.post('/portail/habil/accounts/:id/attach', ({ request }) => {
        received.push({ url: new URL(request.url).pathname, csrf: request.headers.get('X-Portal-CSRF') });
        return HttpResponse.json({ id: 'a1' });
      }),
    );
    const provider = await fixture<HabilProvider>(html`
      <habil-provider base-url="/portail/habil" csrf-token="jeton-42" csrf-header="X-Portal-CSRF">
        <test-client-probe></test-client-probe>
      </habil-provider>
    `);

    const client = provider.querySelector('test-client-probe')!.client!;
    expect(await client.call('attachAccount', { params: { id: 'a1' }, ifMatch: 3 })).to.deep.equal({ id: 'a1' });
    expect(received).to.deep.equal([{ url: '/portail/habil/accounts/a1/attach', csrf: 'jeton-42' }]);
  });

  it('sends the access token its token function gives, asked again at every call', async () => {
    const received = recordRequests('get', '/api/me', (request) => request.headers.get('Authorization'));
    let turn = 0;
    const provider = await fixture<HabilProvider>(html`<habil-provider><test-client-probe></test-client-probe></habil-provider>`);
    const client = provider.querySelector<ClientProbe>('test-client-probe')!.client!;
    await client.call('getMe', {});
    provider.token = async () => `jeton-${(turn += 1)}`;
    await client.call('getMe', {});
    await client.call('getMe', {});
    expect(received).to.deep.equal([null, 'Bearer jeton-1', 'Bearer jeton-2']);
  });

  it('gives a new client when an attribute changes, and only then', async () => {
    const provider = await fixture<HabilProvider>(html`
      <habil-provider csrf-token="avant"><test-client-probe></test-client-probe></habil-provider>
    `);
    const probe = provider.querySelector('test-client-probe')!;
    const first = probe.client;

    provider.setAttribute('csrf-token', 'avant');
    provider.token = async () => 'jeton';
    const afterUnrelatedUpdate = probe.client;
    provider.setAttribute('csrf-token', 'apres');

    expect(afterUnrelatedUpdate).to.equal(first);
    expect(probe.client).to.not.equal(first);
  });

  it('renders its content as if it were not there', async () => {
    const provider = await fixture<HabilProvider>(html`<habil-provider><p>Contenu</p></habil-provider>`);

    expect(getComputedStyle(provider).display).to.equal('contents');
    expect(provider.shadowRoot!.querySelector('slot')).to.not.equal(null);
  });
});

declare global {
  interface HTMLElementTagNameMap {
    'test-client-probe': ClientProbe;
    'test-connect-time-probe': ConnectTimeProbe;
  }
}
