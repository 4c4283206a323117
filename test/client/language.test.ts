/**
 * The language of a widget reaches the server: a call's `lang` is sent as Accept-Language by
 * the default client and by `describeRequest` (for a client written by hand), and a widget
 * calls through a client in its own language — the same object for as long as its client and
 * its language stay, a new one when either changes, so that its reads run again then.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import { clientInLanguage, createFetchClient, describeRequest, type CallOptions, type HabilClient } from '../../src/client/index.js';
import { HabilElement } from '../../src/internal/habil-element.js';
import { useMockWorker, worker } from './support.js';

/** Stands for a widget: it reads the catalogue through the client of its base class. */
class LanguageProbe extends HabilElement {
  get reader(): HabilClient {
    return this.api;
  }
}
customElements.define('test-language-probe', LanguageProbe);

/** The Accept-Language of every GET /api/applications, in order. */
function recordLanguages(): (string | null)[] {
  const seen: (string | null)[] = [];
  worker.use(
    http.get('/api/applications', ({ request }) => {
      seen.push(request.headers.get('Accept-Language'));
      return HttpResponse.json([]);
    }),
  );
  return seen;
}

describe('the language of a call', () => {
  useMockWorker();

  it('is sent as Accept-Language by the default client', async () => {
    const seen = recordLanguages();
    const client = createFetchClient();
    await client.call('listApplications', {}, { lang: 'en' });
    await client.call('listApplications', {}, { lang: 'fr' });
    expect(seen).to.deep.equal(['en', 'fr']);
  });

  it('is one of the headers describeRequest gives a client written by hand, and only when the call has one', () => {
    expect(describeRequest('listApplications', {}, { lang: 'en' }).headers).to.include({ 'Accept-Language': 'en' });
    expect(describeRequest('listApplications', {}).headers).not.to.have.property('Accept-Language');
  });

  it('is added to every call by clientInLanguage, unless the call names its own; one object per client and language', async () => {
    const options: (CallOptions | undefined)[] = [];
    const handWritten: HabilClient = {
      call: async (_name, _args, given) => {
        options.push(given);
        return undefined as never;
      },
    };
    const english = clientInLanguage(handWritten, 'en');
    await english.call('listApplications', {});
    await english.call('listApplications', {}, { lang: 'fr' });
    expect(options.map((o) => o?.lang)).to.deep.equal(['en', 'fr']);
    expect(clientInLanguage(handWritten, 'en')).to.equal(english);
    expect(clientInLanguage(handWritten, 'fr')).not.to.equal(english);
    expect(clientInLanguage({ call: handWritten.call }, 'en')).not.to.equal(english);
  });

  it("is the widget's: its lang, an ancestor's or the page's, and follows it when it changes", async () => {
    const seen = recordLanguages();
    const client = createFetchClient();
    const page = await fixture<HTMLElement>(html`<div lang="en"><test-language-probe .client=${client}></test-language-probe></div>`);
    const probe = page.querySelector<LanguageProbe>('test-language-probe')!;
    const first = probe.reader;
    expect(probe.reader, 'the same client while nothing changes').to.equal(first);
    await first.call('listApplications', {});

    probe.lang = 'fr';
    const french = probe.reader;
    expect(french).not.to.equal(first);
    await french.call('listApplications', {});

    probe.removeAttribute('lang');
    page.lang = 'en-GB';
    await probe.reader.call('listApplications', {});
    expect(seen).to.deep.equal(['en', 'fr', 'en']);
    expect(probe.reader).to.equal(first);
  });
});
