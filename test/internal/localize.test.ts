import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineMessages, LocalizeController, normaliseLang } from '../../src/internal/localize.js';
import { defineShadowShell } from '../support/dom.js';
import { afterAttributeChange } from '../ui/support.js';

const messages = defineMessages({
  fr: {
    greeting: 'Bonjour',
    results: (count: number) => `${count} résultats`,
  },
  en: {
    greeting: 'Hello',
    results: (count: number) => `${count} results`,
  },
});

class LocalizedProbe extends LitElement {
  readonly t = new LocalizeController(this, messages);
  renders = 0;

  protected override render() {
    this.renders += 1;
    return html`<p>${this.t.msg('greeting')} — ${this.t.msg('results', 3)}</p>`;
  }
}
customElements.define('localized-probe', LocalizedProbe);

/** A host with its own shadow root, as a portal's application shell might be. */
defineShadowShell('shadow-shell', '<localized-probe></localized-probe>');

function textOf(probe: LocalizedProbe): string {
  return probe.shadowRoot!.querySelector('p')!.textContent!;
}

/** Sets `lang` on `where` (the page, an ancestor or the probe itself), and gives what the probe says once it followed. */
async function textOnceLang(where: HTMLElement, lang: string, probe: LocalizedProbe): Promise<string> {
  where.lang = lang;
  await afterAttributeChange(probe);
  return textOf(probe);
}

describe('LocalizeController', () => {
  const html_ = document.documentElement;
  let originalLang: string;

  beforeEach(() => {
    originalLang = html_.lang;
    html_.removeAttribute('lang');
  });

  afterEach(() => {
    html_.lang = originalLang;
  });

  it('speaks French when no language is set anywhere', async () => {
    const probe = await fixture<LocalizedProbe>(html`<localized-probe></localized-probe>`);
    expect(probe.t.lang).to.equal('fr');
    expect(textOf(probe)).to.equal('Bonjour — 3 résultats');
  });

  it('follows <html lang>, and renders again when the page switches from French to English', async () => {
    html_.lang = 'fr';
    const probe = await fixture<LocalizedProbe>(html`<localized-probe></localized-probe>`);
    expect(textOf(probe)).to.equal('Bonjour — 3 résultats');

    expect(await textOnceLang(html_, 'en-GB', probe)).to.equal('Hello — 3 results');
    expect(probe.t.lang).to.equal('en');

    expect(await textOnceLang(html_, 'fr-FR', probe)).to.equal('Bonjour — 3 résultats');
  });

  it('prefers the element’s own lang, and renders again when it changes', async () => {
    html_.lang = 'fr';
    const probe = await fixture<LocalizedProbe>(html`<localized-probe lang="en"></localized-probe>`);
    expect(textOf(probe)).to.equal('Hello — 3 results');

    expect(await textOnceLang(probe, 'fr', probe)).to.equal('Bonjour — 3 résultats');
  });

  it('takes the closest ancestor’s lang across shadow roots, and follows its changes', async () => {
    html_.lang = 'fr';
    const container = await fixture<HTMLElement>(html`<section lang="en"><shadow-shell></shadow-shell></section>`);
    const probe = container.querySelector('shadow-shell')!.shadowRoot!.querySelector<LocalizedProbe>('localized-probe')!;
    await probe.updateComplete;
    expect(textOf(probe)).to.equal('Hello — 3 results');

    expect(await textOnceLang(container, 'fr', probe)).to.equal('Bonjour — 3 résultats');
  });

  it('does not render again for a change that leaves its language as it was', async () => {
    html_.lang = 'fr';
    const probe = await fixture<LocalizedProbe>(html`<localized-probe></localized-probe>`);
    const renders = probe.renders;
    html_.lang = 'fr-CA';
    await afterAttributeChange(probe);
    expect(probe.renders).to.equal(renders);
  });

  it('reads any "en…" value as English and everything else as French', () => {
    for (const lang of ['en', 'EN-us']) expect(normaliseLang(lang), lang).to.equal('en');
    for (const lang of ['fr-FR', 'de', '', undefined]) expect(normaliseLang(lang), String(lang)).to.equal('fr');
  });

  it('formats days as the guides write them, and numbers with the language’s grouping', async () => {
    const probe = await fixture<LocalizedProbe>(html`<localized-probe></localized-probe>`);
    expect(probe.t.formatDate('2025-05-28')).to.equal('28/05/2025');
    expect(probe.t.formatDate(new Date(2024, 11, 3, 23, 30))).to.equal('03/12/2024');
    expect(probe.t.formatDateTime(new Date(2024, 11, 3, 9, 5))).to.equal('03/12/2024 09:05');
    expect(probe.t.formatNumber(100000)).to.equal('100\u202f000');

    probe.lang = 'en';
    expect(probe.t.formatDate('2025-05-28')).to.equal('2025-05-28');
    expect(probe.t.formatNumber(100000)).to.equal('100,000');
  });

  it('refuses, at type-check time, a translation that lacks a key or changes arguments', () => {
    const incomplete = () =>
      defineMessages({
        fr: { a: 'A', b: 'B' },
        // @ts-expect-error -- "b" is missing from the English catalogue
        en: { a: 'A' },
      });
    const wrongArguments = () =>
      defineMessages({
        fr: { count: (n: number) => `${n}` },
        // @ts-expect-error -- the English message takes a string, the French one a number
        en: { count: (n: string) => n },
      });
    const extraKey = () =>
      defineMessages({
        fr: { a: 'A' },
        // @ts-expect-error -- "b" does not exist in French, the source locale
        en: { a: 'A', b: 'B' },
      });
    expect(incomplete().catalog('en')).to.deep.equal({ a: 'A' });
    expect(wrongArguments().fr.count(2)).to.equal('2');
    expect(extraKey().fr).to.deep.equal({ a: 'A' });
  });
});
